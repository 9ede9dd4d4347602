import { describe, expect, it } from "vitest";
import { benchmarkParse, enlargeArticle } from "./bench";
import { parseArticle } from "./parse-article";

const sample = "= Sample =\n\nSample\n- Key: Value\n\nA lead sentence. Another one.\n\n==Timeline==\n- 2013: An event.\n";

describe("benchmarkParse", () => {
  it("reports the median of the measured runs from the clock it is given", () => {
    const durations = [5, 1, 3, 2, 4]; // each measured run takes the next duration
    let time = 0;
    let calls = 0;
    const now = () => {
      if (calls % 2 === 1) time += durations[(calls - 1) / 2] ?? 0; // every second call ends a run
      calls += 1;
      return time;
    };
    const result = benchmarkParse(sample, { runs: 5, warmup: 0, now });
    expect(result).toMatchObject({ runs: 5, bytes: new TextEncoder().encode(sample).length, medianMs: 3, minMs: 1, p95Ms: 5 });
    expect(result.msPer100KB).toBeCloseTo((3 * 102_400) / result.bytes);
  });
});

describe("enlargeArticle", () => {
  it("repeats the body under one title and still parses without errors", () => {
    const large = enlargeArticle(sample, 10_000);
    expect(large.length).toBeGreaterThan(9_000);
    expect(large.match(/^= Sample =$/gm)).toHaveLength(1);
    const { article, problems } = parseArticle(large);
    expect(problems.filter((problem) => problem.severity === "error")).toEqual([]);
    expect(article?.timeline.length).toBeGreaterThan(50);
  });
});
