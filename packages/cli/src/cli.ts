import { parseArgs } from 'node:util';
import type { Lang } from '@samordningskartan/sdk';
import { parseMonths } from '@samordningskartan/sdk/interop';
import { exportHsdsCommand, importHsdsCommand } from './commands/hsds.js';
import { indexCommand } from './commands/index-file.js';
import { initCommand } from './commands/init.js';
import { mergeCommand } from './commands/merge.js';
import { exportSpreadsheetCommand, importCommand } from './commands/spreadsheet.js';
import { validateCommand } from './commands/validate.js';
import { CliError, HELP, type Text, text, UsageError } from './messages.js';

const COMMON = {
  json: { type: 'boolean' },
  lang: { type: 'string', default: 'sv' },
  out: { type: 'string', short: 'o' },
} as const;

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(
  argv: string[],
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  // Read before parsing, so even a usage error or a crash is told in the asked language and format.
  const langAt = argv.indexOf('--lang');
  const asked = langAt >= 0 ? argv[langAt + 1] : argv.find((a) => a.startsWith('--lang='))?.slice(7);
  const language = lang(asked);
  const json = argv.includes('--json');
  const [command, ...rest] = argv;
  if (
    !command ||
    command === '-h' ||
    command === '--help' ||
    command === 'help' ||
    rest.includes('--help') ||
    rest.includes('-h')
  ) {
    out.write(HELP[language]);
    return command ? 0 : 2;
  }
  try {
    return await run(command, rest, out);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const usage =
      error instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'));
    const message: Text =
      error instanceof CliError
        ? error.text
        : usage
          ? text(`fel i kommandot: ${(error as Error).message}`, `wrong command: ${(error as Error).message}`)
          : text(
              `oväntat fel: ${(error as Error)?.message ?? String(error)}. Kontrollera filen; om felet består, rapportera det.`,
              `unexpected error: ${(error as Error)?.message ?? String(error)}. Check the file; if the error persists, please report it.`,
            );
    if (json) {
      out.write(
        `${JSON.stringify(
          {
            errors: 1,
            warnings: 0,
            problems: [
              { severity: 'error', path: '', code: usage ? 'usage' : 'failed', message, fatal: true },
            ],
            message: message[language],
          },
          null,
          2,
        )}\n`,
      );
    } else {
      err.write(
        `${message[language]}\n${usage ? `\n${language === 'sv' ? 'Se samordningskartan --help' : 'See samordningskartan --help'}\n` : ''}`,
      );
    }
    return usage ? 2 : 1;
  }
}

const lang = (v: string | undefined): Lang => (v === 'en' ? 'en' : 'sv');

/** The options every command shares, from parsed COMMON flags. */
function common(values: { json?: boolean; lang?: string; out?: string }) {
  return { json: values.json ?? false, lang: lang(values.lang), ...(values.out && { out: values.out }) };
}

/** Dataset metadata given on the command line (only what was given). */
function metaFrom(values: { id?: string; name?: string; publisher?: string; license?: string }) {
  return {
    ...(values.id && { id: values.id }),
    ...(values.name && { name: values.name }),
    ...(values.publisher && { publisher: values.publisher }),
    ...(values.license && { license: values.license }),
  };
}

