/**
 * The bench's static server (scripts/serve.ts): with `compress`, text goes out gzipped to a client that
 * accepts it, as a host sends it, and nothing else changes; without it (the tests' server), files go out as
 * they are.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { serve } from '../../../scripts/serve';

const dir = mkdtempSync(join(tmpdir(), 'serve-'));
const page = '<!doctype html><title>A page</title>'.padEnd(4000, ' ');
const font = Buffer.from([0x77, 0x4f, 0x46, 0x32, 1, 2, 3]);
writeFileSync(join(dir, 'index.html'), page);
writeFileSync(join(dir, 'font.woff2'), font);

/** GET `path`, with or without `Accept-Encoding: gzip`: the status, the headers and the body's bytes. */
function get(url: string, path: string, gzip: boolean) {
  return new Promise<{ status: number; encoding?: string; etag?: string; body: Buffer }>((done, fail) => {
    const req = request(`${url}${path}`, { headers: gzip ? { 'accept-encoding': 'gzip, br' } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        done({ status: res.statusCode!, encoding: res.headers['content-encoding'], etag: res.headers.etag, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', fail);
    req.end();
  });
}

const servers: { close(): void }[] = [];
afterAll(() => servers.forEach((s) => s.close()));

describe('the static server', () => {
  it('compresses text for a client that accepts it, when asked to, and gives the same page', async () => {
    const { server, url } = await serve({ dir, compress: true });
    servers.push(server);
    const zipped = await get(url, '/', true);
    expect(zipped.encoding).toBe('gzip');
    expect(zipped.body.length).toBeLessThan(page.length / 4);
    expect(gunzipSync(zipped.body).toString()).toBe(page);
    // A client that does not accept it, and a font (already compressed), get the bytes as they are.
    const plain = await get(url, '/', false);
    expect([plain.encoding, plain.body.toString()]).toEqual([undefined, page]);
    expect(plain.etag).not.toBe(zipped.etag);
    const woff = await get(url, '/font.woff2', true);
    expect([woff.encoding, [...woff.body]]).toEqual([undefined, [...font]]);
  });

  it('serves files as they are by default, as the tests see them', async () => {
    const { server, url } = await serve({ dir });
    servers.push(server);
    const response = await get(url, '/', true);
    expect([response.status, response.encoding, response.body.toString()]).toEqual([200, undefined, page]);
  });
});
