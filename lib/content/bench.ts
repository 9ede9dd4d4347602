import { parseArticle } from "./parse-article";
import { utf8Length } from "./limits";

export type ParseBenchmark = {
  runs: number;
  bytes: number;
  medianMs: number;
  minMs: number;
  p95Ms: number;
  /** Median time scaled to 100 KB (102,400 bytes) of source. */
  msPer100KB: number;
};

/** Times `parseArticle(source)` over `runs` runs after `warmup` unmeasured runs. The clock is passed in (lib/ reads no clock itself). */
export function benchmarkParse(source: string, options: { runs: number; warmup?: number; now: () => number }): ParseBenchmark {
  const { runs, warmup = Math.min(20, runs), now } = options;
  for (let run = 0; run < warmup; run++) parseArticle(source);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = now();
    parseArticle(source);
    times.push(now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (fraction: number) => times[Math.min(times.length - 1, Math.floor(fraction * times.length))] ?? 0;
  const middle = times.length >> 1;
  const medianMs = times.length % 2 === 1 ? at(0.5) : ((times[middle - 1] ?? 0) + (times[middle] ?? 0)) / 2;
  const bytes = utf8Length(source);
  return { runs, bytes, medianMs, minMs: times[0] ?? 0, p95Ms: at(0.95), msPer100KB: bytes === 0 ? 0 : (medianMs * 102_400) / bytes };
}

/**
 * A larger article for checking that parse time grows linearly: the title, infobox and lead once,
 * then the sections (from the first heading on) repeated until the result reaches `targetBytes`.
 */
export function enlargeArticle(source: string, targetBytes: number): string {
  const firstHeading = source.search(/^==/m);
  if (firstHeading === -1) return source;
  const head = source.slice(0, firstHeading);
  const sections = source.slice(firstHeading).replace(/\n*$/, "\n\n");
  const copies = Math.max(1, Math.floor((targetBytes - utf8Length(head)) / Math.max(1, utf8Length(sections))));
  return head + sections.repeat(copies);
}
