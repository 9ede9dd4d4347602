// Content CLI: `npm run content -- <command>`. File reading and printing live here; parsing lives in lib/content.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readAttribution } from "../lib/content/attribution";
import { decodeArticleBytes } from "../lib/content/decode";
import { parseArticle } from "../lib/content/parse-article";
import { formatProblem, hasFormatErrors } from "../lib/content/problems";
import type { Article, Problem, Section } from "../lib/content/types";

const EXIT_OK = 0;
const EXIT_FORMAT_ERRORS = 1;
const EXIT_USAGE = 2;

const contentFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "content");

class UsageError extends Error {}

type Command = { usage: string; summary: string; run: (args: string[]) => number | Promise<number> };

/** Every command, in the order `help` lists them. */
const commands: Record<string, Command> = {
  show: {
    usage: "show <file> [--json]",
    summary: "print one article's model: a readable summary, or with --json the whole model as JSON",
    run: runShow,
  },
  check: {
    usage: "check [files...]",
    summary: "check articles (default: every content/*.txt); exit 1 if any has a format error",
    run: runCheck,
  },
  sync: {
    usage: "sync",
    summary: "store new and changed content/*.txt articles and their question banks in the database (DATABASE_URL)",
    run: runSync,
  },
};

/** Database work stays in server/; it is loaded only for this command so `show`/`check` need no database. */
async function runSync(args: string[]): Promise<number> {
  if (args.length > 0) throw new UsageError(`sync takes no arguments, got: ${args.join(" ")}`);
  const { resolveDatabaseTarget } = await import("../lib/config/database-url");
  const { applyMigrations } = await import("../prisma/schema-engine");
  const { prepareSqliteFile } = await import("../prisma/sqlite-file");
  const { syncContentFolder } = await import("../server/content/sync");
  const target = resolveDatabaseTarget(process.env.DATABASE_URL);
  if (target.provider === "sqlite") prepareSqliteFile(target.filePath);
  await applyMigrations(target);
  const report = await syncContentFolder(contentFolder);
  for (const line of report.lines) console.log(line);
  const counts = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
  for (const outcome of report.outcomes) counts[outcome.status] += 1;
  console.log(`${report.outcomes.length} article(s): ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.rejected} rejected`);
  return counts.rejected > 0 ? EXIT_FORMAT_ERRORS : EXIT_OK;
}

function usage(): string {
  const width = Math.max(...Object.values(commands).map((command) => command.usage.length));
  const lines = Object.values(commands).map((command) => `  ${command.usage.padEnd(width)}  ${command.summary}`);
  return ["usage: npm run content -- <command>", "", "commands:", ...lines].join("\n");
}

/** Display path: relative to the working directory when that is shorter. */
function displayName(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") ? relative : file;
}

type LoadedFile = { name: string; article: Article | null; problems: Problem[] };

function loadArticle(file: string): LoadedFile {
  const name = displayName(file);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : String((error as Error).message);
    throw new UsageError(`cannot read ${name}: ${reason}`);
  }
  const decoded = decodeArticleBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (decoded.text === null) return { name, article: null, problems: decoded.problems };
  const parsed = parseArticle(decoded.text, { fileName: file });
  const problems = [...decoded.problems, ...parsed.problems];
  return { name, article: parsed.article, problems };
}

/** Problems of the optional `<name>.attribution` sidecar, reported against that file. */
function checkAttributionSidecar(file: string): string[] {
  const sidecar = file.replace(/\.txt$/, ".attribution");
  if (sidecar === file || !fs.existsSync(sidecar)) return [];
  const { problems } = readAttribution(fs.readFileSync(sidecar, "utf8"));
  return problems.map((problem) => formatProblem(displayName(sidecar), problem));
}

function counts(article: Article): string {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
  return [
    plural(article.infobox.length, "infobox field"),
    plural(article.sections.length, "section"),
    plural(article.sentences.length, "sentence"),
    plural(article.timeline.length, "timeline event"),
  ].join(", ");
}

