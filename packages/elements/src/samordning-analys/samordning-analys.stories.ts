import { Dataset, emptyDataset } from '@samordningskartan/sdk';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

interface Args {
  src: string;
  association: string;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Element/samordning-analys',
  component: 'samordning-analys',
  args: { src: '/data/demo.json', association: 'forbund-vasteras', lang: '' },
  argTypes: {
    src: { control: 'text', description: 'URL(s) of the dataset(s)' },
    association: { control: 'text', description: 'Id of the förbund; empty compares every förbund' },
    lang: { control: 'select', options: ['', 'sv', 'en'], description: 'Empty follows the toolbar' },
  },
  render: (args) =>
    html`<samordning-analys src=${args.src} association=${args.association} lang=${args.lang || document.documentElement.lang}></samordning-analys>`,
};
export default meta;
type Story = StoryObj<Args>;

/** One förbund: its kommuner, its members and its budget. */
export const Vasteras: Story = {};

/** No `association`: target groups × every förbund, collaboration by kind of organisation. */
export const AllaForbund: Story = { args: { association: '' } };

/** Connected to `<insats-sok>`: a coverage cell sets the search's filters. */
export const MedSok: Story = {
  render: (args) => html`
    <samordning-analys src=${args.src} association=${args.association} for="sok"></samordning-analys>
    <insats-sok id="sok" src=${args.src}></insats-sok>
  `,
};

export const English: Story = { args: { lang: 'en' } };

/** A file that does not exist. */
export const Fel: Story = { args: { src: '/data/finns-inte.json' } };

/** A dataset with nothing in it. */
export const Tom: Story = {
  render: () => html`<samordning-analys .data=${new Dataset(emptyDataset())}></samordning-analys>`,
};
