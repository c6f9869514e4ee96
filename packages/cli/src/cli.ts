import { parseArgs } from 'node:util';
import { validateCommand } from './commands/validate.js';

const HELP = `samordningskartan <kommando> [flaggor]

Kommandon:
  validate <fil|url>...   Kontrollera datafiler (flera slås ihop). --json ger maskinläsbart svar.

Flaggor:
  --json        Skriv resultatet som JSON
  --lang en     Meddelanden på engelska
  -h, --help    Visa hjälp
`;

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], out = process.stdout, err = process.stderr): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    out.write(HELP);
    return command ? 0 : 2;
  }
  if (command === 'validate') {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, lang: { type: 'string', default: 'sv' } },
    });
    if (positionals.length === 0) {
      err.write('Ange minst en fil eller adress: samordningskartan validate <fil>\n');
      return 2;
    }
    return validateCommand(
      positionals,
      { json: values.json ?? false, lang: values.lang === 'en' ? 'en' : 'sv' },
      out,
    );
  }
  err.write(`Okänt kommando "${command}".\n\n${HELP}`);
  return 2;
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
