import crypto from "node:crypto";

// UUID version 7 (RFC 9562): a 48-bit Unix time in milliseconds, then a 12-bit counter, then 62
// random bits. Ids made later sort later (as text too), so rows keyed by them are appended at the
// right edge of their index instead of landing on a random page: fewer pages change per write.
// The counter keeps ids made within one millisecond (or while the clock steps back) in order.

let lastMs = -1;
let counter = 0;

export function uuidV7(nowMs: number = Date.now()): string {
  let ms = Math.max(Math.floor(nowMs), 0);
  if (ms <= lastMs) {
    counter += 1;
    if (counter > 0xfff) {
      // 4,096 ids in one millisecond: borrow the next millisecond rather than repeat.
      lastMs += 1;
      counter = 0;
    }
    ms = lastMs;
  } else {
    lastMs = ms;
    counter = 0;
  }
  // The random bits come from randomUUID (a version 4 UUID), which draws on Node's cached entropy
  // and is several times cheaper than randomBytes: keep its random parts, set the time, version
  // and counter.
  const random = crypto.randomUUID();
  const time = ms.toString(16).padStart(12, "0").slice(-12);
  const versionAndCounter = (0x7000 | counter).toString(16);
  return `${time.slice(0, 8)}-${time.slice(8)}-${versionAndCounter}-${random.slice(19)}`;
}

/** The millisecond timestamp in a version 7 UUID. */
export function uuidV7Time(id: string): number {
  return Number.parseInt(id.replace(/-/g, "").slice(0, 12), 16);
}
