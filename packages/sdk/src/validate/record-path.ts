// Where each validated record came from in its file, so problems found after invalid records were
// dropped still point at the right index.
const paths = new WeakMap<object, string>();

export function setRecordPath(record: object, path: string): void {
  paths.set(record, path);
}

export function recordPath(record: object): string {
  return paths.get(record) ?? '?';
}