function runCheck(args: string[]): number {
  const option = args.find((argument) => argument.startsWith("-"));
  if (option) throw new UsageError(`check: unknown option ${option}`);
  const files =
    args.length > 0
      ? args
      : fs.existsSync(contentFolder)
        ? fs.readdirSync(contentFolder).filter((name) => name.endsWith(".txt")).sort().map((name) => path.join(contentFolder, name))
        : [];
  if (files.length === 0) throw new UsageError(`check: no files given and no *.txt files in ${displayName(contentFolder)}`);

  let errors = 0;
  let notices = 0;
  for (const file of files) {
    const loaded = loadArticle(file);
    const attributionProblems = checkAttributionSidecar(file);
    const fileErrors = loaded.problems.filter((problem) => problem.severity === "error").length + attributionProblems.length;
    errors += fileErrors;
    notices += loaded.problems.length - loaded.problems.filter((problem) => problem.severity === "error").length;
    console.log(
      loaded.article
        ? `${loaded.name}: ${loaded.article.title}: ${counts(loaded.article)}`
        : `${loaded.name}: not valid (${fileErrors} format error${fileErrors === 1 ? "" : "s"})`,
    );
    for (const problem of loaded.problems) console.log(formatProblem(loaded.name, problem));
    for (const line of attributionProblems) console.log(line);
  }
  console.log(`checked ${files.length} file${files.length === 1 ? "" : "s"}: ${errors} error${errors === 1 ? "" : "s"}, ${notices} notice${notices === 1 ? "" : "s"}`);
  return errors > 0 ? EXIT_FORMAT_ERRORS : EXIT_OK;
}

function runShow(args: string[]): number {
  const json = args.includes("--json");
  const rest = args.filter((argument) => argument !== "--json");
  const option = rest.find((argument) => argument.startsWith("-"));
  if (option) throw new UsageError(`show: unknown option ${option}`);
  if (rest.length !== 1) throw new UsageError(`show: expected exactly one file, got ${rest.length}`);
  const loaded = loadArticle(rest[0] as string);
  if (!loaded.article || hasFormatErrors(loaded.problems)) {
    for (const problem of loaded.problems) console.error(formatProblem(loaded.name, problem));
    return EXIT_FORMAT_ERRORS;
  }
  const article = loaded.article;
  if (json) {
    const { title, slug, infobox, sections, sentences, timeline, contentHash } = article;
    console.log(JSON.stringify({ title, slug, infobox, sections, sentences, timeline, contentHash }, null, 2));
    for (const problem of loaded.problems) console.error(formatProblem(loaded.name, problem));
    return EXIT_OK;
  }
  console.log(summarise(article).join("\n"));
  for (const problem of loaded.problems) console.log(formatProblem(loaded.name, problem));
  return EXIT_OK;
}

function summarise(article: Article): string[] {
  const lines = [`${article.title} (${article.slug})`, counts(article), `sha256 ${article.contentHash ?? "-"}`, "", "Infobox"];
  for (const field of article.infobox) {
    lines.push(`  ${field.key}`);
    for (const value of field.values) {
      const period = value.period ? `  [${value.period.from}–${value.period.to ?? "present"}]` : "";
      const damaged = value.damaged ? `  (damaged: ${value.damaged})` : "";
      lines.push(`    ${"  ".repeat(value.depth)}- ${value.text}${period}${damaged}`);
    }
  }
  lines.push("", "Sections");
  const sentencesPerSection = new Map<string, number>();
  for (const sentence of article.sentences) sentencesPerSection.set(sentence.sectionId, (sentencesPerSection.get(sentence.sectionId) ?? 0) + 1);
  for (const section of article.sections) {
    lines.push(`  ${"  ".repeat(section.level - 1)}${describeSection(section)}  (${sentencesPerSection.get(section.id) ?? 0} sentences)`);
  }
  const damaged = article.sentences.filter((sentence) => sentence.damaged);
  if (damaged.length > 0) {
    lines.push("", "Damaged sentences");
    for (const sentence of damaged) lines.push(`  #${sentence.id}: ${sentence.text}  (${sentence.damaged})`);
  }
  if (article.timeline.length > 0) {
    lines.push("", "Timeline");
    for (const event of article.timeline) {
      const body = event.body.length > 90 ? `${event.body.slice(0, 87)}...` : event.body;
      lines.push(`  ${event.dateText.padEnd(22)} ${body}`);
    }
  }
  return lines;
}

function describeSection(section: Section): string {
  return section.level === 1 ? `${section.title} (lead) #${section.id}` : `${section.title} #${section.id}`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    (name === undefined ? console.error : console.log)(usage());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = commands[name];
  if (!command) {
    console.error(`unknown command "${name}"\n\n${usage()}`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(args);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${usage()}`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

// `npm run content -- show x.txt --json | head` closes the pipe early; that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? EXIT_OK);
});

process.exitCode = await main(process.argv.slice(2));
