import "server-only";
import type { Article } from "@/lib/content/types";
import { db } from "../db";

export type ArticleSummary = { slug: string; title: string; updatedAt: Date; sentenceCount: number; timelineCount: number };
export type ReaderArticle = { slug: string; title: string; attribution: string; model: Article; updatedAt: Date };

/** The stored model was written by our own parser; this guards against a row from an older shape. */
function isArticleModel(value: unknown): value is Article {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.title === "string" &&
    typeof candidate.slug === "string" &&
    ["infobox", "sections", "sentences", "timeline"].every((key) => Array.isArray(candidate[key]))
  );
}

export function readStoredModel(slug: string, json: string): Article {
  const parsed: unknown = JSON.parse(json);
  if (!isArticleModel(parsed)) throw new Error(`stored model of article "${slug}" is not an article; run npm run content -- sync`);
  return parsed;
}

export async function listArticles(): Promise<ArticleSummary[]> {
  const rows = await db.article.findMany({ orderBy: { title: "asc" }, select: { slug: true, title: true, updatedAt: true, model: true } });
  return rows.map((row) => {
    const model = readStoredModel(row.slug, row.model);
    return { slug: row.slug, title: row.title, updatedAt: row.updatedAt, sentenceCount: model.sentences.length, timelineCount: model.timeline.length };
  });
}

export async function getReaderArticle(slug: string): Promise<ReaderArticle | null> {
  const row = await db.article.findUnique({ where: { slug }, select: { slug: true, title: true, attribution: true, model: true, updatedAt: true } });
  if (!row) return null;
  return { slug: row.slug, title: row.title, attribution: row.attribution, model: readStoredModel(row.slug, row.model), updatedAt: row.updatedAt };
}
