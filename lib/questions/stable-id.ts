/**
 * A 64-bit hash of the parts, as "q_" + 13 base-36 digits. Pure and synchronous so that ids can be
 * computed anywhere lib/ runs; not cryptographic (ids only need to be stable and rarely collide).
 */
export function stableQuestionId(parts: readonly string[]): string {
  const text = parts.join("\u241f");
  let high = 0xdeadbeef;
  let low = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    high = Math.imul(high ^ code, 2654435761);
    low = Math.imul(low ^ code, 1597334677);
  }
  high = Math.imul(high ^ (high >>> 16), 2246822507) ^ Math.imul(low ^ (low >>> 13), 3266489909);
  low = Math.imul(low ^ (low >>> 16), 2246822507) ^ Math.imul(high ^ (high >>> 13), 3266489909);
  const value = (BigInt(high >>> 0) << 32n) | BigInt(low >>> 0);
  return `q_${value.toString(36).padStart(13, "0")}`;
}
