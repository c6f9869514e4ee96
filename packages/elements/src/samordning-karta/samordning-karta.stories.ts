import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './define.js';
import type { SamordningKarta } from './samordning-karta.js';

interface Args {
  src: string;
  lang: string;
  view: string;
  association: string;
  selected: string;
  focusDepth: number;
  grouping: string;
  expanded: string;
  targetGroups: boolean;
  debug: boolean;
}

const meta: Meta<Args> = {
  title: 'Element/samordning-karta',
  component: 'samordning-karta',
  args: {
    src: '/data/demo.json',
    lang: '',
    view: 'organisation',
    association: 'forbund-vasteras',
    selected: '',
    focusDepth: 0,
    grouping: 'auto',
    expanded: '',
    targetGroups: false,
    debug: false,
  },
  argTypes: {
    src: { control: 'text', description: 'URL(s) of the dataset(s), separated by spaces' },
    lang: { control: 'select', options: ['', 'sv', 'en'], description: 'Empty follows the toolbar' },
    view: {
      control: 'select',
      options: ['', 'organisation', 'samverkan', 'lista'],
      description: 'Empty: automatic',
    },
    association: { control: 'text', description: 'Förbund to show (organisation id)' },
    selected: { control: 'text', description: 'Selected record id' },
    focusDepth: { control: { type: 'number', min: 0, max: 4 }, description: 'Focus mode depth (0 = off)' },
    grouping: {
      control: 'select',
      options: ['auto', 'off'],
      description:
        'National scale: one node per förbund when the flat map would not be readable (auto), or never (off)',
    },
    expanded: {
      control: 'text',
      description: 'Förbund of a grouped map shown in full (ids, space-separated)',
    },
    targetGroups: { control: 'boolean', description: 'The target-group layer (för vem)' },
    debug: { control: 'boolean', description: 'List the problems in partly invalid data' },
  },
  render: (args) => html`<samordning-karta
    src=${args.src}
    lang=${args.lang || document.documentElement.lang}
    view=${ifDefined(args.view || undefined)}
    association=${ifDefined(args.association || undefined)}
    selected=${ifDefined(args.selected || undefined)}
    focus-depth=${args.focusDepth}
    grouping=${args.grouping}
    expanded=${ifDefined(args.expanded || undefined)}
    ?target-groups=${args.targetGroups}
    ?debug=${args.debug}
  ></samordning-karta>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The organisation view: Samordningsförbundet Västerås, its members, insatser and steering groups. */
export const Organisation: Story = {};

/** The collaboration network: organisations, edges weighted by shared insatser and relations. */
export const Samverkan: Story = { args: { view: 'samverkan' } };

/** The accessible list view: a treeview with the details panel. */
export const Lista: Story = { args: { view: 'lista', selected: 'samordningsteamet' } };

/** Focus mode: Samordningsteamet and everything one step away; the rest is faded. */
export const Focus: Story = { args: { selected: 'samordningsteamet', focusDepth: 1 } };

/** The target-group layer: whom each insats is for, as what the data says. */
export const TargetGroups: Story = { args: { targetGroups: true } };

/** All förbund in the demo data: opens grouped, one node per förbund with its counts. */
export const AllForbund: Story = { args: { association: '' } };

/** All förbund, Västerås opened in place (click a förbund, or select it and press Enter). */
export const AllForbundExpanded: Story = { args: { association: '', expanded: 'forbund-vasteras' } };

/** Loading: the data file never arrives. */
export const Loading: Story = { args: { src: '/__story/never.json' } };

/** Error: the server answers 500 (transient), so the error view offers "Försök igen". */
export const ErrorState: Story = { name: 'Error', args: { src: '/__story/broken.json' } };

/** Empty: the filters leave nothing to show. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<SamordningKarta>('samordning-karta')!;
    el.addEventListener(
      'samordning-karta-load',
      () => el.setFilters({ organisationKinds: ['employer'], targetGroup: 'npf' }),
      {
        once: true,
      },
    );
  },
};

/** Partly invalid data: a notice, and with `debug` the list of problems. */
export const PartlyInvalid: Story = {
  args: { debug: true, view: 'lista' },
  render: (args) => {
    const data = {
      formatVersion: 1,
      meta: {
        id: 'trasig',
        name: 'Delvis trasig',
        publisher: 'Exempel',
        updated: '2026-01-01',
        license: 'CC0-1.0',
      },
      organisations: [
        { id: 'forbund', kind: 'coordinationAssociation', name: 'Samordningsförbundet Exempel' },
        { id: 'kommun', kind: 'municipality', name: 'Exempels kommun' },
        { id: 'trasig', kind: 'okänd', name: 'Trasig post' },
      ],
      relations: [{ kind: 'memberOf', from: 'kommun', to: 'forbund' }],
    };
    return html`<samordning-karta view=${args.view} ?debug=${args.debug} .data=${data}></samordning-karta>`;
  },
};

/** English UI. */
export const English: Story = { args: { lang: 'en' } };

/** Themed through the custom properties, with the page's font. */
export const Themed: Story = {
  render: (args) => html`<div
    style="--sk-color-accent:#6b1d5c;--sk-color-focus:#6b1d5c;--sk-color-surface:#fbf4f9;--sk-radius:0;--sk-node-coordinationAssociation:#6b1d5c;--sk-font-family:Georgia, serif"
  >
    <samordning-karta src=${args.src} association=${args.association} lang=${args.lang || document.documentElement.lang}></samordning-karta>
  </div>`,
};

/** Permanent error: no file at the address (404). No retry; what the webmaster must fix, folded away. */
export const PermanentError: Story = { name: 'Error (404)', args: { src: '/__story/does-not-exist.json' } };

/** Within a förbund: Försäkringskassan in Västerås, with "Samverkar med" and "Visa i hela datat". */
export const WithinAssociation: Story = {
  args: { view: 'lista', association: 'forbund-vasteras', selected: 'forsakringskassan' },
};
