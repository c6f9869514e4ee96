import { type Problem, problem } from '../problems/problem.js';
import { isoDay, serviceStatus, type TodayOption } from '../query/status.js';
import type { Steps } from '../query/steps.js';
import type { DatasetData } from '../schema/dataset.js';
import { recordPath } from './record-path.js';

type Report = (p: Problem) => void;

const STATUS_SV: Record<string, string> = {
  planned: 'planerad',
  active: 'pågående',
  paused: 'pausad',
  ended: 'avslutad',
};

/**
 * Checks that keep answers true, run after the integrity checks: a relation's `appliesIn` names
 * förbund that exist, and an insats's stated status agrees with its period on `today`. Both only
 * warn; the data is kept as written (an unknown förbund in `appliesIn` then matches no scope). In steps
 * (see `inSlices`).
 */
export function* checkTruth(data: DatasetData, report: Report, options: TodayOption = {}): Steps<void> {
  const kindOf = new Map(data.organisations.map((o) => [o.id, o.kind]));
  // The day once, not per insats.
  const today = { today: isoDay(options.today) };
  let n = 0;
  for (const r of data.relations) {
    if ((++n & 1023) === 0) yield;
    (r.appliesIn?.associations ?? []).forEach((id, i) => {
      const path = `${recordPath(r)}.appliesIn.associations[${i}]`;
      const kind = kindOf.get(id);
      if (kind === undefined) {
        report(
          problem(
            'warning',
            path,
            'missing-reference',
            `förbundet "${id}" finns inte; relationen gäller då inte i något förbund`,
            `the förbund "${id}" does not exist; the relation then applies in no förbund`,
          ),
        );
      } else if (kind !== 'coordinationAssociation') {
        report(
          problem(
            'warning',
            path,
            'wrong-reference-kind',
            `"${id}" är inget samordningsförbund`,
            `"${id}" is not a coordination association`,
          ),
        );
      }
    });
  }
  for (const s of data.services) {
    if ((++n & 1023) === 0) yield;
    const status = serviceStatus(s, today);
    if (!status.fromPeriod) continue;
    const { stated, effective, day } = status;
    report(
      problem(
        'warning',
        `${recordPath(s)}.status`,
        'status-period-mismatch',
        `status "${STATUS_SV[stated]}" stämmer inte med perioden (${periodText(s.period)}); ${day} visas insatsen som "${STATUS_SV[effective]}"`,
        `status "${stated}" does not match the period (${periodText(s.period)}); on ${day} the insats shows as "${effective}"`,
      ),
    );
  }
}

function periodText(period: { start?: string; end?: string } | undefined): string {
  return `${period?.start ?? ''}–${period?.end ?? ''}`;
}
