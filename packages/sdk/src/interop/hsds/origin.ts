// Where each flattened HSDS row came from (file and JSON path, or file and row), so problems name the
// source, not our dataset. Kept beside the rows, not in them, so the tables stay plain HSDS.
const origins = new WeakMap<object, string>();

export function setOrigin(row: object, where: string): void {
  if (!origins.has(row)) origins.set(row, where);
}

/** `service.json: contents[2]` or `services.csv rad 3`; the table and id when the origin is unknown. */
export function originOf(row: object | undefined, fallback: string): string {
  return (row && origins.get(row)) ?? fallback;
}
