// Parse + question generation timings for `npm run bench` (also runnable alone:
// `npx tsx scripts/bench-generation.ts`). 100 articles = the content and fixture articles, each
// copied under a new title until there are 100, so the cost per article can be checked for linearity.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArticle } from "../lib/content/parse-article";
import { generateQuestions } from "../lib/questions/generate";

export type GenerationFigures = { firstArticleMs: number; hundredArticlesMs: number; perArticleMs: number; questionsFirstArticle: number; questionsHundred: number };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function parseAndGenerate(source: string, fileName: string): number {
  const { article } = parseArticle(source, { fileName });
  if (!article) throw new Error(`${fileName} has format errors; run npm run content -- check ${fileName}`);
  return generateQuestions(article, source).length;
}

const round = (value: number) => Math.round(value * 100) / 100;

export function measureGeneration(root: string, runs = 30): GenerationFigures {
  const contentDir = path.join(root, "content");
  const fixtureDir = path.join(root, "tests/fixtures/content");
  const firstFile = fs.readdirSync(contentDir).filter((name) => name.endsWith(".txt")).sort()[0];
  if (!firstFile) throw new Error("no article in content/");
  const first = fs.readFileSync(path.join(contentDir, firstFile), "utf8");
  const sources = [first, ...fs.readdirSync(fixtureDir).filter((name) => name.endsWith(".txt")).map((name) => fs.readFileSync(path.join(fixtureDir, name), "utf8"))];

  let questionsFirstArticle = 0;
  for (let warmup = 0; warmup < 5; warmup++) questionsFirstArticle = parseAndGenerate(first, firstFile);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    parseAndGenerate(first, firstFile);
    times.push(performance.now() - started);
  }

  const hundred = Array.from({ length: 100 }, (_, index) => {
    const base = sources[index % sources.length] ?? first;
    const title = /^= (.+) =$/m.exec(base)?.[1] ?? "Article";
    // A different title per copy gives a different slug and ids, as 100 distinct articles would have.
    return base.replace(`= ${title} =`, `= ${title} ${index} =`).replace(new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "m"), `${title} ${index}`);
  });
  let questionsHundred = 0;
  const started = performance.now();
  hundred.forEach((source, index) => (questionsHundred += parseAndGenerate(source, `copy-${index}.txt`)));
  const hundredArticlesMs = performance.now() - started;

  return {
    firstArticleMs: round(median(times)),
    hundredArticlesMs: round(hundredArticlesMs),
    perArticleMs: round(hundredArticlesMs / 100),
    questionsFirstArticle,
    questionsHundred,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  console.log(measureGeneration(root));
}
