import "server-only";
import { reviewAvailableAt, reviewVisible, isPastDeadline, type ReviewPolicy } from "@/lib/teach/schedule";
import { z } from "zod";
import { REVIEW_POLICIES } from "@/lib/teach/schedule";
import type { AnswerReceipt, AnswerResult, AttemptPolicy, AttemptSummary, AttemptView } from "@/lib/study/results";
import { db } from "../db";
import { StudyError } from "../study/errors";

// The rules an assignment puts on one of its attempts, for the study quiz code that runs every
// attempt (server/study): the server-side deadline, and when answers may be shown. A practice
// attempt (no assignment) has no rules.

export type AttemptRules = {
  assignmentId: string;
  title: string;
  deadlineAt: Date | null;
  reviewAfter: ReviewPolicy;
  dueAt: Date;
  lateUntil: Date | null;
  /** Whether the attempt's student is still in the assignment's class (removed: no more answers). */
  enrolled: boolean;
  /** When the attempt was finished, as read with the rules. */
  finishedAt: Date | null;
};

export async function findAttemptRules(attemptId: string): Promise<AttemptRules | null> {
  const row = await db.quizAttempt.findUnique({
    where: { id: attemptId },
    select: {
      deadlineAt: true,
      finishedAt: true,
      assignment: { select: { id: true, title: true, reviewAfter: true, dueAt: true, lateUntil: true, classId: true } },
      user: { select: { enrollments: { select: { classId: true } } } },
    },
  });
  if (!row?.assignment) return null;
  const { classId } = row.assignment;
  return {
    assignmentId: row.assignment.id,
    title: row.assignment.title,
    deadlineAt: row.deadlineAt,
    reviewAfter: z.enum(REVIEW_POLICIES).parse(row.assignment.reviewAfter),
    dueAt: row.assignment.dueAt,
    lateUntil: row.assignment.lateUntil,
    enrolled: row.user.enrollments.some((enrollment) => enrollment.classId === classId),
    finishedAt: row.finishedAt,
  };
}

/** A student removed from the class keeps what they submitted, but an open attempt takes nothing more. */
export function refuseUnlessEnrolled(rules: AttemptRules | null): void {
  if (rules && !rules.enrolled) throw new StudyError("conflict", "You are no longer in this assignment's class, so this attempt takes no more answers");
}

/** Whether answers and explanations of this attempt may be shown now. */
export function answersVisible(rules: AttemptRules | null, finished: boolean, now: Date): boolean {
  return rules === null || reviewVisible(rules.reviewAfter, { finished }, rules, now);
}

export function attemptExpired(rules: AttemptRules | null, now: Date): boolean {
  return rules !== null && isPastDeadline(rules.deadlineAt, now);
}

/** When a student may see the answers, for telling them; null when that is not about a date. */
export function answersShownAt(rules: AttemptRules): Date | null {
  return reviewAvailableAt(rules.reviewAfter, rules);
}

/**
 * Finishes an attempt that ran past its deadline, at the deadline (not at the moment someone
 * noticed). Only an unfinished attempt is touched, so a submission that won the race stands.
 */
export async function closeAtDeadline(attemptId: string, deadlineAt: Date): Promise<void> {
  await db.quizAttempt.updateMany({ where: { id: attemptId, finishedAt: null }, data: { finishedAt: deadlineAt } });
}

/** closeAtDeadline for every overdue attempt matching `where` (an assignment, or a student's attempts). */
export async function closeOverdueAttempts(where: { assignmentId: string } | { assignmentId: string; userId: string }, now: Date): Promise<void> {
  const overdue = await db.quizAttempt.findMany({ where: { ...where, finishedAt: null, deadlineAt: { lte: now } }, select: { id: true, deadlineAt: true } });
  for (const attempt of overdue) if (attempt.deadlineAt) await closeAtDeadline(attempt.id, attempt.deadlineAt);
}

// ---- presenting an attempt under its rules (called by server/study) ----

export function policyOf(rules: AttemptRules): AttemptPolicy {
  const shownAt = answersShownAt(rules);
  return {
    assignmentId: rules.assignmentId,
    assignmentTitle: rules.title,
    deadlineAt: rules.deadlineAt?.toISOString() ?? null,
    reviewAfter: rules.reviewAfter,
    answersShownAt: shownAt?.toISOString() ?? null,
  };
}

/** The answer as the student may see it now: the full result, or only that it was recorded. */
export function presentAnswer(rules: AttemptRules | null, result: AnswerResult, finished: boolean, now: Date): AnswerResult | AnswerReceipt {
  if (answersVisible(rules, finished, now)) return result;
  return { questionId: result.questionId, response: result.response, withheld: true };
}

/** The summary as the student may see it now: with the score, but without the answers while they are hidden. */
export function presentSummary(rules: AttemptRules | null, summary: AttemptSummary, now: Date): AttemptSummary {
  if (rules === null) return summary;
  const policy = policyOf(rules);
  if (answersVisible(rules, true, now)) return { ...summary, policy };
  return { ...summary, missed: [], reviewWithheld: { answersShownAt: policy.answersShownAt }, policy };
}

/** The quiz page's view as the student may see it now: hidden results become a list of answered ids. */
export function presentView(rules: AttemptRules | null, view: AttemptView, now: Date): AttemptView {
  if (rules === null) return view;
  const policy = policyOf(rules);
  if (answersVisible(rules, view.finishedAt !== null, now)) return { ...view, policy };
  return { ...view, answered: {}, withheld: Object.keys(view.answered), policy };
}

/** Thrown when an answer arrives at or after the attempt's deadline; the attempt is closed at the deadline first. */
export async function refuseLateAnswer(rules: AttemptRules, attemptId: string): Promise<never> {
  if (rules.deadlineAt) await closeAtDeadline(attemptId, rules.deadlineAt);
  throw new StudyError("conflict", "Time is up: this attempt ended at its time limit, so the answer was not recorded.", { body: { timeUp: true, deadlineAt: rules.deadlineAt?.toISOString() ?? null } });
}

/** When a finish should count: now, or the deadline if the attempt ran past it. */
export function finishTime(rules: AttemptRules | null, now: Date): Date {
  return rules?.deadlineAt && rules.deadlineAt < now ? rules.deadlineAt : now;
}

/**
 * A QuizAttempt filter: attempts whose answers the student may see now (practice attempts, and
 * assignment attempts whose review setting allows it). Progress statistics read answers only
 * through it, so a per-day accuracy cannot tell a student which hidden answer was right.
 */
export function answersVisibleWhere(now: Date) {
  return {
    OR: [
      { assignmentId: null },
      { assignment: { reviewAfter: "each-question" } },
      { finishedAt: { not: null }, assignment: { reviewAfter: "submission" } },
      { finishedAt: { not: null }, assignment: { reviewAfter: "due-date", dueAt: { lte: now }, OR: [{ lateUntil: null }, { lateUntil: { lte: now } }] } },
    ],
  };
}
