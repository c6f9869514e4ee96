import { parseArgs } from 'node:util';
import type { Lang } from '@samordningskartan/sdk';
import { parseMonths } from '@samordningskartan/sdk/interop';
import { exportHsdsCommand, importHsdsCommand } from './commands/hsds.js';
import { initCommand } from './commands/init.js';
import { UsageError } from './commands/io.js';
import { mergeCommand } from './commands/merge.js';
import { exportSpreadsheetCommand, importCommand } from './commands/spreadsheet.js';
import { validateCommand } from './commands/validate.js';

const HELP = `samordningskartan <kommando> [flaggor]

Kommandon:
  validate <fil|url>... [--stale 6m]
        Kontrollera datafiler (flera slås ihop). Visar också insatser som inte kontrollerats
        på en tid (--stale, standard 12m) och rekommenderade fält som saknas.
  init --name "Samordningsförbundet X" --kommuner "Västerås, 1981" [-o fil]
        Skapa en startfil: förbundet, Försäkringskassan, Arbetsförmedlingen, regionen och
        kommunerna som medlemmar. -o slutar på .json (standard), .xlsx eller är en mapp (CSV).
  import <mapp|fil.xlsx> [-o ut.json]
        Läs ett kalkylark (eller en mapp med CSV-filer) till en datafil. Fel visas per cell.
  export csv|xlsx <datafil> [-o mapp|fil.xlsx]
        Skriv datafilen som CSV-filer (ett per blad) eller som en Excel-arbetsbok.
  export hsds <datafil> [-o fil.json|mapp]
        Skriv HSDS 3.0 (Open Referral): JSON, eller tabellpaket (CSV + datapackage.json) till en mapp.
  import hsds <fil.json|mapp> [-o ut.json] [--id x --name "…" --publisher "…" --license CC0-1.0]
        Läs HSDS 3.0 (JSON eller tabellpaket) till en datafil.
  merge <filer...> -o nationell.json [--id nationell --name "…" --publisher "…"]
        Slå ihop flera förbunds filer till en (id blir utfilens namn om inte --id anges).

Flaggor:
  -o, --out     Var resultatet skrivs
  --json        Skriv resultatet som JSON
  --lang en     Meddelanden på engelska
  -h, --help    Visa hjälp

Slutkod: 0 klart, 1 fel i data, 2 fel i kommandot.
`;

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
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    out.write(HELP);
    return command ? 0 : 2;
  }
  try {
    return await run(command, rest, out);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      err.write(`${(error as Error).message}\n\nSe samordningskartan --help\n`);
      return 2;
    }
    err.write(`${(error as Error).message}\n`);
    return 1;
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
        throw new UsageError('Ange minst en fil eller adress: samordningskartan validate <fil>');
      const staleMonths = parseMonths(values.stale);
      if (staleMonths === undefined)
        throw new UsageError(`--stale ska vara ett antal månader, t.ex. 6m eller 1y, inte "${values.stale}"`);
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
          'Ange förbundets namn och kommuner: samordningskartan init --name "Samordningsförbundet X" --kommuner "Västerås, Sala"',
        );
      }
      return initCommand(
        {
          name: values.name,
          kommuner: values.kommuner,
          ...(values.id && { id: values.id }),
          ...(values.out && { out: values.out }),
          lang: lang(values.lang),
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
          throw new UsageError('Ange en HSDS-fil eller mapp: samordningskartan import hsds <fil.json|mapp>');
        return importHsdsCommand(positionals[1]!, { ...opts, meta: metaFrom(values) }, out);
      }
      if (positionals.length !== 1)
        throw new UsageError(
          'Ange en mapp med CSV-filer eller en .xlsx-fil: samordningskartan import <mapp|fil.xlsx>',
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
          'Ange format och datafil: samordningskartan export csv|xlsx|hsds <datafil> [-o mål]',
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
        throw new UsageError('Ange filer och utfil: samordningskartan merge <filer...> -o nationell.json');
      return mergeCommand(
        positionals,
        values.out,
        { json: values.json ?? false, lang: lang(values.lang), ...metaFrom(values) },
        out,
      );
    }
    default:
      throw new UsageError(`Okänt kommando "${command}".\n\n${HELP}`);
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
