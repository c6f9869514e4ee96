import { deepEqual } from '../merge/deep-equal.js';
import type { LocalizedText } from '../schema/common.js';
import type { DatasetData } from '../schema/dataset.js';

/** A record named by id and name. */
export interface ComparedRecord {
  id: string;
  name: LocalizedText;
}

/** A record in both files whose fields differ. */
export interface ChangedRecord extends ComparedRecord {
  /** The top-level fields that were added, changed or removed, e.g. `["municipalities", "status"]`. */
  fields: string[];
}

export interface CollectionComparison {
  added: ComparedRecord[];
  changed: ChangedRecord[];
  removed: ComparedRecord[];
  unchanged: number;
}

/** What changed between the file published now and a new one: insatser and organisations by id. */
export interface DatasetComparison {
  services: CollectionComparison;
  organisations: CollectionComparison;
}

interface Named {
  id: string;
  name: LocalizedText;
}

function compareCollection(before: readonly Named[], after: readonly Named[]): CollectionComparison {
  const old = new Map(before.map((r) => [r.id, r]));
  const now = new Set(after.map((r) => r.id));
  const result: CollectionComparison = { added: [], changed: [], removed: [], unchanged: 0 };
  for (const record of after) {
    const previous = old.get(record.id);
    if (!previous) {
      result.added.push({ id: record.id, name: record.name });
      continue;
    }
    const a = previous as unknown as Record<string, unknown>;
    const b = record as unknown as Record<string, unknown>;
    const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])]
      .filter((k) => !deepEqual(a[k], b[k]))
      .sort();
    if (fields.length) result.changed.push({ id: record.id, name: record.name, fields });
    else result.unchanged++;
  }
  for (const record of before)
    if (!now.has(record.id)) result.removed.push({ id: record.id, name: record.name });
  return result;
}

/**
 * Compares two validated datasets record by record (by id): which insatser and organisations the new
 * one adds, changes (and in which fields) and removes. Key order and the order of records do not count.
 */
export function compareDatasets(
  published: Pick<DatasetData, 'services' | 'organisations'>,
  draft: Pick<DatasetData, 'services' | 'organisations'>,
): DatasetComparison {
  return {
    services: compareCollection(published.services, draft.services),
    organisations: compareCollection(published.organisations, draft.organisations),
  };
}
