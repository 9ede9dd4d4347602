import "server-only";
import { db } from "../db";
import { notFound } from "./errors";

// Reads for classes. An instructor sees only the classes they teach; a student only their own enrolments.

export type TaughtClass = { id: string; name: string; joinCode: string; rosterCount: number; assignmentCount: number };

export async function listClassesTaughtBy(instructorId: string): Promise<TaughtClass[]> {
  const rows = await db.class.findMany({
    where: { instructorId },
    orderBy: { name: "asc" },
    select: { id: true, name: true, joinCode: true, _count: { select: { enrollments: true, assignments: true } } },
  });
  return rows.map((row) => ({ id: row.id, name: row.name, joinCode: row.joinCode, rosterCount: row._count.enrollments, assignmentCount: row._count.assignments }));
}

export type RosterStudent = { userId: string; name: string; email: string; joinedAt: Date };
export type ClassDetail = { id: string; name: string; joinCode: string; createdAt: Date; roster: RosterStudent[] };

/** One class with its roster, for its instructor; anyone else gets "not found". */
export async function getTaughtClass(instructorId: string, classId: string): Promise<ClassDetail> {
  const row = await db.class.findFirst({
    where: { id: classId, instructorId },
    select: {
      id: true,
      name: true,
      joinCode: true,
      createdAt: true,
      enrollments: { orderBy: { user: { name: "asc" } }, select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } } },
    },
  });
  if (!row) throw notFound("Class");
  return {
    id: row.id,
    name: row.name,
    joinCode: row.joinCode,
    createdAt: row.createdAt,
    roster: row.enrollments.map((enrollment) => ({ userId: enrollment.user.id, name: enrollment.user.name, email: enrollment.user.email, joinedAt: enrollment.joinedAt })),
  };
}

/** Whether `instructorId` teaches `classId` (for checks that need no roster). */
export async function teachesClass(instructorId: string, classId: string): Promise<boolean> {
  return (await db.class.count({ where: { id: classId, instructorId } })) > 0;
}

export type EnrolledClass = { id: string; name: string; instructorName: string; joinedAt: Date };

export async function listEnrolledClasses(userId: string): Promise<EnrolledClass[]> {
  const rows = await db.enrollment.findMany({
    where: { userId },
    orderBy: { class: { name: "asc" } },
    select: { joinedAt: true, class: { select: { id: true, name: true, instructor: { select: { name: true } } } } },
  });
  return rows.map((row) => ({ id: row.class.id, name: row.class.name, instructorName: row.class.instructor.name, joinedAt: row.joinedAt }));
}
