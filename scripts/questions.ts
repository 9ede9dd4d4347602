// Questions CLI: `npm run questions -- <command>`. Reading files and printing live here; generation
// lives in lib/questions. It writes nothing.
//   npm run questions -- <article-file> [--json]           the question bank (readable, or JSON)
//   npm run questions -- sample <article-file> <count> [--seed N] [--json]   a random sample for review
//   npm run questions -- schema                             the JSON Schema of the --json output
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { decodeArticleBytes } from "../lib/content/decode";
import { parseArticle } from "../lib/content/parse-article";
import { formatProblem, hasFormatErrors } from "../lib/content/problems";
import type { Article } from "../lib/content/types";
import { generateQuestionReport } from "../lib/questions/generate";
import { formatPreview, formatQuestion, sampleQuestions } from "../lib/questions/review";
import { questionBankSchema, type QuestionBank } from "../lib/questions/schema";

const EXIT_OK = 0;
const EXIT_FORMAT_ERRORS = 1;
const EXIT_USAGE = 2;

class UsageError extends Error {}

const USAGE = [
  "usage:",
  "  npm run questions -- <article-file> [--json]",
  "  npm run questions -- sample <article-file> <count> [--seed N] [--json]",
  "  npm run questions -- schema",
].join("\n");

type Loaded = { name: string; source: string; article: Article };

/** Reads and parses an article; prints its problems (file:line:col) and returns undefined if it has format errors. */
function loadArticle(file: string): Loaded | undefined {
  const name = path.relative(process.cwd(), file) || file;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : (error as Error).message;
    throw new UsageError(`cannot read ${name}: ${reason}`);
  }
  const decoded = decodeArticleBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const parsed = decoded.text === null ? { article: null, problems: [] } : parseArticle(decoded.text, { fileName: file });
  const problems = [...decoded.problems, ...parsed.problems];
  if (decoded.text === null || parsed.article === null || hasFormatErrors(problems)) {
    for (const problem of problems) console.error(formatProblem(name, problem));
    console.error(`${name}: not generating questions: the article has format errors (see above)`);
    return undefined;
  }
  return { name, source: decoded.text, article: parsed.article };
}

function takeFlag(args: string[], flag: string): boolean {
  const index = args.indexOf(flag);
  if (index < 0) return false;
  args.splice(index, 1);
  return true;
}

function takeOption(args: string[], option: string): string | undefined {
  const index = args.indexOf(option);
  if (index < 0) return undefined;
  const value = args[index + 1];
  if (value === undefined || value.startsWith("--")) throw new UsageError(`${option} needs a value`);
  args.splice(index, 2);
  return value;
}

function rejectUnknownOptions(args: readonly string[]): void {
  const unknown = args.find((argument) => argument.startsWith("-"));
  if (unknown) throw new UsageError(`unknown option ${unknown}`);
}

function bankOf(loaded: Loaded, questions: QuestionBank["questions"]): QuestionBank {
  return questionBankSchema.parse({ article: { slug: loaded.article.slug, title: loaded.article.title }, questions });
}

function runBank(args: string[]): number {
  const json = takeFlag(args, "--json");
  rejectUnknownOptions(args);
  if (args.length !== 1) throw new UsageError(`expected one article file, got ${args.length}`);
  const loaded = loadArticle(args[0]!);
  if (!loaded) return EXIT_FORMAT_ERRORS;
  const report = generateQuestionReport(loaded.article, loaded.source);
  if (json) console.log(JSON.stringify(bankOf(loaded, report.questions), null, 2));
  else console.log(formatPreview(loaded.article.title, report));
  return EXIT_OK;
}

function runSample(args: string[]): number {
  const json = takeFlag(args, "--json");
  const seedText = takeOption(args, "--seed");
  rejectUnknownOptions(args);
  if (args.length !== 2) throw new UsageError(`sample: expected <article-file> <count>, got ${args.length} argument(s)`);
  const [file, countText] = args as [string, string];
  const count = Number(countText);
  if (!Number.isInteger(count) || count < 1) throw new UsageError(`sample: <count> must be a whole number of at least 1, got "${countText}"`);
  const seed = seedText === undefined ? 1 : Number(seedText);
  if (!Number.isInteger(seed)) throw new UsageError(`--seed must be a whole number, got "${seedText}"`);
  const loaded = loadArticle(file);
  if (!loaded) return EXIT_FORMAT_ERRORS;
  const report = generateQuestionReport(loaded.article, loaded.source);
  const sample = sampleQuestions(report.questions, count, seed);
  if (json) {
    console.log(JSON.stringify(bankOf(loaded, sample), null, 2));
    return EXIT_OK;
  }
  console.log(`${loaded.article.title}: ${sample.length} of ${report.questions.length} questions, seed ${seed}`);
  sample.forEach((question, index) => console.log(["", ...formatQuestion(question, index + 1)].join("\n")));
  return EXIT_OK;
}

function runSchema(args: string[]): number {
  if (args.length > 0) throw new UsageError(`schema takes no arguments, got: ${args.join(" ")}`);
  console.log(JSON.stringify(z.toJSONSchema(questionBankSchema, { io: "output", unrepresentable: "any" }), null, 2));
  return EXIT_OK;
}

function main(argv: string[]): number {
  const args = [...argv];
  if (args.length === 0 || args[0] === "help" || args[0] === "--help" || args[0] === "-h") {
    console.log(USAGE);
    return args.length === 0 ? EXIT_USAGE : EXIT_OK;
  }
  const command = args[0];
  if (command === "sample") return runSample(args.slice(1));
  if (command === "schema") return runSchema(args.slice(1));
  return runBank(args);
}

// Piping into `head` closes stdout early; that is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? EXIT_OK);
  throw error;
});

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`questions: ${error.message}\n${USAGE}`);
    process.exitCode = EXIT_USAGE;
  } else {
    throw error;
  }
}
