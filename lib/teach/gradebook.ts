import { isLate } from "./schedule";

// One row per enrolled student: the grade is the best finished attempt (ties: the earlier one),
// with that attempt's time taken and whether it was submitted after the due date.

export type GradebookAttempt = {
  id: string;
  userId: string;
  attemptNumber: number;
  startedAt: Date;
  finishedAt: Date | null;
  deadlineAt: Date | null;
  correct: number;
  total: number;
};

export type StudentStatus = "not-started" | "in-progress" | "submitted";

export type GradebookRow = {
  userId: string;
  name: string;
  email: string;
  status: StudentStatus;
  attemptsUsed: number;
  /** The graded (best) attempt; null until one is submitted. */
  graded: { attemptId: string; correct: number; total: number; score: number; timeTakenMs: number; submittedAt: Date; late: boolean } | null;
};

/** When an attempt ended: its submission, or its deadline once that has passed unsubmitted. */
export function effectiveFinish(attempt: Pick<GradebookAttempt, "finishedAt" | "deadlineAt">, now: Date): Date | null {
  if (attempt.finishedAt) return attempt.finishedAt;
  if (attempt.deadlineAt && attempt.deadlineAt.getTime() <= now.getTime()) return attempt.deadlineAt;
  return null;
}

export function buildGradebook(
  roster: readonly { userId: string; name: string; email: string }[],
  attempts: readonly GradebookAttempt[],
  dueAt: Date,
  now: Date,
): GradebookRow[] {
  return roster.map((student) => {
    const own = attempts.filter((attempt) => attempt.userId === student.userId).sort((a, b) => a.attemptNumber - b.attemptNumber);
    let graded: GradebookRow["graded"] = null;
    for (const attempt of own) {
      const submittedAt = effectiveFinish(attempt, now);
      if (!submittedAt) continue;
      const score = attempt.total > 0 ? attempt.correct / attempt.total : 0;
      if (graded === null || score > graded.score) {
        graded = {
          attemptId: attempt.id,
          correct: attempt.correct,
          total: attempt.total,
          score,
          timeTakenMs: Math.max(0, submittedAt.getTime() - attempt.startedAt.getTime()),
          submittedAt,
          late: isLate(submittedAt, dueAt),
        };
      }
    }
    const inProgress = own.some((attempt) => effectiveFinish(attempt, now) === null);
    return {
      ...student,
      status: inProgress ? "in-progress" : graded ? "submitted" : "not-started",
      attemptsUsed: own.length,
      graded,
    };
  });
}
