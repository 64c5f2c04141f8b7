// The shared pieces: link checks, dates, tags, entity decoding, the HTML scanner and CSV details.
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../utils/import';
import { checkUrl, cleanTags, isoToIso, unixToIso } from '../../../utils/import/entry-fields';
import { decodeEntities, scanHtml, type HtmlToken } from '../../../utils/import/html-scan';
import { bytesOf, entry } from '../../fixtures/imports/helpers';

const NON_WEB = (scheme: string) =>
  `Skipped a non-web link (${scheme}): only http and https pages can be saved.`;

describe('checkUrl', () => {
  it.each([
    ['https://example.com', 'https://example.com/'],
    ['  HTTPS://Example.COM/Path?Q=1#Frag  ', 'https://example.com/Path?Q=1#Frag'],
    ['http://example.com/a?utm_source=x&b=2', 'http://example.com/a?utm_source=x&b=2'],
    ['https://user:pw@example.com:8443/x', 'https://user:pw@example.com:8443/x'],
    ['https://bücher.example/ß', 'https://xn--bcher-kva.example/%C3%9F'],
  ])('accepts %s', (raw, url) => {
    expect(checkUrl(raw)).toEqual({ ok: true, url });
  });

  it.each([
    ['javascript:alert(1)', 'javascript:'],
    [' JavaScript:alert(1)', 'javascript:'],
    ['java\nscript:alert(1)', 'javascript:'],
    ['data:text/html,<b>x</b>', 'data:'],
    ['file:///etc/passwd', 'file:'],
    ['chrome://settings', 'chrome:'],
    ['chrome-extension://abc/page.html', 'chrome-extension:'],
    ['ftp://example.com/x', 'ftp:'],
    ['mailto:a@example.com', 'mailto:'],
    ['about:blank', 'about:'],
    ['place:sort=8&maxResults=10', 'place:'],
  ])('refuses the non-web link %j', (raw, scheme) => {
    expect(checkUrl(raw)).toEqual({ ok: false, error: NON_WEB(scheme) });
  });

  it.each(['example.com', '/relative/path', 'http://', 'https://exa mple.com/', 'http://[::1', 'just words'])(
    'refuses the unparsable %j',
    (raw) => {
      expect(checkUrl(raw)).toEqual({
        ok: false,
        error: `Skipped a link that isn't a valid web address: "${raw}".`,
      });
    },
  );

  it('says when there is no link at all', () => {
    expect(checkUrl('   ')).toEqual({ ok: false, error: 'Skipped an entry with no link.' });
  });
});

describe('dates', () => {
  it.each([
    ['1700000000', '2023-11-14T22:13:20.000Z'],
    [' 1700000000 ', '2023-11-14T22:13:20.000Z'],
    ['1700000000.75', '2023-11-14T22:13:20.750Z'],
    ['1700000000123', '2023-11-14T22:13:20.123Z'], // milliseconds
    ['1700000000123456', '2023-11-14T22:13:20.123Z'], // microseconds
    ['', null],
  ])('reads Unix time %j', (raw, iso) => {
    expect(unixToIso(raw)).toEqual({ ok: true, iso });
  });

  it.each(['0', '-1', '1e9', 'yesterday', '99999999999999999999', '4102444800', '631151999', 'NaN'])(
    'refuses the implausible Unix time %j',
    (raw) => {
      expect(unixToIso(raw)).toEqual({
        ok: false,
        error: `Couldn't read the date "${raw}"; imported it without a date.`,
      });
    },
  );

  it.each([
    ['2024-01-02T03:04:05.000Z', '2024-01-02T03:04:05.000Z'],
    ['2024-01-02T03:04:05Z', '2024-01-02T03:04:05.000Z'],
    ['2024-01-02T03:04:05+02:00', '2024-01-02T01:04:05.000Z'],
    ['2024-01-02T03:04:05', '2024-01-02T03:04:05.000Z'], // no zone: UTC, not the machine's zone
    ['2024-01-02 03:04:05', '2024-01-02T03:04:05.000Z'],
    ['2024-01-02', '2024-01-02T00:00:00.000Z'],
    ['', null],
  ])('reads ISO date %j', (raw, iso) => {
    expect(isoToIso(raw)).toEqual({ ok: true, iso });
  });

  it.each(['2024-13-01T00:00:00Z', 'Tuesday', '1', '3024-01-01T00:00:00Z', '1969-07-20', 'Jan 2, 2024'])(
    'refuses the ISO date %j',
    (raw) => {
      expect(isoToIso(raw).ok).toBe(false);
    },
  );
});

