import { validateDataset } from '@samordningskartan/sdk';
import { datasetToTables, tablesToXlsx } from '@samordningskartan/sdk/interop';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import './define.js';
import type { SamordningGranska } from './samordning-granska.js';

interface Args {
  published: string;
  lang: string;
}

/** The demo data as a workbook with one misspelt kommun, as staff might choose it. */
async function workbookWithTypo(): Promise<File> {
  const data = validateDataset(await (await fetch('/data/demo.json')).json()).data;
  const tables = datasetToTables(data);
  const insatser = tables.find((t) => t.name === 'insatser')!;
  insatser.rows[2]![insatser.headers.indexOf('kommuner')] = 'Vesterås';
  return new File([tablesToXlsx(tables) as BlobPart], 'forbund.xlsx');
}

const meta: Meta<Args> = {
  title: 'Element/samordning-granska',
  component: 'samordning-granska',
  args: { published: '/data/demo.json', lang: '' },
  argTypes: {
    published: { control: 'text', description: 'URL of the file published now (for the comparison)' },
    lang: { control: 'select', options: ['', 'sv', 'en'], description: 'Empty follows the toolbar' },
  },
  render: (args) =>
    html`<samordning-granska
      published=${args.published}
      lang=${args.lang || document.documentElement.lang}
    ></samordning-granska>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Before a file is chosen: the file field and drop zone. */
export const Empty: Story = {};

/** The demo data read from a workbook with a misspelt kommun: the problem, the preview, the downloads. */
export const WithATypo: Story = {
  loaders: [async () => ({ file: await workbookWithTypo() })],
  render: (args, { loaded }) => {
    const read = (el: Element | undefined) => {
      if (el) void (el as SamordningGranska).read([loaded.file as File]);
    };
    return html`<samordning-granska
      published=${args.published}
      lang=${args.lang || document.documentElement.lang}
      ${ref(read)}
    ></samordning-granska>`;
  },
};

/** In English. */
export const English: Story = { args: { lang: 'en' } };
