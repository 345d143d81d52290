// A web-test-runner plugin that gives browser tests a real reference server on loopback: the
// server runs in a child process (started on the first request, stopped with the test run) on
// another origin than the test page, so the tests go through CORS as an embedding site does.
//
// Browser tests call, through `executeServerCommand` of @web/test-runner-commands:
//   'egov-reference-server'             → { url }
//   'egov-staff-operation' { code, operation, body } → the dossier after a staff operation (the
//     staff API needs client credentials, which browsers must not hold, so Node runs it).
//
// Register it in web-test-runner.config.mjs: plugins: [..., referenceServerPlugin()].
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const helper = fileURLToPath(new URL('./helpers/serve-for-browser.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export function referenceServerPlugin() {
  let child;
  let started;
  let token;

  function start() {
    started ??= new Promise((resolve, reject) => {
      child = spawn(process.execPath, ['--conditions=egov-source', '--import', 'tsx', helper], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'inherit'] });
      let output = '';
      child.stdout.on('data', (chunk) => {
        output += chunk.toString();
        const line = output.split('\n').find((l) => l.startsWith('{'));
        if (line) resolve(JSON.parse(line).url);
      });
      child.once('exit', (code) => reject(new Error(`the reference server exited (${code}) before serving`)));
    });
    return started;
  }

  async function staffToken(url) {
    const response = await fetch(`${url}/oauth/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'demo-staff', client_secret: 'demo-staff-secret' }),
    });
    return (await response.json()).access_token;
  }

  return {
    name: 'egov-reference-server',
    async executeCommand({ command, payload }) {
      if (command === 'egov-reference-server') return { url: await start() };
      if (command === 'egov-staff-operation') {
        const url = await start();
        token ??= await staffToken(url);
        const response = await fetch(`${url}/api/v1/staff/dossiers/${encodeURIComponent(payload.code)}/${payload.operation}`, {
          method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(payload.body ?? {}),
        });
        if (!response.ok) throw new Error(`staff ${payload.operation}: ${response.status} ${await response.text()}`);
        return response.json();
      }
      return undefined;
    },
    async serverStop() {
      if (!child || child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.stdin.end();
      await exited;
    },
  };
}
