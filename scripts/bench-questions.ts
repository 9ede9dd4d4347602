// Question-generation benchmark: `npx tsx scripts/bench-questions.ts [--runs N]`.
// Prints parse + generate times for the first article (cold, then the median of N warm runs) and
// for 100 articles: the content and fixture articles cycled, and 100 variants of them (years shifted,
// so every variant has different dates and question ids). The target is well under 100 ms per article.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { articleVariant, benchmarkArticle, benchmarkBatch, type ArticleInput } from "../lib/questions/benchmark";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const FIRST_ARTICLE = path.join(root, "content", "al-qaeda-in-the-islamic-maghreb.txt");

function readArticles(): ArticleInput[] {
  const folders = [path.join(root, "content"), path.join(root, "tests", "fixtures", "content")];
  return folders.flatMap((folder) =>
    fs
      .readdirSync(folder)
      .filter((name) => name.endsWith(".txt"))
      .sort()
      .map((name) => ({ fileName: path.join(folder, name), source: fs.readFileSync(path.join(folder, name), "utf8") })),
  );
}

export type GenerationFigures = {
  firstArticleColdMs: number;
  firstArticleMs: number;
  firstArticleMinMs: number;
  firstArticleP95Ms: number;
  hundredArticlesMs: number;
  hundredVariantsMs: number;
  perArticleMs: number;
};

/** The figures `npm run bench` reports for generation; `root` is the repository root. */
export function measureGeneration(repositoryRoot = root, runs = 50): GenerationFigures {
  const now = () => performance.now();
  const first = { fileName: path.join(repositoryRoot, "content", path.basename(FIRST_ARTICLE)), source: fs.readFileSync(path.join(repositoryRoot, "content", path.basename(FIRST_ARTICLE)), "utf8") };
  const single = benchmarkArticle(first, { runs, now });
  const articles = readArticles();
  const cycled = Array.from({ length: 100 }, (_, index) => articles[index % articles.length]!);
  const variants = cycled.map((input, index) => articleVariant(input, index));
  const hundred = benchmarkBatch(cycled, now);
  const hundredVariants = benchmarkBatch(variants, now);
  return {
    firstArticleColdMs: single.coldMs,
    firstArticleMs: single.medianMs,
    firstArticleMinMs: single.minMs,
    firstArticleP95Ms: single.p95Ms,
    hundredArticlesMs: hundred.totalMs,
    hundredVariantsMs: hundredVariants.totalMs,
    perArticleMs: hundredVariants.perArticleMs,
  };
}

function main(argv: string[]): void {
  const runsIndex = argv.indexOf("--runs");
  const runs = runsIndex >= 0 ? Number(argv[runsIndex + 1]) : 50;
  if (!Number.isInteger(runs) || runs < 1) {
    console.error("usage: npx tsx scripts/bench-questions.ts [--runs N]  (N: a positive integer)");
    process.exit(2);
  }
  const figures = measureGeneration(root, runs);
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  // Other work on the machine inflates medians; the minimum is the best estimate of the unloaded cost.
  console.log(`machine: ${os.cpus().length} CPUs, load average ${os.loadavg().map((load) => load.toFixed(1)).join(" / ")}`);
  console.log(`first article, parse + generate: cold ${ms(figures.firstArticleColdMs)}; warm median ${ms(figures.firstArticleMs)}, min ${ms(figures.firstArticleMinMs)}, p95 ${ms(figures.firstArticleP95Ms)} (${runs} runs)`);
  console.log(`100 articles (the ${readArticles().length} articles cycled): ${ms(figures.hundredArticlesMs)} total`);
  console.log(`100 article variants (years shifted): ${ms(figures.hundredVariantsMs)} total, ${ms(figures.perArticleMs)} per article`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
