import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { readAttribution } from "@/lib/content/attribution";
import { decodeArticleBytes } from "@/lib/content/decode";
import { parseArticle } from "@/lib/content/parse-article";
import { formatProblem, hasFormatErrors } from "@/lib/content/problems";
import type { Article, Problem } from "@/lib/content/types";
import { QUESTION_GENERATOR_VERSION } from "@/lib/questions/generator-version";
import { db } from "../db";
import { refreshQuestionBank } from "../questions/bank";

export type ArticleSyncOutcome =
  | { fileName: string; status: "created" | "updated" | "unchanged"; slug: string; questions?: { active: number; retired: number } }
  | { fileName: string; status: "rejected"; problems: FileProblem[]; keptSlug: string | null };

export type ContentSyncReport = { outcomes: ArticleSyncOutcome[]; lines: string[] };

/**
 * The stored hash covers the attribution too, so a corrected attribution is picked up, and the
 * question generator's version, so a new version regenerates the banks of unchanged articles.
 */
export function hashContent(source: string, attribution: string): string {
  return crypto
    .createHash("sha256")
    .update(source, "utf8")
    .update("\0")
    .update(attribution, "utf8")
    .update(`\0generator ${QUESTION_GENERATOR_VERSION}`)
    .digest("hex");
}

/**
 * `name.txt` may have a sidecar `name.attribution` (content/README.md): its problems are reported
 * against the sidecar's own name; a missing sidecar is a notice, since the reader then has no
 * attribution to show.
 */
function readAttributionSidecar(articlePath: string, fileName: string): { attribution: string; problems: ParsedFile["problems"] } {
  const sidecar = articlePath.replace(/\.txt$/, ".attribution");
  const sidecarName = fileName.replace(/\.txt$/, ".attribution");
  if (!fs.existsSync(sidecar)) {
    return { attribution: "", problems: [{ file: fileName, severity: "notice", line: 1, column: 1, message: `no attribution: add ${path.basename(sidecarName)} naming the source and its licence` }] };
  }
  const result = readAttribution(fs.readFileSync(sidecar, "utf8"));
  return { attribution: result.attribution ?? "", problems: result.problems.map((problem) => ({ ...problem, file: sidecarName })) };
}

/** A problem with the file it belongs to (the article or its attribution sidecar). */
type FileProblem = Problem & { file: string };
type ParsedFile = { fileName: string; source: string; attribution: string; article: Article | null; problems: FileProblem[] };

/** Reads and parses one article file; never throws for a bad file, it reports problems instead. */
export function readArticleFile(filePath: string, fileName = path.basename(filePath)): ParsedFile {
  const sidecar = readAttributionSidecar(filePath, fileName);
  const decoded = decodeArticleBytes(new Uint8Array(fs.readFileSync(filePath)));
  const inFile = (problems: readonly Problem[]) => problems.map((problem) => ({ ...problem, file: fileName }));
  if (decoded.text === null) {
    return { fileName, source: "", attribution: sidecar.attribution, article: null, problems: [...inFile(decoded.problems), ...sidecar.problems] };
  }
  const parsed = parseArticle(decoded.text, { fileName });
  return {
    fileName,
    source: decoded.text,
    attribution: sidecar.attribution,
    article: parsed.article,
    problems: [...inFile(decoded.problems), ...inFile(parsed.problems), ...sidecar.problems],
  };
}

/**
 * Stores one parsed article by slug with its content hash. An unchanged article is left alone; an
 * article with format errors is not stored, so the last good version keeps being served.
 */
export async function storeArticle(parsed: ParsedFile, options: { uploadedById?: string } = {}): Promise<ArticleSyncOutcome> {
  const { fileName, article, source } = parsed;
  if (article === null || hasFormatErrors(parsed.problems)) {
    // A file with format errors has no model, so the version still served is found by its file name.
    const kept = await db.article.findFirst({ where: { fileName }, select: { slug: true } });
    return { fileName, status: "rejected", problems: parsed.problems, keptSlug: kept?.slug ?? null };
  }
  const contentHash = hashContent(source, parsed.attribution);
  const existing = await db.article.findUnique({ where: { slug: article.slug }, select: { id: true, contentHash: true } });
  if (existing && existing.contentHash === contentHash) {
    return { fileName, status: "unchanged", slug: article.slug };
  }
  const model = JSON.stringify({ ...article, contentHash });
  const stored = await db.article.upsert({
    where: { slug: article.slug },
    create: {
      slug: article.slug,
      title: article.title,
      contentHash,
      sourceText: source,
      model,
      fileName,
      attribution: parsed.attribution,
      uploadedById: options.uploadedById ?? null,
    },
    update: { title: article.title, contentHash, sourceText: source, model, fileName, attribution: parsed.attribution },
  });
  const questions = await refreshQuestionBank(stored.id, article, source);
  return { fileName, status: existing ? "updated" : "created", slug: article.slug, questions };
}

/** Syncs every `*.txt` article in a folder into the database. */
export async function syncContentFolder(folder: string): Promise<ContentSyncReport> {
  const files = fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => name.endsWith(".txt")).sort() : [];
  const outcomes: ArticleSyncOutcome[] = [];
  const lines: string[] = [];
  for (const fileName of files) {
    const parsed = readArticleFile(path.join(folder, fileName), `content/${fileName}`);
    const outcome = await storeArticle(parsed);
    outcomes.push(outcome);
    for (const problem of parsed.problems) lines.push(formatProblem(problem.file, problem));
    if (outcome.status === "rejected") {
      lines.push(
        `content/${fileName}: not loaded (format errors)` + (outcome.keptSlug ? `; still serving the last good version of ${outcome.keptSlug}` : ""),
      );
    } else if (outcome.status !== "unchanged") {
      const bank = outcome.questions ? ` (${outcome.questions.active} questions, ${outcome.questions.retired} retired)` : "";
      lines.push(`content/${fileName}: ${outcome.status} ${outcome.slug}${bank}`);
    }
  }
  if (files.length === 0) lines.push(`no articles found in ${folder}`);
  return { outcomes, lines };
}
