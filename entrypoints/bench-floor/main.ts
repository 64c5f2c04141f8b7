/**
 * Test and benchmark build only (wxt.config.ts drops it from the real one): the floor the
 * popup's first rows are measured against (scripts/bench-library.ts). No framework and no
 * library code: open the database, read the popup's list (unread, newest first) by its index,
 * paint 50 rows of title and site, mark the next frame.
 */
const ROWS = 50;

interface Row {
  title: string;
  site: string;
}

function openDb(): Promise<IDBDatabase> {
  return new Promise((done, fail) => {
    const request = indexedDB.open('lectern');
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
}

function unreadNewest(db: IDBDatabase): Promise<Row[]> {
  return new Promise((done, fail) => {
    const rows: Row[] = [];
    const range = IDBKeyRange.bound(['unread', -Infinity], ['unread', Infinity]);
    const request = db
      .transaction('articles')
      .objectStore('articles')
      .index('by-shelf')
      .openCursor(range, 'prev');
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor || rows.length >= ROWS) return done(rows);
      rows.push(cursor.value as Row);
      cursor.continue();
    };
    request.onerror = () => fail(request.error);
  });
}

void openDb()
  .then(unreadNewest)
  .then((rows) => {
    const list = document.getElementById('rows')!;
    for (const row of rows) {
      const item = document.createElement('li');
      const title = document.createElement('strong');
      title.textContent = row.title;
      item.append(title, ` ${row.site}`);
      list.append(item);
    }
    requestAnimationFrame(() => performance.mark('floor:first-rows'));
  });
