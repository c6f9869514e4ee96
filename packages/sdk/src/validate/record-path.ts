// Where each validated record came from in its file, so problems found after invalid records were
// dropped still point at the right index. Stored as (collection, index) and formatted on demand.
const origins = new WeakMap<object, [string, number]>();

export function setRecordOrigin(record: object, collection: string, index: number): void {
  origins.set(record, [collection, index]);
}

export function recordPath(record: object): string {
  const o = origins.get(record);
  return o ? `${o[0]}[${o[1]}]` : '?';
}

/** The collection and index a validated record came from, when known. */
export function recordOrigin(record: object): readonly [string, number] | undefined {
  return origins.get(record);
}
