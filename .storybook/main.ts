import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    // Stories import packages from source, as the tests do, so Storybook never shows a stale build.
    viteConfig.resolve ??= {};
    viteConfig.resolve.conditions = ['egov-source', 'module', 'browser', 'development|production'];
    return viteConfig;
  },
};
export default config;
