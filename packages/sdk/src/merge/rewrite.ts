import type { DatasetData } from '../schema/dataset.js';

/**
 * A copy of `data` with record ids and source ids replaced by the given maps, in the records
 * themselves and in every field that refers to them.
 */
export function rewriteReferences(
  data: DatasetData,
  recordIds: ReadonlyMap<string, string>,
  sourceIds: ReadonlyMap<string, string>,
): DatasetData {
  if (recordIds.size === 0 && sourceIds.size === 0) return data;
  const id = (v: string) => recordIds.get(v) ?? v;
  const src = <T extends { source?: string | string[] }>(r: T): T => {
    if (r.source === undefined) return r;
    const s = Array.isArray(r.source)
      ? r.source.map((x) => sourceIds.get(x) ?? x)
      : (sourceIds.get(r.source) ?? r.source);
    return { ...r, source: s };
  };
  return {
    ...data,
    organisations: data.organisations.map((o) =>
      src({ ...o, id: id(o.id), ...(o.parent && { parent: id(o.parent) }) }),
    ),
    services: data.services.map((s) =>
      src({
        ...s,
        id: id(s.id),
        providers: s.providers.map(id),
        ...(s.funding && { funding: s.funding.map((f) => ({ ...f, funder: id(f.funder) })) }),
        ...(s.access && {
          access: { ...s.access, ...(s.access.referrers && { referrers: s.access.referrers.map(id) }) },
        }),
        ...(s.partOf && { partOf: id(s.partOf) }),
        ...(s.review?.ownerUnit && { review: { ...s.review, ownerUnit: id(s.review.ownerUnit) } }),
      }),
    ),
    relations: data.relations.map((r) => {
      const derived = r.id === `${r.kind}:${r.from}:${r.to}`;
      const from = id(r.from);
      const to = id(r.to);
      return src({ ...r, from, to, id: derived ? `${r.kind}:${from}:${to}` : r.id });
    }),
    statistics: data.statistics.map((st) => src({ ...st, subject: id(st.subject) })),
    sources: data.sources.map((s) => ({ ...s, id: sourceIds.get(s.id) ?? s.id })),
    layouts: Object.fromEntries(
      Object.entries(data.layouts).map(([view, pos]) => [
        view,
        Object.fromEntries(Object.entries(pos).map(([k, v]) => [id(k), v])),
      ]),
    ),
  };
}