describe('cleanTags', () => {
  it('trims, drops empties and keeps the first spelling of case-insensitive duplicates', () => {
    expect(cleanTags([' Tech ', 'tech', '', '  ', 'AI', 'ai', 'Ünï', 'üNÏ', 'long read'])).toEqual([
      'Tech',
      'AI',
      'Ünï',
      'long read',
    ]);
  });
});

describe('decodeEntities', () => {
  it.each([
    ['Tom &amp; Jerry', 'Tom & Jerry'],
    ['&lt;b&gt; &quot;q&quot; &#39;s&#39; &apos;', `<b> "q" 's' '`],
    ['&#x263A; &#X263a; &#9731; &#128512;', '☺ ☺ ☃ 😀'],
    ['&#0; &#xD800; &#x110000; &#99999999999;', '\ufffd \ufffd \ufffd \ufffd'],
    ['&amp;amp; is decoded once', '&amp; is decoded once'],
    ['&nosuch; &amp without semicolon', '&nosuch; &amp without semicolon'],
    ['a&nbsp;b &mdash; c', 'a\u00a0b \u2014 c'],
    [
      '&constructor; &toString; &__proto__; &hasOwnProperty;',
      '&constructor; &toString; &__proto__; &hasOwnProperty;',
    ],
  ])('%j', (raw, text) => {
    expect(decodeEntities(raw)).toBe(text);
  });
});

describe('scanHtml', () => {
  const tags = (html: string) =>
    [...scanHtml(html)]
      .filter((t): t is Extract<HtmlToken, { kind: 'open' }> => t.kind === 'open')
      .map((t) => [t.name, Object.fromEntries(t.attrs)]);

  it('reads attributes in any order and any quoting, entity-decoded', () => {
    expect(
      tags(`<A TAGS="a,b" href='https://x.example/?a=1&amp;b=2' Add_Date=1700000000 data-x = "y>z" hidden>`),
    ).toEqual([
      [
        'a',
        {
          tags: 'a,b',
          href: 'https://x.example/?a=1&b=2',
          add_date: '1700000000',
          'data-x': 'y>z',
          hidden: '',
        },
      ],
    ]);
  });

  it('keeps the first of repeated attributes, as browsers do', () => {
    expect(tags('<a href="https://first.example/" href="https://second.example/">')).toEqual([
      ['a', { href: 'https://first.example/' }],
    ]);
  });

  it('ignores links inside comments, scripts and styles, and treats a lone < as text', () => {
    const html =
      '<!-- <a href="x"> --><script>if (a <b) "<a href=y>"</script><style>a<b{}</style>1 < 2<a href="z">';
    expect(tags(html)).toEqual([
      ['script', {}],
      ['style', {}],
      ['a', { href: 'z' }],
    ]);
  });

  it('stops at an unterminated quote instead of guessing', () => {
    expect(tags('<a href="https://ok.example/">ok</a><a href="https://never-closed.example/>x</a>')).toEqual([
      ['a', { href: 'https://ok.example/' }],
    ]);
  });

  it('copes with hostile input in linear time (a quadratic scan would hit the test timeout)', () => {
    const n = 200_000;
    const unclosed = '<a href="'.repeat(n);
    expect([...scanHtml(unclosed)]).toEqual([]);
    const open = '<a x'.repeat(n) + '>' + '<'.repeat(n) + '<!'.repeat(n);
    const tokens = [...scanHtml(open)];
    expect(tokens[0]).toMatchObject({ kind: 'open', name: 'a' });
    expect(tokens.filter((t) => t.kind === 'text')).toHaveLength(n);
    expect([...scanHtml('<script>' + '<a href=x>'.repeat(n))].map((t) => t.kind)).toEqual(['open', 'text']);
  });
});

