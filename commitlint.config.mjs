// Conventional commits: `type(scope): subject`, subject ≤ 100 characters, body lines ≤ 100.
// Checked by the commit-msg hook (.githooks/) and in CI over every commit since the last release
// tag, or since COMMITLINT_BASELINE when no tag is there (scripts/commitlint-range.mjs).
export default {
  extends: ['@commitlint/config-conventional'],
  rules: {
    'header-max-length': [2, 'always', 100],
    // Subjects may start with a name: "React wrappers…", "PDF…", "CCCD…".
    'subject-case': [0],
    'body-max-line-length': [2, 'always', 100],
    'footer-max-line-length': [2, 'always', 100],
  },
};

/**
 * The last commit before the house took up conventional commits (main at 2026-11-25). Older commits
 * are not conventional and are never linted. A clone without tags still has this commit.
 */
export const COMMITLINT_BASELINE = 'f47b20c0a5e137aaf02c45510348e4a4f6a336c1';
