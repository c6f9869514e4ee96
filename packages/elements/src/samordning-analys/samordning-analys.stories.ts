import { Dataset, emptyDataset } from '@samordningskartan/sdk';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';

interface Args {
  src: string;
  association: string;
  municipality: string;
  lang: string;
  today: string;
}

const meta: Meta<Args> = {
  title: 'Element/samordning-analys',
  component: 'samordning-analys',
  args: { src: '/data/demo.json', association: 'forbund-vasteras', municipality: '', lang: '', today: '' },
  argTypes: {
    src: { control: 'text', description: 'URL(s) of the dataset(s)' },
    association: { control: 'text', description: 'Id of the förbund; empty compares every förbund' },
    municipality: { control: 'text', description: 'A kommun (code or name) when no förbund is given' },
    lang: { control: 'select', options: ['', 'sv', 'en'], description: 'Empty follows the toolbar' },
    today: { control: 'text', description: 'YYYY-MM-DD the review status is for; empty is today' },
  },
  render: (args) =>
    html`<samordning-analys
      src=${args.src}
      association=${args.association}
      municipality=${args.municipality}
      lang=${args.lang || document.documentElement.lang}
      today=${args.today}
    ></samordning-analys>`,
};
export default meta;
type Story = StoryObj<Args>;

/** One förbund: its kommuner, its members and its budget. */
export const Vasteras: Story = {};

/** Värend: only Värend's insatser and relations count (FK and AF also work in other förbund). */
export const Varend: Story = { args: { association: 'forbund-varend' } };

/** One kommun: its insatser, the organisations working there and the förbund covering it. */
export const Kommun: Story = { args: { association: '', municipality: 'Västerås' } };

/** No `association`: target groups × every förbund, collaboration by kind of organisation. */
export const AllaForbund: Story = { args: { association: '' } };

/** Connected to `<insats-sok>`: a coverage cell sets the search's filters. */
export const MedSok: Story = {
  render: (args) => html`
    <samordning-analys src=${args.src} association=${args.association} for="sok"></samordning-analys>
    <insats-sok id="sok" src=${args.src}></insats-sok>
  `,
};

/**
 * Uppföljning and granskning on a fixed day: the SUS figures with their sources and the national
 * comparison, and which insatser are due for review in the term of 1 October 2026.
 */
export const Uppfoljning: Story = {
  args: { today: '2026-10-01' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('samordning-analys');
    await el?.updateComplete;
    el?.shadowRoot?.querySelector('#follow-up-heading')?.scrollIntoView();
  },
};

export const English: Story = { args: { lang: 'en' } };

/** A file that does not exist: a permanent error, so no "Försök igen"; the details say what to fix. */
export const Fel: Story = { args: { src: '/data/finns-inte.json' } };

/** A dataset with nothing in it. */
export const Tom: Story = {
  render: () => html`<samordning-analys .data=${new Dataset(emptyDataset())}></samordning-analys>`,
};
