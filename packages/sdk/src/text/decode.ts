import { type Problem, problem } from '../problems/problem.js';
import { finish, type Steps } from '../query/steps.js';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Set when the bytes were not UTF-8 (or UTF-16 with a byte-order mark) and were read as Windows-1252. */
  problem?: Problem;
}

/**
 * Decodes a file's bytes without ever inventing U+FFFD: UTF-8 (with or without BOM) when the bytes
 * are valid UTF-8, UTF-16 LE/BE when a BOM says so (or when every other byte is zero, as Windows
 * "Unicode" text is), else Windows-1252, the encoding Swedish Excel and Notepad save in, with a
 * warning that says how to save the file as UTF-8. Windows-1252 maps every byte, so nothing is lost.
 */
export function decodeText(input: ArrayBuffer | ArrayBufferView): DecodedText {
  return finish(decodeTextSteps(input));
}

/** `decodeText` in steps (see `inSlices`): UTF-8 a few megabytes per step. */
export function* decodeTextSteps(input: ArrayBuffer | ArrayBufferView): Steps<DecodedText> {
  const bytes =
    input instanceof Uint8Array
      ? input
      : ArrayBuffer.isView(input)
        ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
        : new Uint8Array(input);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom) {
    const text = yield* utf8(bytes.subarray(3));
    if (text !== undefined) return { text, encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const sixteen = utf16WithoutBom(bytes);
  if (sixteen) return { text: new TextDecoder(sixteen).decode(bytes), encoding: sixteen };
  const text = yield* utf8(bytes);
  if (text !== undefined) return { text, encoding: 'utf-8' };
  return {
    text: win1252(bom ? bytes.subarray(3) : bytes),
    encoding: 'windows-1252',
    problem: problem(
      'warning',
      '',
      'not-utf8',
      'filen är inte sparad som UTF-8 och lästes som Windows-1252 (västeuropeisk); kontrollera å, ä och ö. ' +
        'Spara den som UTF-8: i Excel Arkiv → Spara som → "CSV UTF-8 (kommaavgränsad)", i Anteckningar Spara som → Kodning: UTF-8.',
      'the file is not saved as UTF-8 and was read as Windows-1252 (Western European); check å, ä and ö. ' +
        'Save it as UTF-8: in Excel File → Save As → "CSV UTF-8 (Comma delimited)", in Notepad Save As → Encoding: UTF-8.',
    ),
  };
}

/** Bytes decoded per step: about 10 ms of a page's main thread. */
const UTF8_STEP = 4 << 20;

function* utf8(bytes: Uint8Array): Steps<string | undefined> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const parts: string[] = [];
  try {
    for (let at = 0; at < bytes.length || at === 0; at += UTF8_STEP) {
      const end = at + UTF8_STEP;
      parts.push(decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length }));
      if (end < bytes.length) yield;
    }
  } catch {
    return undefined;
  }
  return parts.join('');
}

function win1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes);
}

/** UTF-16 without a BOM: ASCII text then has a zero in every other byte. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 512);
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero === 0) return 'utf-16le';
  if (evenZero > pairs * 0.6 && oddZero === 0) return 'utf-16be';
  return undefined;
}
