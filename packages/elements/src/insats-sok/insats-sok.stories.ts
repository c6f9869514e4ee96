import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { generateCatalogue } from '../../../sdk/bench/generate-catalogue.js';
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
    lang=${args.lang || document.documentElement.lang}
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

/** Error: the server answers 500 (after the SDK's retries), with a retry button and details. */
export const ErrorState: Story = { name: 'Error', args: { src: '/__story/broken.json' } };

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

/** English UI. */
export const English: Story = { args: { lang: 'en' } };

/** One förbund’s own catalogue. */
export const Forbund: Story = { args: { association: 'forbund-vasteras' } };

/** Themed through the custom properties, with the page’s font. */
export const Themed: Story = {
  render: (args) => html`<div
    style="--sk-color-accent:#6b1d5c;--sk-color-focus:#6b1d5c;--sk-color-mark:#f9d9ef;--sk-color-surface:#fbf4f9;--sk-radius:0;--sk-space:1.25rem;font-family:Georgia,serif"
  >
    <insats-sok src=${args.src} lang=${args.lang || document.documentElement.lang}></insats-sok>
  </div>`,
};

/** A large generated catalogue (seeded); try 50 000 to see the search stay fast. */
export const LargeGenerated: StoryObj<Args & { count: number }> = {
  args: { count: 10000 },
  argTypes: { count: { control: { type: 'select' }, options: [1000, 10000, 50000] } },
  render: (args) =>
    html`<insats-sok .data=${generateCatalogue(args.count, 42)} lang=${args.lang || document.documentElement.lang}></insats-sok>`,
};
