/**
 * The e2e page server on 127.0.0.1: serves the shared fixtures under /shared/ and the project's
 * own under /fixtures/, replaces __PORT__ with its port, and records every request to /canary/*
 * (a hostile page's payload calling home) so tests can assert that none happened.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathologicalPage, PATHOLOGICAL_NAMES } from '../../pathological-pages';

const root = resolve(import.meta.dirname, '../../..');
const MOUNTS: Record<string, string> = {
  '/shared/': resolve(root, '../shared/'),
  '/fixtures/': resolve(root, 'tests/fixtures/'),
};
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.css': 'text/css',
  '.pdf': 'application/pdf',
};

export interface PageServer {
  origin: string;
  port: number;
  canaryHits: string[];
  requests: string[];
  /** Every request with the Referer it carried (undefined when none). */
  log: { path: string; referer: string | undefined }[];
  close: () => Promise<void>;
}

/** A 1x1 PNG, for images the fixtures point at. */
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

export async function startServer(): Promise<PageServer> {
  const canaryHits: string[] = [];
  const requests: string[] = [];
  const log: PageServer['log'] = [];
  let port = 0;
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(path);
    log.push({ path, referer: request.headers.referer });
    // Import-queue cases: /redirect-to/<path> answers 302 to <path>; /slow/<ms>/<path> serves
    // <path> after <ms> milliseconds (or never answers in time, for timeouts).
    if (path.startsWith('/redirect-to/')) {
      response.writeHead(302, { location: `/${path.slice('/redirect-to/'.length)}` }).end();
      return;
    }
    const slow = /^\/slow\/(\d+)(\/.*)?$/.exec(path);
    if (slow) {
      const timer = setTimeout(() => {
        if (!slow[2]) return void response.writeHead(200, { 'content-type': 'text/html' }).end('<p>late</p>');
        response.writeHead(302, { location: slow[2] }).end();
      }, Number(slow[1]));
      response.on('close', () => clearTimeout(timer));
      return;
    }
    // /document/<name>: tests/fixtures/pages/<name>.pdf at an address without ".pdf", as a
    // download link often is: only the content type says it is a PDF.
    if (path.startsWith('/document/')) {
      const name = path.slice('/document/'.length).replace(/[^\w-]/g, '');
      const pdf = await readFile(resolve(root, `tests/fixtures/pages/${name}.pdf`)).catch(() => null);
      if (!pdf) return void response.writeHead(404).end('not found');
      response.writeHead(200, { 'content-type': 'application/pdf', 'cache-control': 'no-store' }).end(pdf);
      return;
    }
    // /pathological/<name>: a generated page of tests/pathological-pages.ts.
    const pathological = path.startsWith('/pathological/') ? path.slice('/pathological/'.length) : null;
    if (pathological !== null) {
      if (!PATHOLOGICAL_NAMES.includes(pathological)) return void response.writeHead(404).end('not found');
      const html = pathologicalPage(pathological);
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
        .end(html);
      return;
    }
    if (path.startsWith('/canary/')) {
      canaryHits.push(path.slice('/canary/'.length));
      response.writeHead(204).end();
      return;
    }
    const mount = Object.keys(MOUNTS).find((prefix) => path.startsWith(prefix));
    const file = mount ? normalize(join(MOUNTS[mount]!, path.slice(mount.length))) : null;
    if (!file || !mount || !file.startsWith(MOUNTS[mount]!)) {
      response.writeHead(404).end('not found');
      return;
    }
    try {
      let body: Buffer | string = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (type.startsWith('text/html')) body = body.toString('utf8').replaceAll('__PORT__', String(port));
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    } catch {
      if (/\.(png|jpe?g|gif|webp)$/i.test(path))
        response.writeHead(200, { 'content-type': 'image/png' }).end(PIXEL);
      else response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    canaryHits,
    requests,
    log,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
