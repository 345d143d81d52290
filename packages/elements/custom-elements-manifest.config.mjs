// custom-elements.json from the components' JSDoc (@tagname @summary @slot @event @csspart @cssprop @cssstate).
// Made by the build; alone: npm run manifest -w @egov-kit/elements (also writes vscode.html-custom-data.json).
export default {
  globs: ['src/components/**/*.ts', 'src/features/**/*.ts', 'src/internal/form-control.ts', 'src/internal/single-choice.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.messages.ts', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  dev: false,
};
