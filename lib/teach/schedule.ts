// When an assignment can be attempted, when an attempt ends, and when answers may be shown. Pure:
// every function takes the clock (`now`) from its caller, which uses the server's time.

export const REVIEW_POLICIES = ["each-question", "submission", "due-date"] as const;
export type ReviewPolicy = (typeof REVIEW_POLICIES)[number];

export const DRAW_MODES = ["same", "per-student"] as const;
export type DrawMode = (typeof DRAW_MODES)[number];

export type AssignmentTimes = {
  opensAt: Date;
  dueAt: Date;
  /** Late attempts may start until then; null: none after the due date. */
  lateUntil: Date | null;
  timeLimitMinutes: number | null;
};

/** The last moment anyone can work on the assignment: the end of the late window, else the due date. */
export function closesAt(times: Pick<AssignmentTimes, "dueAt" | "lateUntil">): Date {
  return times.lateUntil && times.lateUntil > times.dueAt ? times.lateUntil : times.dueAt;
}

export type AssignmentWindow = "upcoming" | "open" | "late" | "closed";

/** upcoming before opensAt; open until dueAt; late until lateUntil (if any); closed after. */
export function assignmentWindow(times: AssignmentTimes, now: Date): AssignmentWindow {
  if (now < times.opensAt) return "upcoming";
  if (now < times.dueAt) return "open";
  if (now < closesAt(times)) return "late";
  return "closed";
}

/**
 * When an attempt started at `startedAt` ends on the server: after the time limit, and never after
 * the assignment closes (otherwise an attempt could outlive the moment answers are released).
 */
export function attemptDeadline(times: AssignmentTimes, startedAt: Date): Date {
  const close = closesAt(times);
  if (times.timeLimitMinutes === null) return close;
  const limit = new Date(startedAt.getTime() + times.timeLimitMinutes * 60_000);
  return limit < close ? limit : close;
}

/** An answer counts only while the attempt runs: strictly before its deadline, by the server's clock. */
export function isPastDeadline(deadlineAt: Date | null, now: Date): boolean {
  return deadlineAt !== null && now.getTime() >= deadlineAt.getTime();
}

/** Submitted after the due date (an attempt in the late window). */
export function isLate(submittedAt: Date | null, dueAt: Date): boolean {
  return submittedAt !== null && submittedAt.getTime() > dueAt.getTime();
}

export type ReviewMoment = "now" | "after-submission" | "after-closing";

/**
 * Whether the correct answers and explanations of one attempt may be shown now.
 * - each-question: as soon as a question is answered;
 * - submission: once the attempt is finished;
 * - due-date: once the attempt is finished and the assignment has closed (the due date, or the end
 *   of the late window), so nobody still working can be handed the answers.
 */
export function reviewVisible(policy: ReviewPolicy, attempt: { finished: boolean }, times: Pick<AssignmentTimes, "dueAt" | "lateUntil">, now: Date): boolean {
  if (policy === "each-question") return true;
  if (!attempt.finished) return false;
  if (policy === "submission") return true;
  return now.getTime() >= closesAt(times).getTime();
}

/** When answers will become visible, for telling the student; null once they are (or for each-question). */
export function reviewAvailableAt(policy: ReviewPolicy, times: Pick<AssignmentTimes, "dueAt" | "lateUntil">): Date | null {
  return policy === "due-date" ? closesAt(times) : null;
}

export const REVIEW_POLICY_LABELS: Record<ReviewPolicy, string> = {
  "each-question": "After each question",
  submission: "After submitting",
  "due-date": "After the due date",
};

export const DRAW_MODE_LABELS: Record<DrawMode, string> = {
  same: "The same questions for everyone",
  "per-student": "A separate draw for each student",
};
