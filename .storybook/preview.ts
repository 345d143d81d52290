/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import '../packages/elements/src/themes/default.css';
import '../packages/elements/src/themes/high-contrast.css';

// Docs (attributes, properties, events, slots, parts, CSS properties) come from the packages'
// custom-elements.json, written by `npm run docs`. Missing files are skipped, so a fresh checkout builds.
const manifests = import.meta.glob<{ schemaVersion: string; modules: unknown[] }>('../packages/*/custom-elements.json', { eager: true, import: 'default' });
setCustomElementsManifest({
  schemaVersion: Object.values(manifests)[0]?.schemaVersion ?? '1.0.0',
  modules: Object.values(manifests).flatMap((manifest) => manifest.modules),
});

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the components',
      toolbar: {
        title: 'Ngôn ngữ / Language',
        icon: 'globe',
        items: [
          { value: 'vi', title: 'Tiếng Việt' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme of the components',
      toolbar: {
        title: 'Giao diện / Theme',
        icon: 'contrast',
        items: [
          { value: 'default', title: 'Mặc định / Default' },
          { value: 'high-contrast', title: 'Tương phản cao / High contrast' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'vi', theme: 'default' },
  decorators: [
    (story, context) => {
      // Components take their language from the nearest [lang]; the root is the nearest for every story.
      document.documentElement.lang = String(context.globals['locale'] ?? 'vi');
      document.documentElement.dataset['egovTheme'] = String(context.globals['theme'] ?? 'default');
      return story();
    },
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};
export default preview;
