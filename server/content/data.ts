import "server-only";
import { articleSchema } from "@/lib/content/article-schema";
import type { Article } from "@/lib/content/types";
import { db } from "../db";

export type ArticleSummary = { slug: string; title: string; updatedAt: Date; sentenceCount: number; timelineCount: number };
export type ReaderArticle = { slug: string; title: string; attribution: string; model: Article; updatedAt: Date };

/** Reads a stored model back through the article schema, so a row of an older shape fails loudly. */
export function readStoredModel(slug: string, json: string): Article {
  const parsed = articleSchema.safeParse(JSON.parse(json));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`stored model of article "${slug}" does not match the article schema at ${issue?.path.join(".") ?? "?"}: ${issue?.message ?? ""}; run npm run content -- sync`);
  }
  return parsed.data;
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
