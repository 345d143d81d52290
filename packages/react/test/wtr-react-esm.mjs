// A web-test-runner plugin that serves React as ES modules. React ships CommonJS only, and the
// dev server serves files as they are; so `react`, `react-dom` and `react-dom/client` are bundled
// once with esbuild (one shared React, chunks split) with their named exports spelled out.
// Register it in web-test-runner.config.mjs: plugins: [..., reactEsmPlugin()].
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { createRequire } from 'node:module';

const MODULES = ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime'];
const PREFIX = '/__react-esm/';
const require = createRequire(import.meta.url);

async function bundle() {
  // Read in a child process: React's development build patches the console, which wtr owns here.
  const exported = JSON.parse(execFileSync(process.execPath, ['-e',
    `console.log(JSON.stringify(${JSON.stringify(MODULES.map((m) => require.resolve(m)))}.map((m) => Object.keys(require(m)))))`]).toString());
  const entries = Object.fromEntries(MODULES.map((name, i) => {
    const names = exported[i].filter((key) => key !== 'default' && /^[A-Za-z_$][\w$]*$/.test(key));
    return [name, `import m from ${JSON.stringify(require.resolve(name))};\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`];
  }));
  const result = await build({
    entryPoints: MODULES.map((name) => ({ in: `entry:${name}`, out: name.replace('/', '__') })),
    bundle: true, splitting: true, format: 'esm', write: false, outdir: '/out', logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"development"' },
    plugins: [{
      name: 'entries',
      setup(b) {
        b.onResolve({ filter: /^entry:/ }, (args) => ({ path: args.path.slice('entry:'.length), namespace: 'entry' }));
        b.onLoad({ filter: /.*/, namespace: 'entry' }, (args) => ({ contents: entries[args.path], resolveDir: process.cwd(), loader: 'js' }));
      },
    }],
  });
  return new Map(result.outputFiles.map((file) => [file.path.replace(/^\/out\//, PREFIX), file.text]));
}

export function reactEsmPlugin() {
  let files;
  return {
    name: 'egov-react-esm',
    resolveImport({ source }) {
      return MODULES.includes(source) ? `${PREFIX}${source.replace('/', '__')}.js` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      files ??= bundle();
      const body = (await files).get(context.path);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
