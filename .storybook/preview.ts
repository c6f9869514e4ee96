import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
// Controls and docs tables come from the manifest generated from the elements' JSDoc.
import manifest from '../packages/elements/custom-elements.json';
import { THEMES } from '../packages/elements/src/shared/themes.js';

setCustomElementsManifest(manifest);

// Story-only addresses for the loading and error states (`src="/__story/never.json"` never answers,
// `src="/__story/broken.json"` always fails with a 500, `src="/__story/missing.json"` is a 404).
// Every other request passes through.
const realFetch = globalThis.fetch.bind(globalThis);
globalThis.fetch = (input, init) => {
  const url = String(input instanceof Request ? input.url : input);
  if (url.includes('/__story/never')) return new Promise(() => {});
  if (url.includes('/__story/broken')) {
    return Promise.resolve(
      new Response('Internal error', { status: 500, statusText: 'Internal Server Error' }),
    );
  }
  if (url.includes('/__story/missing')) {
    return Promise.resolve(new Response('Not found', { status: 404, statusText: 'Not Found' }));
  }
  return realFetch(input, init);
};

// CSS custom properties for the theme switch; the elements read these (see docs/theming.md).
// Language and theme switches in the toolbar; stories read them from `context.globals`.
const preview: Preview = {
  // A docs page per element: its description, attributes, events, CSS properties and parts, from the manifest.
  tags: ['autodocs'],
  globalTypes: {
    lang: {
      description: 'Språk / language',
      toolbar: {
        title: 'Språk',
        icon: 'globe',
        items: [
          { value: 'sv', title: 'Svenska' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Tema / theme',
      toolbar: {
        title: 'Tema',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Standard' },
          { value: 'forbund', title: 'Förbundsfärger' },
          { value: 'dark', title: 'Mörkt' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'sv', theme: 'default' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = context.globals.lang ?? 'sv';
      const theme = THEMES[context.globals.theme as keyof typeof THEMES] ?? {};
      const root = document.documentElement;
      for (const name of new Set(Object.values(THEMES).flatMap(Object.keys))) root.style.removeProperty(name);
      for (const [name, value] of Object.entries(theme)) root.style.setProperty(name, value);
      root.style.background = theme['--sk-color-background'] ?? '';
      root.style.color = theme['--sk-color-text'] ?? '';
      return story();
    },
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};
export default preview;
