import "server-only";
import { generateQuestions } from "@/lib/questions/generate";
import type { Article } from "@/lib/content/types";
import { db } from "../db";

export type BankRefresh = { active: number; retired: number };

/**
 * Regenerates an article's question bank and stores it. Question ids are stable while their source
 * text is unchanged, so learners' history stays attached; a question whose source disappeared is
 * retired (never deleted), and one whose source comes back is restored.
 */
export async function refreshQuestionBank(articleId: string, article: Article, source: string): Promise<BankRefresh> {
  const questions = generateQuestions(article, source);
  const freshIds = new Set(questions.map((question) => question.id));
  const stored = await db.question.findMany({ where: { articleId }, select: { id: true, retiredAt: true } });
  const storedIds = new Set(stored.map((row) => row.id));
  const now = new Date();

  await db.$transaction(async (tx) => {
    for (const question of questions) {
      const data = JSON.stringify(question);
      if (storedIds.has(question.id)) {
        await tx.question.update({ where: { id: question.id }, data: { data, kind: question.kind, retiredAt: null } });
      } else {
        await tx.question.create({ data: { id: question.id, articleId, kind: question.kind, data } });
      }
    }
    const toRetire = stored.filter((row) => !freshIds.has(row.id) && row.retiredAt === null).map((row) => row.id);
    if (toRetire.length > 0) {
      await tx.question.updateMany({ where: { id: { in: toRetire } }, data: { retiredAt: now } });
    }
  });
  const retired = await db.question.count({ where: { articleId, retiredAt: { not: null } } });
  return { active: questions.length, retired };
}
