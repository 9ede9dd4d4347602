import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { decodeArticleBytes, MAX_ARTICLE_BYTES } from "@/lib/content/decode";
import { parseArticle } from "@/lib/content/parse-article";
import type { Article, Problem } from "@/lib/content/types";
import { db } from "../db";
import { refreshQuestionBank } from "../questions/bank";

export type ArticleSyncOutcome =
  | { fileName: string; status: "created" | "updated" | "unchanged"; slug: string; questions?: { active: number; retired: number } }
  | { fileName: string; status: "rejected"; problems: Problem[]; keptSlug: string | null };

export type ContentSyncReport = { outcomes: ArticleSyncOutcome[]; lines: string[] };

/** The stored hash covers the attribution too, so a corrected attribution is picked up. */
export function hashContent(source: string, attribution: string): string {
  return crypto.createHash("sha256").update(source, "utf8").update("\0").update(attribution, "utf8").digest("hex");
}

/** `name.txt` may have a sidecar `name.attribution` with the licence and source line. */
export function readAttribution(articlePath: string): string {
  const sidecar = articlePath.replace(/\.txt$/, ".attribution");
  return fs.existsSync(sidecar) ? fs.readFileSync(sidecar, "utf8").trim() : "";
}

export function formatProblem(fileName: string, problem: Problem): string {
  return `${fileName}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`;
}

type ParsedFile = { fileName: string; source: string; attribution: string; article: Article | null; problems: Problem[] };

/** Reads and parses one article file; never throws for a bad file, it reports problems instead. */
export function readArticleFile(filePath: string, fileName = path.basename(filePath)): ParsedFile {
  const bytes = fs.readFileSync(filePath);
  const attribution = readAttribution(filePath);
  if (bytes.byteLength > MAX_ARTICLE_BYTES) {
    return {
      fileName,
      source: "",
      attribution,
      article: null,
      problems: [{ severity: "error", line: 1, column: 1, message: `file is ${bytes.byteLength} bytes; the limit is ${MAX_ARTICLE_BYTES}` }],
    };
  }
  const decoded = decodeArticleBytes(new Uint8Array(bytes));
  if (decoded.text === null) return { fileName, source: "", attribution, article: null, problems: decoded.problems };
  const parsed = parseArticle(decoded.text, { fileName });
  return { fileName, source: decoded.text, attribution, article: parsed.article, problems: [...decoded.problems, ...parsed.problems] };
}

/**
 * Stores one parsed article by slug with its content hash. An unchanged article is left alone; an
 * article with format errors is not stored, so the last good version keeps being served.
 */
export async function storeArticle(parsed: ParsedFile, options: { uploadedById?: string } = {}): Promise<ArticleSyncOutcome> {
  const { fileName, article, source } = parsed;
  if (article === null || parsed.problems.some((problem) => problem.severity === "error")) {
    const slugGuess = article?.slug ?? null;
    const kept = slugGuess ? await db.article.findUnique({ where: { slug: slugGuess }, select: { slug: true } }) : null;
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
    for (const problem of parsed.problems) lines.push(formatProblem(parsed.fileName, problem));
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
