// node:test reporter that counts leaf tests (not suites, not tests that only hold subtests)
// and prints one JSON line: {"passed":N,"failed":N,"skipped":N}. A file that fails to load
// counts as one failed test. Used by scripts/test.mjs.
export default async function* countReporter(source) {
  const stacks = new Map();
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    const { type, data } = event;
    const key = data?.file ?? '';
    if (type === 'test:start') {
      const stack = stacks.get(key) ?? [];
      const parent = stack.at(-1);
      if (parent) parent.hasChildren = true;
      stack.push({ hasChildren: false });
      stacks.set(key, stack);
    } else if (type === 'test:pass' || type === 'test:fail') {
      const entry = stacks.get(key)?.pop();
      if (data.details?.type === 'suite' || entry?.hasChildren) {
        if (type === 'test:fail' && data.details?.error?.failureType === 'hookFailed') counts.failed++;
        continue;
      }
      if (data.skip !== undefined || data.todo !== undefined) counts.skipped++;
      else if (type === 'test:pass') counts.passed++;
      else counts.failed++;
    }
  }
  yield `${JSON.stringify(counts)}\n`;
}
