import "server-only";
import { z } from "zod";
import { db } from "../db";
import type { UploadProblem } from "./mutations";

export type UploadRecord = { id: string; fileName: string; bytes: number; status: string; createdAt: Date; problems: UploadProblem[]; article: { slug: string; title: string } | null };

const problemsSchema = z.array(z.object({ file: z.string(), severity: z.enum(["error", "notice"]), line: z.number(), column: z.number(), message: z.string() }));

/** The instructor's own recent uploads, newest first. */
export async function listUploads(instructorId: string, take = 20): Promise<UploadRecord[]> {
  const rows = await db.articleUpload.findMany({ where: { uploaderId: instructorId }, orderBy: { createdAt: "desc" }, take, select: { id: true, fileName: true, bytes: true, status: true, createdAt: true, problems: true, articleId: true } });
  const articleIds = rows.flatMap((row) => (row.articleId ? [row.articleId] : []));
  const articles = await db.article.findMany({ where: { id: { in: articleIds }, uploadedById: instructorId }, select: { id: true, slug: true, title: true } });
  const byId = new Map(articles.map((article) => [article.id, { slug: article.slug, title: article.title }]));
  return rows.map((row) => ({ ...row, problems: problemsSchema.parse(JSON.parse(row.problems)), article: row.articleId ? (byId.get(row.articleId) ?? null) : null }));
}
