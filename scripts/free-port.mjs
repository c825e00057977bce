// A TCP port on 127.0.0.1 that nothing listens on now, for the servers and drivers that scripts/wtr-webkit.mjs and
// scripts/screenshot.mjs start: the system hands out an unused one to a server that listens on port 0.
import net from 'node:net';

/** Resolves to a port free at the time of the call. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}
