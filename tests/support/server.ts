// A small static server for end-to-end tests: serves folders under URL prefixes, sets the headers a
// test asks for (e.g. a strict Content-Security-Policy), and offers routes that misbehave the way real
// servers do (404, a 500 before success, a response that never ends, HTML instead of JSON, truncated JSON).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface TestServer {
  url: string;
  /** Requests seen, by path, in order. */
  requests: string[];
  /** How many times a fault route was hit. */
  hits: Map<string, number>;
  /** Makes the fault route `name` behave normally from now on (the server "recovers"). */
  recover(name: string): void;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** URL prefix → folder, e.g. { '/dist/': 'packages/elements/dist/cdn' }. */
  mounts: Record<string, string>;
  /** Headers for HTML pages (e.g. the CSP). */
  pageHeaders?: Record<string, string>;
  /** The dataset served from fault routes once they recover. */
  data?: string;
  /** Gzip files for clients that accept it, as a production server does (for measurements). */
  gzip?: boolean;
}

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self' blob:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html samordningskartan 'allow-duplicates'";

export async function startServer(options: ServerOptions): Promise<TestServer> {
  const requests: string[] = [];
  const hits = new Map<string, number>();
  const recovered = new Set<string>();
  const data = options.data ?? '{}';
  const hanging = new Set<ServerResponse>();

  const fault = (name: string, res: ServerResponse): boolean => {
    const n = (hits.get(name) ?? 0) + 1;
    hits.set(name, n);
    const ok = () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(data);
    };
    if (recovered.has(name)) {
      ok();
      return true;
    }
    switch (name) {
      case '404.json':
        res.writeHead(404, { 'content-type': 'text/html' });
        res.end('<h1>Sidan finns inte</h1>');
        return true;
      case '500-once.json':
        if (n > 1) {
          ok();
          return true;
        }
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('Internal Server Error');
        return true;
      case 'hang.json':
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"formatVersion":1,');
        hanging.add(res);
        return true;
      case 'html.json':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<!doctype html><html lang="sv"><title>Startsida</title><p>Välkommen</p></html>');
        return true;
      case 'truncated.json':
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(data.slice(0, Math.floor(data.length / 2)));
        return true;
      default:
        return false;
    }
  };

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    if (path.startsWith('/fault/') && fault(path.slice('/fault/'.length), res)) return;
    if (path === '/favicon.ico') {
      // Browsers ask for it on every first page load; a 404 would show up as a console error.
      res.writeHead(204);
      res.end();
      return;
    }
    for (const [prefix, dir] of Object.entries(options.mounts)) {
      if (!path.startsWith(prefix)) continue;
      const rel = normalize(path.slice(prefix.length) || 'index.html');
      if (rel.startsWith('..')) break;
      let file = join(dir, rel);
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) break;
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-store' };
      if (type.startsWith('text/html')) Object.assign(headers, options.pageHeaders);
      if (options.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
        res.writeHead(200, { ...headers, 'content-encoding': 'gzip' });
        createReadStream(file)
          .pipe(createGzip({ level: 9 }))
          .pipe(res);
        return;
      }
      res.writeHead(200, headers);
      createReadStream(file).pipe(res);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    hits,
    recover: (name) => recovered.add(name),
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export const readText = (path: string) => readFileSync(path, 'utf8');
