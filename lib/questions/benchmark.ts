import { parseArticle } from "../content/parse-article";
import { generateQuestions } from "./generate";

// Timing parse + generate. The clock is passed in (lib/ reads no clock itself); scripts/bench-questions.ts
// supplies performance.now and prints the figures.

export type ArticleInput = { source: string; fileName: string };

export type GenerationBenchmark = {
  /** The very first parse + generate in this process (includes JIT warm-up). */
  coldMs: number;
  runs: number;
  minMs: number;
  medianMs: number;
  p95Ms: number;
  questions: number;
};

function parseAndGenerate(input: ArticleInput): number {
  const { article } = parseArticle(input.source, { fileName: input.fileName });
  if (!article) throw new Error(`${input.fileName} does not parse`);
  return generateQuestions(article, input.source).length;
}

/** Parse + generate one article `runs` times after `warmup` unmeasured runs. */
export function benchmarkArticle(input: ArticleInput, options: { runs: number; warmup?: number; now: () => number }): GenerationBenchmark {
  const { runs, warmup = Math.min(10, runs), now } = options;
  const coldStart = now();
  const questions = parseAndGenerate(input);
  const coldMs = now() - coldStart;
  for (let run = 0; run < warmup; run++) parseAndGenerate(input);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = now();
    parseAndGenerate(input);
    times.push(now() - started);
  }
  times.sort((left, right) => left - right);
  const middle = times.length >> 1;
  const medianMs = times.length % 2 === 1 ? times[middle]! : (times[middle - 1]! + times[middle]!) / 2;
  return { coldMs, runs, minMs: times[0]!, medianMs, p95Ms: times[Math.min(times.length - 1, Math.floor(0.95 * times.length))]!, questions };
}

/** Parse + generate every article once, in order; total and per-article time. */
export function benchmarkBatch(inputs: readonly ArticleInput[], now: () => number): { articles: number; totalMs: number; perArticleMs: number; questions: number } {
  let questions = 0;
  const started = now();
  for (const input of inputs) questions += parseAndGenerate(input);
  const totalMs = now() - started;
  return { articles: inputs.length, totalMs, perArticleMs: inputs.length === 0 ? 0 : totalMs / inputs.length, questions };
}

/**
 * A different but similar article: every year in the text moved by `shift` (so dates, distractors
 * and ids all change) and the title marked with the variant number (so the slug changes too).
 */
export function articleVariant(input: ArticleInput, index: number): ArticleInput {
  const shift = (index % 9) + 1;
  const source = input.source.replace(/\b(1[0-9]{3}|20[0-9]{2})\b/g, (year) => String(Number(year) + shift));
  return { source, fileName: input.fileName };
}
