import type { Preview } from '@storybook/web-components-vite';

// Language and theme switches in the toolbar; stories read them from `context.globals`.
const preview: Preview = {
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
      document.documentElement.dataset.theme = context.globals.theme ?? 'default';
      return story();
    },
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};
export default preview;
