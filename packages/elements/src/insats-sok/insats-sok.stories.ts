import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { generateCatalogue } from '../../../sdk/bench/generate-catalogue.js';
import { THEMES } from '../shared/themes.js';
import './define.js';
import type { InsatsSok } from './insats-sok.js';

interface Args {
  src: string;
  lang: string;
  association: string;
  municipality: string;
  targetGroup: string;
  staleMonths: number;
  debug: boolean;
}

const meta: Meta<Args> = {
  title: 'Element/insats-sok',
  component: 'insats-sok',
  args: {
    src: '/data/demo.json',
    lang: '',
    association: '',
    municipality: '',
    targetGroup: '',
    staleMonths: 12,
    debug: false,
  },
  argTypes: {
    src: { control: 'text', description: 'URL(s) of the dataset(s), separated by spaces' },
    lang: { control: 'select', options: ['', 'sv', 'en'], description: 'Empty follows the toolbar' },
    association: { control: 'text', description: 'Only this förbund’s insatser (organisation id)' },
    municipality: { control: 'text', description: 'Preset kommun: SCB code or name' },
    targetGroup: { control: 'text', description: 'Preset target group (term id)' },
    staleMonths: { control: 'number', description: 'Months before the freshness marker' },
    debug: { control: 'boolean', description: 'Notice about invalid records' },
  },
  render: (args) => html`<insats-sok
    src=${args.src}
    lang=${ifDefined(args.lang || undefined)}
    association=${ifDefined(args.association || undefined)}
    municipality=${ifDefined(args.municipality || undefined)}
    target-group=${ifDefined(args.targetGroup || undefined)}
    stale-months=${args.staleMonths}
    ?debug=${args.debug}
  ></insats-sok>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The demo catalogue. */
export const Default: Story = {};

/** Results: "unga" in Västerås (the acceptance search). */
export const Results: Story = {
  args: { municipality: 'Västerås' },
  play: async ({ canvasElement }) => {
    canvasElement.querySelector<InsatsSok>('insats-sok')!.setQuery('unga');
  },
};

/** Loading: the data file never arrives. */
export const Loading: Story = { args: { src: '/__story/never.json' } };

/** Error that may pass: the server answers 500 (after the SDK's retries); "Försök igen" and the details. */
export const ErrorState: Story = { name: 'Error', args: { src: '/__story/broken.json' } };

/** Permanent error: no file at the address (404); what the webmaster must fix, no retry. */
export const MissingFileError: Story = {
  name: 'Error: missing file',
  args: { src: '/__story/missing.json' },
};

/** No hits: suggestions to remove filters. */
export const Empty: Story = {
  args: { municipality: 'Växjö' },
  play: async ({ canvasElement }) => {
    canvasElement.querySelector<InsatsSok>('insats-sok')!.setQuery('ångest');
  },
};

/** Detail view of one insats. */
export const Detail: Story = {
  play: async ({ canvasElement }) => {
    canvasElement.querySelector<InsatsSok>('insats-sok')!.openService('samordningsteamet');
  },
};

/** The dark theme's tokens (the toolbar's "Mörkt"), with a selected filter and highlights. */
export const Dark: Story = {
  args: { municipality: 'Västerås' },
  render: (args) => html`<div
    style=${Object.entries(THEMES.dark)
      .map(([k, v]) => `${k}:${v}`)
      .join(';')}
  >
    <insats-sok src=${args.src} municipality=${args.municipality}></insats-sok>
  </div>`,
  play: async ({ canvasElement }) => {
    canvasElement.querySelector<InsatsSok>('insats-sok')!.setQuery('unga');
  },
};

/** English UI. */
export const English: Story = { args: { lang: 'en' } };

/** One förbund’s own catalogue. */
export const Forbund: Story = { args: { association: 'forbund-vasteras' } };

/** Themed through the custom properties, with the page’s font. */
export const Themed: Story = {
  render: (args) => html`<div
    style="--sk-color-accent:#6b1d5c;--sk-color-focus:#6b1d5c;--sk-color-mark:#f9d9ef;--sk-color-surface:#fbf4f9;--sk-radius:0;--sk-space:1.25rem;font-family:Georgia,serif"
  >
    <insats-sok src=${args.src} lang=${ifDefined(args.lang || undefined)}></insats-sok>
  </div>`,
};

/** A large generated catalogue (seeded); try 50 000 to see the search stay fast. */
export const LargeGenerated: StoryObj<Args & { count: number }> = {
  args: { count: 10000 },
  argTypes: { count: { control: { type: 'select' }, options: [1000, 10000, 50000] } },
  render: (args) =>
    html`<insats-sok .data=${generateCatalogue(args.count, 42)} lang=${ifDefined(args.lang || undefined)}></insats-sok>`,
};
