/** The largest article file accepted, in bytes of UTF-8: 5 MB. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** Length of `text` in UTF-8 bytes, stopping early once it passes `limit`. */
export function utf8Length(text: string, limit = Number.POSITIVE_INFINITY): number {
  let bytes = 0;
  for (let index = 0; index < text.length && bytes <= limit; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && index + 1 < text.length) {
      const low = text.charCodeAt(index + 1);
      if (low >= 0xdc00 && low < 0xe000) {
        bytes += 4;
        index += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

export function describeSize(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB (${bytes} bytes)`;
}