describe('CSV details', () => {
  it('gives the line a row starts on, counting newlines inside quoted fields', () => {
    const csv = [
      'title,url,time_added,tags,status',
      '"A title\nover\nthree lines",https://a.example.com/,1700000000,,unread',
      '',
      'B,javascript:void(0),1700000000,,unread',
      'C,https://c.example.com/,1700000000,,unread,extra',
    ].join('\r\n');
    const result = parseImport(bytesOf(csv));
    expect(result.entries).toEqual([
      entry('https://a.example.com/', 'A title over three lines', '2023-11-14T22:13:20.000Z'),
    ]);
    expect(result.problems).toEqual([
      { error: NON_WEB('javascript:'), where: 'line 6' },
      { error: 'Skipped a row with 6 columns where the header has 5.', where: 'line 7' },
    ]);
  });

  it('reads old Mac line ends (CR only)', () => {
    const csv =
      'title,url,time_added\rA,https://a.example.com/,1700000000\rB,ftp://b.example.com/,1700000000\r';
    const result = parseImport(bytesOf(csv));
    expect(result.entries.map((e) => e.url)).toEqual(['https://a.example.com/']);
    expect(result.problems).toEqual([{ error: NON_WEB('ftp:'), where: 'line 3' }]);
  });

  it('reports a quote that is never closed', () => {
    const csv =
      'title,url,time_added\nA,https://a.example.com/,1700000000\n"B,https://b.example.com/,1700000000\n';
    const result = parseImport(bytesOf(csv));
    expect(result.entries.map((e) => e.url)).toEqual(['https://a.example.com/']);
    expect(result.problems).toEqual([
      {
        error: 'A quotation mark here is never closed, so the rest of the file could not be read.',
        where: 'line 3',
      },
    ]);
  });

  it('reads header names in any case, with surrounding spaces, and ignores unknown columns', () => {
    const csv = ' Status , TIME_ADDED ,Extra,URL,Title\narchive,1700000000,?,https://a.example.com/,A\n';
    expect(parseImport(bytesOf(csv)).entries).toEqual([
      entry('https://a.example.com/', 'A', '2023-11-14T22:13:20.000Z', { state: 'archived' }),
    ]);
  });

  it('treats unknown Pocket statuses as unread and reads a favorite column when there is one', () => {
    const csv =
      'title,url,time_added,status,favorite\nA,https://a.example.com/,,weird,1\nB,https://b.example.com/,,ARCHIVE,0\n';
    expect(parseImport(bytesOf(csv)).entries).toEqual([
      entry('https://a.example.com/', 'A', null, { favorite: true }),
      entry('https://b.example.com/', 'B', null, { state: 'archived' }),
    ]);
  });

  it('reads Instapaper tags that are not strings, and reports tags that are not a list', () => {
    const csv =
      'URL,Title,Selection,Folder,Timestamp,Tags\nhttps://a.example.com/,A,,Unread,,"[1,null,""x""]"\nhttps://b.example.com/,B,,Unread,,"{""a"":1}"\n';
    const result = parseImport(bytesOf(csv));
    expect(result.entries.map((e) => e.tags)).toEqual([['1', 'x'], []]);
    expect(result.problems).toEqual([
      { error: `Couldn't read the tags "{"a":1}"; imported it without tags.`, where: 'line 3' },
    ]);
  });

  it('reports a skipped row once, not once per bad field', () => {
    const csv = 'URL,Title,Selection,Folder,Timestamp,Tags\njavascript:x,A,,Unread,never,[oops\n';
    expect(parseImport(bytesOf(csv)).problems).toEqual([{ error: NON_WEB('javascript:'), where: 'line 2' }]);
  });
});
