import "server-only";
import type { Article } from "@/lib/content/types";
import { readStoredModel } from "../content/data";
import { db } from "../db";

// Which articles an instructor can teach from: every shared article (loaded from content/) and the
// ones they uploaded themselves. Another instructor's upload is "not found" to them.

export type TeachableArticle = { id: string; slug: string; title: string; attribution: string; uploadedById: string | null; model: Article };

const teachableBy = (instructorId: string) => ({ OR: [{ uploadedById: null }, { uploadedById: instructorId }] });

export async function listTeachableArticles(instructorId: string): Promise<{ id: string; slug: string; title: string; uploaded: boolean }[]> {
  const rows = await db.article.findMany({ where: teachableBy(instructorId), orderBy: { title: "asc" }, select: { id: true, slug: true, title: true, uploadedById: true } });
  return rows.map((row) => ({ id: row.id, slug: row.slug, title: row.title, uploaded: row.uploadedById !== null }));
}

export async function findTeachableArticle(instructorId: string, slug: string): Promise<TeachableArticle | null> {
  const row = await db.article.findFirst({
    where: { slug, ...teachableBy(instructorId) },
    select: { id: true, slug: true, title: true, attribution: true, uploadedById: true, model: true },
  });
  return row ? { ...row, model: readStoredModel(row.slug, row.model) } : null;
}
