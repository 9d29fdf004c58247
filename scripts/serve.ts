/**
 * A small static server for dist/, used by the browser tests and the bench: it behaves like a plain static
 * host (directory index, 404.html for unknown paths, an ETag and 304 Not Modified for a copy the browser
 * already has, as Netlify, Cloudflare Pages and nginx do), with no dev tooling in the way. No Last-Modified
 * and no Cache-Control: the browser asks again each time, so a test offline never gets a page from its HTTP cache.
 *
 * Usage: node scripts/serve.ts [--port N] [--dir dist]
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

async function fileFor(root: string, pathname: string): Promise<string | undefined> {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  const target = resolve(root, clean);
  if (target !== root && !target.startsWith(root + sep)) return undefined;
  for (const candidate of [target, join(target, 'index.html'), `${target}.html`]) {
    try {
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

// The types a host compresses: text, not images or fonts (already compressed).
const TEXT = /^(text\/|application\/(json|manifest\+json|xml)|image\/svg)/;

/**
 * Starts serving `dir` on `port` (0 picks a free one); resolves to the server and its base URL. With
 * `compress`, text goes out gzipped to a browser that accepts it, as the hosts above send it: Lighthouse
 * (scripts/lighthouse.ts) then times a page's download as a reader's phone would see it, as the other benches
 * count bytes (gzipped, scripts/lib/gz.ts). The tests get the files as they are.
 */
export function serve({ dir = 'dist', port = 0, host = '127.0.0.1', compress = false } = {}): Promise<{ server: Server; url: string }> {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    let file: string | undefined;
    try {
      file = await fileFor(root, pathname);
    } catch {
      file = undefined;
    }
    const status = file ? 200 : 404;
    file ??= join(root, '404.html');
    try {
      const { mtimeMs, size } = await stat(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const gzip = compress && TEXT.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      // A compressed copy is another representation of the file: a weak tag of its own.
      const etag = `${gzip ? 'W/' : ''}"${Math.floor(mtimeMs).toString(16)}-${size.toString(16)}"`;
      if (status === 200 && req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag });
        res.end();
        return;
      }
      const body = await readFile(file);
      if (gzip) {
        res.writeHead(status, { 'content-type': type, etag, 'content-encoding': 'gzip', vary: 'accept-encoding' });
        res.end(gzipSync(body));
        return;
      }
      res.writeHead(status, { 'content-type': type, etag });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    }
  });
  return new Promise((done) => {
    server.listen(port, host, () => {
      const { port: actual } = server.address() as AddressInfo;
      done({ server, url: `http://${host}:${actual}` });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(name);
    return i === -1 ? fallback : process.argv[i + 1];
  };
  const { url } = await serve({ dir: arg('--dir', 'dist'), port: Number(arg('--port', '4322')) });
  console.log(`Serving dist/ at ${url}/`);
}
