import "server-only";
import { questionSchema, type Question } from "@/lib/questions/schema";
import { isQuizzable } from "@/lib/study/draw-quiz";
import { applyStoredEdit, type QuestionEdit } from "@/lib/teach/question-edit";
import { z } from "zod";
import { db } from "../db";
import { activeQuestions } from "../study/data";

// An instructor's view of an article's questions: the generated bank with their edits applied when
// read (so edits survive a re-sync), minus the ones they retired, plus the ones they wrote.

const editSchema = z.object({ prompt: z.string().min(1), choices: z.array(z.string()).optional(), answer: z.string().optional() });

export type BankQuestion = {
  question: Question;
  origin: "generated" | "edited" | "written";
  retired: boolean;
  /** Whether it can be asked in a quiz (flashcards and self-revealing gaps cannot). */
  quizzable: boolean;
};

type OverrideRow = { questionId: string; written: boolean; data: string; retiredAt: Date | null };

/** The edit a row holds, or null: a row of a question only retired holds no edit (`{}`). */
function readEdit(row: OverrideRow): QuestionEdit | null {
  const data: unknown = JSON.parse(row.data);
  if (typeof data === "object" && data !== null && Object.keys(data).length === 0) return null;
  const parsed = editSchema.safeParse(data);
  if (!parsed.success) {
    console.error(`[question-edits] edit of ${row.questionId} does not fit the edit schema: ${parsed.error.message}`);
    return null;
  }
  return parsed.data as QuestionEdit;
}

function readWritten(row: OverrideRow): Question | null {
  const parsed = questionSchema.safeParse(JSON.parse(row.data));
  if (!parsed.success) {
    console.error(`[question-edits] written question ${row.questionId} does not fit the question schema: ${parsed.error.message}`);
    return null;
  }
  return parsed.data;
}

/** Every question of the article as `instructorId` sees it, retired ones included and marked. */
export async function instructorQuestionBank(instructorId: string, articleId: string): Promise<BankQuestion[]> {
  const [generated, overrides] = await Promise.all([
    activeQuestions(articleId),
    db.questionOverride.findMany({ where: { ownerId: instructorId, articleId }, orderBy: { createdAt: "asc" }, select: { questionId: true, written: true, data: true, retiredAt: true } }),
  ]);
  const overrideById = new Map(overrides.filter((row) => !row.written).map((row) => [row.questionId, row]));
  const bank: BankQuestion[] = generated.map((question) => {
    const override = overrideById.get(question.id);
    const edit = override ? readEdit(override) : null;
    const shown = edit ? applyStoredEdit(question, edit) : question;
    return { question: shown, origin: edit ? "edited" : "generated", retired: override?.retiredAt != null, quizzable: isQuizzable(shown) };
  });
  for (const row of overrides.filter((candidate) => candidate.written)) {
    const question = readWritten(row);
    if (question) bank.push({ question, origin: "written", retired: row.retiredAt !== null, quizzable: isQuizzable(question) });
  }
  return bank;
}

/** The questions an assignment of this instructor can draw from: quizzable and not retired. */
export async function assignableQuestions(instructorId: string, articleId: string): Promise<BankQuestion[]> {
  return (await instructorQuestionBank(instructorId, articleId)).filter((entry) => entry.quizzable && !entry.retired);
}

export async function findBankQuestion(instructorId: string, articleId: string, questionId: string): Promise<BankQuestion | null> {
  return (await instructorQuestionBank(instructorId, articleId)).find((entry) => entry.question.id === questionId) ?? null;
}
