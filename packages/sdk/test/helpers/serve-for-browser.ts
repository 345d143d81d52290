/**
 * Serves a reference server (fresh seeded copy) for the browser tests: prints `{"url": …}` on one
 * line once it listens, and stops when its stdin closes or it is told to (SIGTERM).
 *   node --conditions=egov-source --import tsx packages/sdk/test/helpers/serve-for-browser.ts
 */
import { startInProcessServer } from './reference-server.js';

const server = await startInProcessServer();
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void server.stop().finally(() => process.exit(0));
};
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
