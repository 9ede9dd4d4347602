// Classes, enrolments and assignments for the teach tests. Every call makes new rows (unique
// users, article and class), so tests never see each other's data and never wipe tables.
import type { AssignmentInput } from "@/lib/teach/schema";
import { createAssignment } from "@/server/assignments/mutations";
import { createClass, joinClassByCode } from "@/server/classes/mutations";
import { createStudyArticle, type StudyFixture } from "./study";
import { createTestUser, type TestUser } from "./users";

export type TeachFixture = {
  instructor: TestUser;
  students: TestUser[];
  classId: string;
  joinCode: string;
  article: StudyFixture;
};

export async function createTeachFixture(options: { students?: number } = {}): Promise<TeachFixture> {
  const [instructor, article, ...students] = await Promise.all([
    createTestUser({ role: "INSTRUCTOR", name: "Test Instructor" }),
    createStudyArticle(),
    ...Array.from({ length: options.students ?? 2 }, (_, index) => createTestUser({ name: `Student ${String.fromCharCode(65 + index)}` })),
  ]);
  const created = await createClass(instructor.id, { name: `Class ${article.slug}` });
  for (const student of students as TestUser[]) await joinClassByCode(student.id, created.joinCode);
  return { instructor, students: students as TestUser[], classId: created.id, joinCode: created.joinCode, article };
}

export const T0 = new Date("2026-03-10T09:00:00Z");
export const minutesAfter = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);

export function assignmentInput(fixture: TeachFixture, overrides: Partial<AssignmentInput> = {}): AssignmentInput {
  return {
    classId: fixture.classId,
    title: "Week 1 quiz",
    articleSlug: fixture.article.slug,
    sections: [],
    kinds: [],
    includeOwnQuestions: true,
    questionCount: 10,
    opensAt: T0,
    dueAt: minutesAfter(T0, 7 * 24 * 60),
    lateUntil: null,
    timeLimitMinutes: null,
    attemptsAllowed: 1,
    drawMode: "same",
    reviewAfter: "each-question",
    ...overrides,
  };
}

export async function createTestAssignment(fixture: TeachFixture, overrides: Partial<AssignmentInput> = {}): Promise<{ id: string; questionCount: number }> {
  return createAssignment(fixture.instructor.id, assignmentInput(fixture, overrides));
}
