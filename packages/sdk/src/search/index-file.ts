import type { Problem } from '../problems/problem.js';
import type { DatasetData } from '../schema/dataset.js';
import type { Service } from '../schema/service.js';
import type { SearchIndexData } from './builder.js';

/**
 * The prebuilt search index file (`samordningskartan index`): the search index of a dataset's
 * insatser, where each insats lies in the JSON text, and the validated rest of the dataset, so a
 * reader answers queries without indexing and parses only the records it shows.
 *
 * Layout: "SKIX", a little-endian u32 length, that many bytes of JSON (the header and the string
 * lists), padding to 4 bytes, then the typed arrays one after another. Posting lists are stored as
 * variable-length deltas (ascending doc numbers), a third of their plain size.
 */
export const INDEX_FILE_FORMAT = 1;
const MAGIC = [0x53, 0x4b, 0x49, 0x58]; // "SKIX"

/** Identifies the JSON file an index was built from: its size in bytes and a hash of them. */
export interface SourceStamp {
  bytes: number;
  hash: string;
}

export interface IndexFileHeader {
  format: number;
  /** SDK version that wrote it; another version does not read it (its index may differ). */
  sdk: string;
  source: SourceStamp;
  /** The day it was built (YYYY-MM-DD): the status facet is the effective status on that day. */
  day: string;
  /** Every period start and end in the insatser: while none lies between `day` and today, statuses hold. */
  dates: string[];
  /**
   * What `spans` count: bytes of a UTF-8 file (a reader decodes only the records it shows), else
   * characters of the decoded text.
   */
  spans: 'bytes' | 'chars';
}

export interface IndexFileContent {
  header: IndexFileHeader;
  index: SearchIndexData;
  /** Per doc, `[start, end)` of its record in the file (`header.spans` says in what). */
  spans: Uint32Array;
  /** Per doc, its position in the file's `services` (problems name it). */
  origins: Uint32Array;
  /** The validated dataset without its insatser; `relations` ends with the derived "funds" relations. */
  rest: DatasetData;
  /** How many of `rest.relations` are the file's own (the others are derived from the insatser). */
  explicitRelations: number;
  /** The validation's problems (warnings only: an index is only built from a file without errors). */
  problems: Problem[];
  /** Records the validation changed (repaired dates, removed values), by doc: used instead of the text. */
  overrides: Array<[number, Service]>;
}

type ArrayKind = 'u32' | 'u8' | 'delta';
const TYPED: Array<[keyof SearchIndexData, ArrayKind]> = [
  ['postStart', 'u32'],
  ['postDocs', 'delta'],
  ['postWeights', 'u8'],
  ['termStem', 'u32'],
  ['stemStart', 'u32'],
  ['stemTerms', 'u32'],
  ['sortedTerms', 'u32'],
  ['revStemIds', 'u32'],
  ['valFacet', 'u8'],
  ['docValStart', 'u32'],
  ['docVals', 'u32'],
  ['ageMin', 'u8'],
  ['ageMax', 'u8'],
  ['nameRank', 'u32'],
  ['nameOrder', 'u32'],
  ['updated', 'u32'],
];

/**
 * FNV-1a (32 bits) over the file's 4-byte words (little-endian), then its last bytes, with its length:
 * tells a changed file from the indexed one. Any one changed word changes it (each step is a
 * bijection). Words, not bytes: a quarter of the steps (30 ms instead of 55 ms at 42 MB in Node).
 */
export function stampOf(bytes: Uint8Array): SourceStamp {
  const b = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const words = new Uint32Array(b.buffer, b.byteOffset, b.length >>> 2);
  let h = 0x811c9dc5;
  for (let i = 0; i < words.length; i++) h = Math.imul(h ^ words[i]!, 0x01000193);
  for (let i = words.length * 4; i < b.length; i++) h = Math.imul(h ^ b[i]!, 0x01000193);
  return { bytes: bytes.length, hash: (h >>> 0).toString(16).padStart(8, '0') };
}

export function encodeIndexFile(c: IndexFileContent): Uint8Array {
  const { ids, terms, stems, revStems, facetValues } = c.index;
  const blobs: Uint8Array[] = [];
  const arrays: Array<[string, ArrayKind, number]> = [];
  const push = (name: string, kind: ArrayKind, a: Uint32Array | Uint8Array) => {
    const bytes = kind === 'delta' ? encodeDeltas(a as Uint32Array, c.index.postStart) : toBytes(a);
    arrays.push([name, kind, kind === 'delta' ? a.length : a.length]);
    blobs.push(pad4(bytes));
  };
  for (const [name, kind] of TYPED) push(name, kind, c.index[name] as Uint32Array | Uint8Array);
  push('spans', 'u32', c.spans);
  push('origins', 'u32', c.origins);
  const json = new TextEncoder().encode(
    JSON.stringify({
      header: c.header,
      strings: { ids, terms, stems, revStems, facetValues },
      rest: c.rest,
      explicitRelations: c.explicitRelations,
      problems: c.problems,
      overrides: c.overrides,
      arrays,
      sizes: blobs.map((b) => b.length),
    }),
  );
  const head = pad4(concat([Uint8Array.from(MAGIC), u32(json.length), json]));
  return concat([head, ...blobs]);
}