async function run(command: string, rest: string[], out: NodeJS.WritableStream): Promise<number> {
  switch (command) {
    case 'validate': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { ...COMMON, stale: { type: 'string', default: '12m' } },
      });
      if (positionals.length === 0)
        throw new UsageError(
          text(
            'Ange minst en fil eller adress: samordningskartan validate <fil>',
            'Give at least one file or address: samordningskartan validate <file>',
          ),
        );
      const staleMonths = parseMonths(values.stale);
      if (staleMonths === undefined)
        throw new UsageError(
          text(
            `--stale ska vara ett antal månader, t.ex. 6m eller 1y, inte "${values.stale}"`,
            `--stale must be a number of months, e.g. 6m or 1y, not "${values.stale}"`,
          ),
        );
      return validateCommand(
        positionals,
        { json: values.json ?? false, lang: lang(values.lang), staleMonths },
        out,
      );
    }
    case 'init': {
      const { values } = parseArgs({
        args: rest,
        options: {
          ...COMMON,
          name: { type: 'string' },
          kommuner: { type: 'string' },
          id: { type: 'string' },
        },
      });
      if (!values.name || !values.kommuner) {
        throw new UsageError(
          text(
            'Ange förbundets namn och kommuner: samordningskartan init --name "Samordningsförbundet X" --kommuner "Västerås, Sala"',
            'Give the name of the förbund and its kommuner: samordningskartan init --name "Samordningsförbundet X" --kommuner "Västerås, Sala"',
          ),
        );
      }
      return initCommand(
        {
          name: values.name,
          kommuner: values.kommuner,
          ...(values.id && { id: values.id }),
          ...(values.out && { out: values.out }),
          lang: lang(values.lang),
          json: values.json ?? false,
        },
        out,
      );
    }
    case 'import': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          ...COMMON,
          id: { type: 'string' },
          name: { type: 'string' },
          publisher: { type: 'string' },
          license: { type: 'string' },
        },
      });
      const opts = common(values);
      if (positionals[0] === 'hsds') {
        if (positionals.length !== 2)
          throw new UsageError(
            text(
              'Ange en HSDS-fil eller mapp: samordningskartan import hsds <fil.json|mapp>',
              'Give an HSDS file or folder: samordningskartan import hsds <file.json|folder>',
            ),
          );
        return importHsdsCommand(positionals[1]!, { ...opts, meta: metaFrom(values) }, out);
      }
      if (positionals.length !== 1)
        throw new UsageError(
          text(
            'Ange en mapp med CSV-filer eller en .xlsx-fil: samordningskartan import <mapp|fil.xlsx>',
            'Give a folder of CSV files or an .xlsx file: samordningskartan import <folder|file.xlsx>',
          ),
        );
      return importCommand(positionals[0]!, opts, out);
    }
    case 'export': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { ...COMMON, tabular: { type: 'boolean' } },
      });
      const [format, input, ...extra] = positionals;
      if (!format || !['csv', 'xlsx', 'hsds'].includes(format) || !input || extra.length) {
        throw new UsageError(
          text(
            'Ange format och datafil: samordningskartan export csv|xlsx|hsds <datafil> [-o mål]',
            'Give a format and a data file: samordningskartan export csv|xlsx|hsds <data file> [-o target]',
          ),
        );
      }
      const opts = common(values);
      if (format === 'hsds')
        return exportHsdsCommand(input, { ...opts, tabular: values.tabular ?? false }, out);
      return exportSpreadsheetCommand(format as 'csv' | 'xlsx', input, opts, out);
    }
    case 'merge': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          ...COMMON,
          id: { type: 'string' },
          name: { type: 'string' },
          publisher: { type: 'string' },
        },
      });
      if (positionals.length === 0 || !values.out)
        throw new UsageError(
          text(
            'Ange filer och utfil: samordningskartan merge <filer...> -o nationell.json',
            'Give files and an output file: samordningskartan merge <files...> -o national.json',
          ),
        );
      return mergeCommand(
        positionals,
        values.out,
        { json: values.json ?? false, lang: lang(values.lang), ...metaFrom(values) },
        out,
      );
    }
    case 'index': {
      const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: COMMON });
      if (positionals.length !== 1)
        throw new UsageError(
          text(
            'Ange en datafil: samordningskartan index <fil.json> [-o fil.json.index]',
            'Give one data file: samordningskartan index <file.json> [-o file.json.index]',
          ),
        );
      return indexCommand(positionals[0]!, common(values), out);
    }
    default:
      throw new UsageError(
        text(`Okänt kommando "${command}".\n\n${HELP.sv}`, `Unknown command "${command}".\n\n${HELP.en}`),
      );
  }
}

if (process.argv[1] && /samordningskartan(\.js)?$|cli\.(ts|js)$/.test(process.argv[1])) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(error);
      process.exitCode = 2;
    },
  );
}
