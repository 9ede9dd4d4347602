import "server-only";
import { questionSchema, type Question } from "@/lib/questions/schema";
import { buildGradebook, effectiveFinish, type GradebookRow } from "@/lib/teach/gradebook";
import { analyseItems, type AnalysedAttempt, type ItemStatistics } from "@/lib/teach/item-analysis";
import { answerText } from "@/lib/teach/export-set";
import { z } from "zod";
import { db } from "../db";
import { closeOverdueAttempts } from "../assignments/attempt-rules";
import { getAssignmentForInstructor, type InstructorAssignment } from "../assignments/data";

// The gradebook of one assignment, for the instructor of its class only: a row per enrolled
// student, and item analysis over each student's FIRST submitted attempt (later attempts have seen
// the questions, and with review after each question, the answers).

const snapshotSchema = z.array(z.object({ question: questionSchema }).loose());

export type ItemReport = ItemStatistics & { prompt: string; kind: Question["kind"]; correctAnswer: string };

export type Gradebook = {
  assignment: InstructorAssignment;
  rows: GradebookRow[];
  items: ItemReport[];
  submitted: number;
  /** Mean of the graded scores (0-1) of students who submitted; null when nobody has. */
  meanScore: number | null;
  /** How many students' first attempts the item analysis uses. */
  analysed: number;
};

export async function getGradebook(instructorId: string, assignmentId: string, now: Date): Promise<Gradebook> {
  const assignment = await getAssignmentForInstructor(instructorId, assignmentId);
  await closeOverdueAttempts({ assignmentId }, now);
  const [enrollments, attempts] = await Promise.all([
    db.enrollment.findMany({ where: { classId: assignment.classId }, orderBy: { user: { name: "asc" } }, select: { user: { select: { id: true, name: true, email: true } } } }),
    db.quizAttempt.findMany({
      where: { assignmentId },
      orderBy: [{ userId: "asc" }, { attemptNumber: "asc" }],
      select: { id: true, userId: true, attemptNumber: true, startedAt: true, finishedAt: true, deadlineAt: true, questionCount: true, items: true, answers: { select: { questionId: true, correct: true, response: true, answeredAt: true } } },
    }),
  ]);
  const roster = enrollments.map((enrollment) => ({ userId: enrollment.user.id, name: enrollment.user.name, email: enrollment.user.email }));
  const enrolled = new Set(roster.map((student) => student.userId));
  // Only answers given before the attempt ended count, so a submission's grade never changes after
  // it (an answer racing the submission, or arriving after the deadline, is left out).
  const ownAttempts = attempts
    .filter((attempt) => enrolled.has(attempt.userId))
    .map((attempt) => {
      const end = effectiveFinish(attempt, now);
      return { ...attempt, answers: end ? attempt.answers.filter((answer) => answer.answeredAt <= end) : attempt.answers };
    });
  const rows = buildGradebook(
    roster,
    ownAttempts.map((attempt) => ({ ...attempt, attemptNumber: attempt.attemptNumber ?? 0, correct: attempt.answers.filter((answer) => answer.correct).length, total: attempt.questionCount })),
    assignment.dueAt,
    now,
  );

  // Item analysis: each student's first finished attempt; questions keyed in the order first seen.
  const questionById = new Map<string, Question>();
  const analysed: AnalysedAttempt[] = [];
  const firstFinished = new Map<string, (typeof ownAttempts)[number]>();
  for (const attempt of ownAttempts) if (attempt.finishedAt && !firstFinished.has(attempt.userId)) firstFinished.set(attempt.userId, attempt);
  const order = [...assignment.questionIds];
  for (const attempt of firstFinished.values()) {
    const items = snapshotSchema.parse(JSON.parse(attempt.items));
    const answerByQuestion = new Map(attempt.answers.map((answer) => [answer.questionId, answer]));
    analysed.push({
      userId: attempt.userId,
      items: items.map(({ question }) => {
        if (!questionById.has(question.id)) questionById.set(question.id, question);
        if (!order.includes(question.id)) order.push(question.id);
        const answer = answerByQuestion.get(question.id);
        return { questionId: question.id, correct: answer?.correct === true, response: answer ? (JSON.parse(answer.response) as unknown) : null };
      }),
    });
  }
  const questions = order.flatMap((id) => questionById.get(id) ?? []);
  const keys = questions.map((question) => ({
    questionId: question.id,
    choices: question.kind === "true-false" ? ["True", "False"] : question.kind === "timeline-order" || question.kind === "matching" || question.kind === "flashcard" ? null : (question.choices ?? null),
    correctAnswer: typeof question.answer === "string" ? question.answer : null,
  }));
  const statistics = analyseItems(keys, analysed);
  const items = statistics.map((stats, index) => {
    const question = questions[index]!;
    return { ...stats, prompt: question.prompt, kind: question.kind, correctAnswer: answerText(question) };
  });
  const graded = rows.flatMap((row) => (row.graded ? [row.graded.score] : []));
  return {
    assignment,
    rows,
    items,
    submitted: graded.length,
    meanScore: graded.length > 0 ? graded.reduce((sum, score) => sum + score, 0) / graded.length : null,
    analysed: analysed.length,
  };
}
