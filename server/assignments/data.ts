import "server-only";
import { assignmentWindow, type AssignmentWindow } from "@/lib/teach/schedule";
import { db } from "../db";
import { notFound } from "../classes/errors";
import { closeOverdueAttempts } from "./attempt-rules";
import { assignmentSelect, readAssignment, type AssignmentRecord } from "./records";

// Reads for assignments. An instructor sees the assignments of classes they teach; a student the
// assignments of classes they are enrolled in, and only their own attempts.

export type InstructorAssignmentSummary = {
  id: string;
  title: string;
  className: string;
  classId: string;
  articleTitle: string;
  opensAt: Date;
  dueAt: Date;
  window: AssignmentWindow;
  submittedStudents: number;
  rosterCount: number;
};

export async function listAssignmentsForInstructor(instructorId: string, now: Date): Promise<InstructorAssignmentSummary[]> {
  const rows = await db.assignment.findMany({
    where: { class: { instructorId } },
    orderBy: [{ dueAt: "asc" }, { title: "asc" }],
    select: {
      ...assignmentSelect,
      class: { select: { name: true, enrollments: { select: { userId: true } } } },
      article: { select: { title: true } },
      attempts: { where: { finishedAt: { not: null } }, select: { userId: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    className: row.class.name,
    classId: row.classId,
    articleTitle: row.article.title,
    opensAt: row.opensAt,
    dueAt: row.dueAt,
    window: assignmentWindow(row, now),
    // Of the students in the class now: a removed student's submission stays on record, not in the count.
    submittedStudents: new Set(row.attempts.map((attempt) => attempt.userId).filter((userId) => row.class.enrollments.some((enrollment) => enrollment.userId === userId))).size,
    rosterCount: row.class.enrollments.length,
  }));
}

export type InstructorAssignment = AssignmentRecord & { className: string; instructorId: string; article: { id: string; slug: string; title: string; attribution: string } };

/** One assignment for the instructor of its class; anyone else gets "not found". */
export async function getAssignmentForInstructor(instructorId: string, assignmentId: string): Promise<InstructorAssignment> {
  const row = await db.assignment.findFirst({
    where: { id: assignmentId, class: { instructorId } },
    select: { ...assignmentSelect, class: { select: { name: true, instructorId: true } }, article: { select: { id: true, slug: true, title: true, attribution: true } } },
  });
  if (!row) throw notFound("Assignment");
  const { class: owner, article, ...record } = row;
  return { ...readAssignment(record), className: owner.name, instructorId: owner.instructorId, article };
}

/** `correct` is null while the attempt runs: a running count would tell the student which answers were right. */
export type StudentAttempt = { id: string; attemptNumber: number; startedAt: Date; finishedAt: Date | null; deadlineAt: Date | null; correct: number | null; total: number };

export type StudentAssignment = {
  id: string;
  title: string;
  className: string;
  article: { slug: string; title: string };
  opensAt: Date;
  dueAt: Date;
  lateUntil: Date | null;
  timeLimitMinutes: number | null;
  attemptsAllowed: number;
  reviewAfter: AssignmentRecord["reviewAfter"];
  questionCount: number;
  window: AssignmentWindow;
  attempts: StudentAttempt[];
  /** The attempt in progress, to resume. */
  openAttemptId: string | null;
};

const studentSelect = {
  ...assignmentSelect,
  class: { select: { name: true } },
  article: { select: { slug: true, title: true } },
} as const;

function studentView(row: Awaited<ReturnType<typeof findStudentRows>>[number], userId: string, now: Date): StudentAssignment {
  const { class: owner, article, attempts, ...record } = row;
  const assignment = readAssignment(record);
  const own: StudentAttempt[] = attempts
    .filter((attempt) => attempt.userId === userId)
    .map((attempt) => ({
      id: attempt.id,
      attemptNumber: attempt.attemptNumber ?? 0,
      startedAt: attempt.startedAt,
      finishedAt: attempt.finishedAt,
      deadlineAt: attempt.deadlineAt,
      correct: attempt.finishedAt ? attempt.answers.filter((answer) => answer.correct).length : null,
      total: attempt.questionCount,
    }));
  const open = own.find((attempt) => attempt.finishedAt === null && (attempt.deadlineAt === null || attempt.deadlineAt > now));
  return {
    id: assignment.id,
    title: assignment.title,
    className: owner.name,
    article,
    opensAt: assignment.opensAt,
    dueAt: assignment.dueAt,
    lateUntil: assignment.lateUntil,
    timeLimitMinutes: assignment.timeLimitMinutes,
    attemptsAllowed: assignment.attemptsAllowed,
    reviewAfter: assignment.reviewAfter,
    questionCount: assignment.questionCount,
    window: assignmentWindow(assignment, now),
    attempts: own,
    openAttemptId: open?.id ?? null,
  };
}

function findStudentRows(userId: string, where: { id?: string }) {
  return db.assignment.findMany({
    where: { ...where, class: { enrollments: { some: { userId } } } },
    select: {
      ...studentSelect,
      attempts: {
        where: { userId },
        orderBy: { attemptNumber: "asc" },
        select: { id: true, userId: true, attemptNumber: true, startedAt: true, finishedAt: true, deadlineAt: true, questionCount: true, answers: { select: { correct: true } } },
      },
    },
  });
}

/** A student's assignments: the ones still to do by due date (soonest first), then closed ones (latest first). */
export async function listAssignmentsForStudent(userId: string, now: Date): Promise<StudentAssignment[]> {
  const views = (await findStudentRows(userId, {})).map((row) => studentView(row, userId, now));
  const active = views.filter((view) => view.window !== "closed").sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  const closed = views.filter((view) => view.window === "closed").sort((a, b) => b.dueAt.getTime() - a.dueAt.getTime());
  return [...active, ...closed];
}

/** One assignment for an enrolled student, with only their own attempts; anyone else gets "not found". */
export async function getAssignmentForStudent(userId: string, assignmentId: string, now: Date): Promise<StudentAssignment> {
  await closeOverdueAttempts({ assignmentId, userId }, now);
  const rows = await findStudentRows(userId, { id: assignmentId });
  const row = rows[0];
  if (!row) throw notFound("Assignment");
  return studentView(row, userId, now);
}
