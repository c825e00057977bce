// The project's test config, with the web socket of a test page closed as soon as its tests start, as when
// MiniBrowser's web process goes away in the middle of a file (scripts/check-webkit-rerun.mjs).
//   DROP=once     only in the first run of the process tree (DROP_MARKER: a file that says it happened)
//   DROP=always   in every run
import { existsSync, writeFileSync } from 'node:fs';
import config from '../web-test-runner.config.mjs';

function dropSocket() {
  return {
    name: 'drop-socket',
    serverStart({ webSockets }) {
      webSockets.on('message', ({ webSocket, data }) => {
        if (data?.type !== 'wtr-session-started') return;
        if (process.env.DROP === 'once') {
          if (existsSync(process.env.DROP_MARKER)) return;
          writeFileSync(process.env.DROP_MARKER, 'dropped');
        }
        setImmediate(() => webSocket.terminate());
      });
    },
  };
}

export default { ...config, plugins: [...config.plugins, dropSocket()] };
