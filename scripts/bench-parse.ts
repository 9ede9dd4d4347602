// Parse-time benchmark: `npx tsx scripts/bench-parse.ts [file...] [--runs N]`.
// Default: every content/*.txt, plus the first one enlarged to 1 MB and to just under the 5 MB limit
// (to show that time grows linearly with size).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { benchmarkParse, enlargeArticle, type ParseBenchmark } from "../lib/content/bench";
import { MAX_ARTICLE_BYTES } from "../lib/content/limits";

const contentFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "content");

function parseArguments(argv: string[]): { files: string[]; runs: number } {
  const files: string[] = [];
  let runs = 500;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? "";
    if (argument === "--runs") {
      runs = Number(argv[++index]);
      if (!Number.isInteger(runs) || runs < 1) {
        console.error("usage: tsx scripts/bench-parse.ts [file...] [--runs N]  (N: a positive integer)");
        process.exit(2);
      }
    } else files.push(argument);
  }
  if (files.length === 0) {
    files.push(...fs.readdirSync(contentFolder).filter((name) => name.endsWith(".txt")).sort().map((name) => path.join(contentFolder, name)));
  }
  return { files, runs };
}

function describe(label: string, result: ParseBenchmark): string {
  const kb = (result.bytes / 1024).toFixed(1);
  return `${label}: ${kb} KB, ${result.runs} runs: median ${result.medianMs.toFixed(3)} ms, min ${result.minMs.toFixed(3)} ms, p95 ${result.p95Ms.toFixed(3)} ms, ${result.msPer100KB.toFixed(3)} ms per 100 KB`;
}

const { files, runs } = parseArguments(process.argv.slice(2));
const now = () => performance.now();
for (const file of files) {
  const source = fs.readFileSync(file, "utf8");
  console.log(describe(path.relative(process.cwd(), file), benchmarkParse(source, { runs, now })));
}
const first = files[0];
if (first) {
  const source = fs.readFileSync(first, "utf8");
  const name = path.basename(first);
  console.log(describe(`${name} enlarged to ~1 MB`, benchmarkParse(enlargeArticle(source, 1024 * 1024), { runs: 20, warmup: 3, now })));
  console.log(describe(`${name} enlarged to ~5 MB`, benchmarkParse(enlargeArticle(source, MAX_ARTICLE_BYTES - 64 * 1024), { runs: 5, warmup: 1, now })));
}
