import "server-only";
import crypto from "node:crypto";
import { applyQuestionEdit, buildWrittenQuestion } from "@/lib/teach/question-edit";
import type { QuestionEditInput, WrittenQuestionInput } from "@/lib/teach/schema";
import { findTeachableArticle } from "../classes/articles";
import { notFound, TeachError } from "../classes/errors";
import { db } from "../db";
import { findQuestion } from "../study/data";
import { findBankQuestion } from "./data";

// Edits are stored per instructor and question id, never written into the Question row, so the
// generated bank can be rebuilt by a content sync without losing them.

/** The data of an override row of a generated question that is retired but not edited. */
const NO_EDIT = "{}";

async function articleFor(instructorId: string, articleSlug: string) {
  const article = await findTeachableArticle(instructorId, articleSlug);
  if (!article) throw notFound("Article");
  return article;
}

/** Saves an edit of a generated question's prompt (and choices/answer where the kind has them). */
export async function saveQuestionEdit(instructorId: string, articleSlug: string, input: QuestionEditInput): Promise<void> {
  const article = await articleFor(instructorId, articleSlug);
  // The edit is checked against the question as generated: an edit replaces the last one, it does not stack.
  const generated = await findQuestion(input.questionId);
  if (!generated || generated.articleId !== article.id) throw notFound("Question");
  const base = generated.question;
  const edit = { prompt: input.prompt, ...(input.choices && input.choices.length > 0 ? { choices: input.choices } : {}), ...(input.answer ? { answer: input.answer } : {}) };
  const outcome = applyQuestionEdit(base, edit);
  if (!outcome.ok) throw new TeachError("invalid", Object.values(outcome.errors).flat()[0] ?? "The edit does not fit this question", outcome.errors);
  await db.questionOverride.upsert({
    where: { ownerId_questionId: { ownerId: instructorId, questionId: input.questionId } },
    create: { ownerId: instructorId, articleId: article.id, questionId: input.questionId, data: JSON.stringify(edit) },
    update: { data: JSON.stringify(edit) },
  });
}

/** Retires (or restores) a question for this instructor's assignments. Attempts already started keep their copy. */
export async function setQuestionRetired(instructorId: string, articleSlug: string, questionId: string, retired: boolean, now: Date): Promise<void> {
  const article = await articleFor(instructorId, articleSlug);
  const entry = await findBankQuestion(instructorId, article.id, questionId);
  if (!entry) throw notFound("Question");
  const retiredAt = retired ? now : null;
  if (entry.origin === "written") {
    await db.questionOverride.updateMany({ where: { ownerId: instructorId, questionId }, data: { retiredAt } });
    return;
  }
  await db.questionOverride.upsert({
    where: { ownerId_questionId: { ownerId: instructorId, questionId } },
    // No edit (`{}`): retiring is not editing, and a later content sync's wording still shows.
    create: { ownerId: instructorId, articleId: article.id, questionId, data: NO_EDIT, retiredAt },
    update: { retiredAt },
  });
}

/** Drops the instructor's edit of a generated question, back to the generated text; a retired question stays retired. */
export async function revertQuestionEdit(instructorId: string, articleSlug: string, questionId: string): Promise<void> {
  const article = await articleFor(instructorId, articleSlug);
  const generated = await db.question.findFirst({ where: { id: questionId, articleId: article.id }, select: { id: true } });
  if (!generated) throw notFound("Question");
  await db.$transaction([
    db.questionOverride.updateMany({ where: { ownerId: instructorId, questionId, written: false, retiredAt: { not: null } }, data: { data: NO_EDIT } }),
    db.questionOverride.deleteMany({ where: { ownerId: instructorId, questionId, written: false, retiredAt: null } }),
  ]);
}

export function newWrittenQuestionId(): string {
  // q_ + 16 base-36 digits: the question schema's id shape, from randomness (generated ids are hashes).
  const value = BigInt(`0x${crypto.randomBytes(10).toString("hex")}`);
  return `q_${value.toString(36).padStart(16, "0").slice(-16)}`;
}

export async function writeQuestion(instructorId: string, input: WrittenQuestionInput): Promise<string> {
  const article = await articleFor(instructorId, input.articleSlug);
  const id = newWrittenQuestionId();
  const outcome = buildWrittenQuestion(input, article.model, id);
  if (!outcome.ok) throw new TeachError("invalid", Object.values(outcome.errors).flat()[0] ?? "The question is not valid", outcome.errors);
  await db.questionOverride.create({
    data: { ownerId: instructorId, articleId: article.id, questionId: id, written: true, data: JSON.stringify(outcome.question) },
  });
  return id;
}
