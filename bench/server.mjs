// The static server of `npm run bench`: the repository's files on 127.0.0.1 (a free port), plus the datasets.
//
//   /bench/pages/*.html                      the contenders' pages
//   /dist/…, /node_modules/…                 the bundle under test, vis-timeline, the naive page's bundle
//   (overrides)                              files served in place of others (see startServer)
//   /__data/<contender>/<n>.json             bench/data.mjs's dataset of n events in that contender's format
//
// Only GET and HEAD, only files inside the repository, no directory listings.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { datasetFor } from './data.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Starts the server; resolves to `{ origin, close() }`. `overrides` maps URL paths to files served in their place
 * (run.mjs serves its snapshot of the bundle as /dist/syria-timeline.bundle.js).
 */
export function startServer(root, overrides = {}) {
  const jsonCache = new Map();
  const server = createServer((req, res) => {
    const send = (status, body, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      return send(400, 'bad url');
    }
    if (path === '/favicon.ico') return send(204, '');
    const data = /^\/__data\/(ours|vis|naive)\/(\d+)\.json$/.exec(path);
    if (data) {
      const key = `${data[1]}/${data[2]}`;
      if (!jsonCache.has(key)) jsonCache.set(key, JSON.stringify(datasetFor(data[1], Number(data[2]))));
      return send(200, jsonCache.get(key), TYPES['.json']);
    }
    const file = overrides[path] ?? normalize(join(root, path));
    if (!overrides[path] && file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return send(403, 'forbidden');
    let stat;
    try {
      stat = statSync(file);
    } catch {
      return send(404, `not found: ${path}`);
    }
    if (!stat.isFile()) return send(404, `not a file: ${path}`);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': stat.size,
      'cache-control': 'no-store',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });
  const sockets = new Set();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
