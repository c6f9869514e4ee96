import { formatProblem, type Lang, type Problem } from '@samordningskartan/sdk';
import { type CellProblem, formatCellProblem } from '@samordningskartan/sdk/interop';
import { counted } from '../messages.js';

const TAGS = { error: ['FEL', 'ERROR'], warning: ['VARNING', 'WARNING'], info: ['INFO', 'INFO'] } as const;

/** One line per problem, `FEL      insatser.csv rad 14, kolumn "kommuner": …`. */
export function problemLines(problems: readonly (Problem | CellProblem)[], lang: Lang): string[] {
  return problems.map((p) => {
    const tag = TAGS[p.severity][lang === 'sv' ? 0 : 1];
    const text = 'row' in p && p.row !== undefined ? formatCellProblem(p, lang) : formatProblem(p, lang);
    return `${tag.padEnd(8)} ${text}`;
  });
}

/** `1 fel, 2 varningar`; `1 error, 2 warnings`. */
export function countLine(errors: number, warnings: number, lang: Lang): string {
  return `${counted(errors, 'errors', lang)}, ${counted(warnings, 'warnings', lang)}`;
}