/** Reads an index file; throws on a file that is not one (or of another format). */
export function decodeIndexFile(buffer: ArrayBuffer | Uint8Array): IndexFileContent {
  // A plain view: a Node Buffer's `slice` would share memory instead of copying.
  const bytes =
    buffer instanceof Uint8Array
      ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
      : new Uint8Array(buffer);
  if (bytes.length < 8 || MAGIC.some((b, i) => bytes[i] !== b)) throw new Error('not a search index file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint32(4, true);
  const meta = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as {
    header: IndexFileHeader;
    strings: Pick<SearchIndexData, 'ids' | 'terms' | 'stems' | 'revStems' | 'facetValues'>;
    rest: DatasetData;
    explicitRelations: number;
    problems: Problem[];
    overrides: Array<[number, Service]>;
    arrays: Array<[string, ArrayKind, number]>;
    sizes: number[];
  };
  if (meta.header?.format !== INDEX_FILE_FORMAT) throw new Error('search index file of another format');
  let at = align4(8 + length);
  if (at + meta.sizes.reduce((a, b) => a + b, 0) !== bytes.length)
    throw new Error('search index file cut off');
  const out: Record<string, Uint32Array | Uint8Array> = {};
  meta.arrays.forEach(([name, kind, count], k) => {
    const size = meta.sizes[k]!;
    const slice = bytes.slice(at, at + size);
    at += size;
    out[name] =
      kind === 'u8'
        ? slice.subarray(0, count)
        : kind === 'u32'
          ? new Uint32Array(slice.buffer, 0, count)
          : decodeDeltas(slice, count, out.postStart as Uint32Array);
  });
  const index = { ...meta.strings, ...out } as unknown as SearchIndexData;
  return {
    header: meta.header,
    index,
    spans: out.spans as Uint32Array,
    origins: out.origins as Uint32Array,
    rest: meta.rest,
    explicitRelations: meta.explicitRelations,
    problems: meta.problems,
    overrides: meta.overrides,
  };
}

/** Doc numbers per posting list as varints of the gaps (the first from 0). */
function encodeDeltas(docs: Uint32Array, starts: Uint32Array): Uint8Array {
  let out = new Uint8Array(docs.length * 2 + 16);
  let n = 0;
  for (let t = 0; t + 1 < starts.length; t++) {
    let prev = 0;
    for (let p = starts[t]!; p < starts[t + 1]!; p++) {
      let v = docs[p]! - prev;
      prev = docs[p]!;
      if (n + 5 > out.length) {
        const next = new Uint8Array(out.length * 2);
        next.set(out);
        out = next;
      }
      while (v >= 0x80) {
        out[n++] = (v & 0x7f) | 0x80;
        v >>>= 7;
      }
      out[n++] = v;
    }
  }
  return out.subarray(0, n);
}

function decodeDeltas(bytes: Uint8Array, count: number, starts: Uint32Array): Uint32Array {
  for (let t = 0; t + 1 < starts.length; t++)
    if (starts[t]! > starts[t + 1]!) throw new Error('search index file damaged');
  if (starts[starts.length - 1] !== count) throw new Error('search index file damaged');
  const docs = new Uint32Array(count);
  let i = 0;
  for (let t = 0; t + 1 < starts.length; t++) {
    let prev = 0;
    for (let p = starts[t]!, end = starts[t + 1]!; p < end; p++) {
      let v = 0;
      let shift = 0;
      let b: number;
      do {
        if (i >= bytes.length) throw new Error('search index file damaged');
        b = bytes[i++]!;
        v |= (b & 0x7f) << shift;
        shift += 7;
      } while (b & 0x80);
      prev += v >>> 0;
      docs[p] = prev;
    }
  }
  return docs;
}

function toBytes(a: Uint32Array | Uint8Array): Uint8Array {
  if (a instanceof Uint8Array) return a;
  // Little-endian on every platform that runs this (x86, ARM); the reader uses the same order.
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

function u32(n: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n, true);
  return b;
}

const align4 = (n: number) => (n + 3) & ~3;

function pad4(b: Uint8Array): Uint8Array {
  if (b.length % 4 === 0) return b;
  const out = new Uint8Array(align4(b.length));
  out.set(b);
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
