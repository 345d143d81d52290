// Starts the stories' reference server (scripts/story-api-server.ts) in a child process and
// resolves once it serves: `{ url, fixtures, stop() }`. Used by `npm run storybook` and by the
// CI's axe run over the built Storybook. The port is STORYBOOK_EGOV_API_PORT (default 6008): a built
// Storybook looks for the server there (see stories/support/reference-server.ts).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export function startStoryApi() {
  const child = spawn(process.execPath, ['--conditions=egov-source', '--import', 'tsx', 'scripts/story-api-server.ts'], {
    cwd: root, stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.startsWith('{'));
      if (!line) return;
      const { url, fixtures } = JSON.parse(line);
      resolve({
        url, fixtures,
        stop: () => new Promise((done) => {
          if (child.exitCode !== null) return done();
          child.once('exit', done);
          child.stdin.end();
        }),
      });
    });
    child.once('exit', (code) => reject(new Error(`the stories' reference server exited (${code}) before serving`)));
  });
}
