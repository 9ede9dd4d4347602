import { MAX_ARTICLE_BYTES, describeSize } from "./limits";

export { MAX_ARTICLE_BYTES } from "./limits";
import type { Problem } from "./types";

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    let continuation = 0;
    let low = 0x80;
    let high = 0xbf;
    if (lead < 0x80) {
      index += 1;
      continue;
    } else if (lead >= 0xc2 && lead <= 0xdf) continuation = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      continuation = 2;
      if (lead === 0xe0) low = 0xa0; // overlong
      if (lead === 0xed) high = 0x9f; // surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      continuation = 3;
      if (lead === 0xf0) low = 0x90; // overlong
      if (lead === 0xf4) high = 0x8f; // above U+10FFFF
    } else return index;
    for (let step = 1; step <= continuation; step++) {
      const byte = bytes[index + step];
      if (byte === undefined) return index; // truncated at the end of the file
      const min = step === 1 ? low : 0x80;
      const max = step === 1 ? high : 0xbf;
      if (byte < min || byte > max) return index; // report where the malformed character starts
    }
    index += continuation + 1;
  }
  return -1;
}

/**
 * Decodes an article file's bytes as UTF-8 (a leading byte-order mark is dropped). A file over 5 MB,
 * or bytes that are not valid UTF-8, give `text: null` and one error; for invalid UTF-8 the error has
 * the line and column of the first bad byte (the column counts characters before it on its line).
 */
export function decodeArticleBytes(bytes: Uint8Array): { text: string | null; problems: Problem[] } {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return {
      text: null,
      problems: [{
        severity: "error", line: 1, column: 1,
        message: `file is ${describeSize(bytes.length)}; an article may be at most 5 MB (${MAX_ARTICLE_BYTES} bytes)`,
      }],
    };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), problems: [] };
  } catch {
    const offset = firstInvalidByte(bytes);
    const invalid = Math.max(0, offset);
    const lineStart = invalid === 0 ? 0 : bytes.lastIndexOf(0x0a, invalid - 1) + 1;
    let line = 1;
    for (let index = 0; index < lineStart; index++) if (bytes[index] === 0x0a) line += 1;
    const before = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, invalid));
    const withoutBom = line === 1 && before.startsWith("\ufeff") ? before.slice(1) : before;
    const byte = (bytes[invalid] ?? 0).toString(16).toUpperCase().padStart(2, "0");
    return {
      text: null,
      problems: [{
        severity: "error", line, column: withoutBom.length + 1,
        message: `invalid UTF-8: byte 0x${byte} (file offset ${invalid}) does not form a valid character; expected the file to be saved as UTF-8`,
      }],
    };
  }
}
