import type { Lang } from '@samordningskartan/sdk';

/** A message in Swedish and English; the CLI prints the one `--lang` asks for. */
export interface Text {
  sv: string;
  en: string;
}

export const text = (sv: string, en: string): Text => ({ sv, en });

/** An error the CLI explains (exit code 1), in both languages. */
export class CliError extends Error {
  readonly text: Text;
  constructor(t: Text) {
    super(t.sv);
    this.text = t;
  }
}

/** A usage error: the CLI prints the message and exits with 2. */
export class UsageError extends CliError {}

/** `1 fel`, `2 fel`; `1 error`, `2 errors`. */
export function count(n: number, lang: Lang, sv: [string, string], en: [string, string]): string {
  return `${n} ${lang === 'sv' ? sv[n === 1 ? 0 : 1] : en[n === 1 ? 0 : 1]}`;
}

/** Nouns the reports count, singular and plural. */
export const NOUNS = {
  errors: { sv: ['fel', 'fel'], en: ['error', 'errors'] },
  warnings: { sv: ['varning', 'varningar'], en: ['warning', 'warnings'] },
  associations: {
    sv: ['samordningsförbund', 'samordningsförbund'],
    en: ['coordination association', 'coordination associations'],
  },
  organisations: { sv: ['organisation', 'organisationer'], en: ['organisation', 'organisations'] },
  services: { sv: ['insats', 'insatser'], en: ['insats (service)', 'insatser (services)'] },
  relations: { sv: ['relation', 'relationer'], en: ['relation', 'relations'] },
  taxonomy: { sv: ['egen term', 'egna termer'], en: ['own term', 'own terms'] },
  statistics: { sv: ['statistikpost', 'statistikposter'], en: ['statistic', 'statistics'] },
  sources: { sv: ['källa', 'källor'], en: ['source', 'sources'] },
  files: { sv: ['fil', 'filer'], en: ['file', 'files'] },
  hsdsServices: { sv: ['tjänst', 'tjänster'], en: ['service', 'services'] },
} as const satisfies Record<string, { sv: [string, string]; en: [string, string] }>;

export function counted(n: number, noun: keyof typeof NOUNS, lang: Lang): string {
  const w = NOUNS[noun];
  return count(n, lang, [...w.sv] as [string, string], [...w.en] as [string, string]);
}

export const HELP: Text = {
  sv: `samordningskartan <kommando> [flaggor]

Kommandon:
  validate <fil|mapp|fil.xlsx|url>... [--stale 6m]
        Kontrollera datafiler (flera slås ihop), ett kalkylark eller en mapp med CSV-filer. Visar
        också insatser som inte kontrollerats på en tid (--stale, standard 12m) och
        rekommenderade fält som saknas.
  init --name "Samordningsförbundet X" --kommuner "Västerås, 1981" [-o fil]
        Skapa en startfil: förbundet, Försäkringskassan, Arbetsförmedlingen, regionen och
        kommunerna som medlemmar. -o slutar på .json (standard), .xlsx eller är en mapp (CSV).
  import <mapp|fil.xlsx> [-o ut.json]
        Läs ett kalkylark (eller en mapp med CSV-filer) till en datafil. Fel visas per cell.
  export csv|xlsx <datafil> [-o mapp|fil.xlsx]
        Skriv datafilen som CSV-filer (ett per blad) eller som en Excel-arbetsbok.
  export hsds <datafil> [-o fil.json|mapp] [--tabular]
        Skriv HSDS 3.0 (Open Referral): JSON, eller tabellpaket (CSV + datapackage.json) till en mapp.
  import hsds <fil.json|mapp> [-o ut.json] [--id x --name "…" --publisher "…" --license CC0-1.0]
        Läs HSDS 3.0 (JSON eller tabellpaket) till en datafil.
  merge <filer...> -o nationell.json [--id nationell --name "…" --publisher "…"]
        Slå ihop flera förbunds filer till en (id blir utfilens namn om inte --id anges).
  index <fil.json> [-o fil.json.index]
        Skriv ett färdigt sökindex bredvid datafilen (standard <fil.json>.index) för
        <insats-sok index="…">: sökningen startar utan att indexera. Kör igen när filen ändras.

Flaggor:
  -o, --out     Var resultatet skrivs
  --json        Skriv resultatet som ett JSON-objekt (även vid fel)
  --lang en     Meddelanden på engelska
  -h, --help    Visa hjälp

Slutkod: 0 klart, 1 fel i data, 2 fel i kommandot.
`,
  en: `samordningskartan <command> [options]

Commands:
  validate <file|folder|file.xlsx|url>... [--stale 6m]
        Check data files (several are merged), a workbook or a folder of CSV files. Also lists
        insatser not verified for a while (--stale, default 12m) and recommended fields that
        are missing.
  init --name "Samordningsförbundet X" --kommuner "Västerås, 1981" [-o file]
        Create a starter file: the förbund, Försäkringskassan, Arbetsförmedlingen, the region
        and the kommuner as members. -o ends in .json (default), .xlsx or is a folder (CSV).
  import <folder|file.xlsx> [-o out.json]
        Read a workbook (or a folder of CSV files) into a data file. Problems are shown per cell.
  export csv|xlsx <data file> [-o folder|file.xlsx]
        Write the data file as CSV files (one per sheet) or as an Excel workbook.
  export hsds <data file> [-o file.json|folder] [--tabular]
        Write HSDS 3.0 (Open Referral): JSON, or a tabular package (CSV + datapackage.json) to a folder.
  import hsds <file.json|folder> [-o out.json] [--id x --name "…" --publisher "…" --license CC0-1.0]
        Read HSDS 3.0 (JSON or a tabular package) into a data file.
  merge <files...> -o national.json [--id national --name "…" --publisher "…"]
        Merge several förbund files into one (the id is the output file's name unless --id is given).
  index <file.json> [-o file.json.index]
        Write a prebuilt search index next to the data file (default <file.json>.index) for
        <insats-sok index="…">: search starts without indexing. Run again when the file changes.

Options:
  -o, --out     Where to write the result
  --json        Print the result as one JSON object (also on errors)
  --lang en     Messages in English
  -h, --help    Show help

Exit code: 0 done, 1 problems in the data, 2 problems with the command.
`,
};
