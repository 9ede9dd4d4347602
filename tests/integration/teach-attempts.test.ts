import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { getAssignmentForStudent, listAssignmentsForInstructor, listAssignmentsForStudent } from "@/server/assignments/data";
import { startAssignmentAttempt } from "@/server/assignments/mutations";
import { finishAttempt } from "@/server/study/mutations";
import { handleAnswer } from "@/server/api/study";
import { removeStudent } from "@/server/classes/mutations";
import { createTestUser } from "../factories/users";
import { createTeachFixture, createTestAssignment, minutesAfter, T0 } from "../factories/teach";
import { waitForWritableDatabase } from "../factories/study";

// Starting attempts at an assignment: the attempt limit (under 20 parallel starts too), the
// opening and closing times, the server-side deadline, and other students' ids.

beforeAll(() => waitForWritableDatabase(), 120_000);

const during = minutesAfter(T0, 60);

describe("the attempt limit", () => {
  it("resumes the attempt in progress instead of starting another", async () => {
    const fixture = await createTeachFixture({ students: 1 });
    const assignment = await createTestAssignment(fixture, { attemptsAllowed: 3 });
    const student = fixture.students[0]!;
    const first = await startAssignmentAttempt(student.id, assignment.id, during);
    const again = await startAssignmentAttempt(student.id, assignment.id, minutesAfter(during, 1));
    expect(first).toMatchObject({ attemptNumber: 1, resumed: false });
    expect(again).toEqual({ attemptId: first.attemptId, attemptNumber: 1, resumed: true });
    // The attempt stores each item's question id and pool key beside its items.
    const stored = await db.quizAttempt.findUniqueOrThrow({ where: { id: first.attemptId }, select: { items: true, itemKeys: true } });
    const questionIds = (JSON.parse(stored.items) as { question: { id: string } }[]).map((item) => item.question.id);
    expect((JSON.parse(stored.itemKeys ?? "[]") as [string, string][]).map(([questionId]) => questionId)).toEqual(questionIds);
  });

  it("refuses a start once every attempt is used, saying how many there were", async () => {
    const fixture = await createTeachFixture({ students: 1 });
    const assignment = await createTestAssignment(fixture, { attemptsAllowed: 2 });
    const student = fixture.students[0]!;
    for (let round = 1; round <= 2; round++) {
      const started = await startAssignmentAttempt(student.id, assignment.id, minutesAfter(during, round));
      expect(started.attemptNumber).toBe(round);
      await finishAttempt(student.id, started.attemptId, minutesAfter(during, round));
    }
    await expect(startAssignmentAttempt(student.id, assignment.id, minutesAfter(during, 5))).rejects.toMatchObject({ kind: "conflict", message: "You have used all 2 attempts at this assignment" });
    expect(await db.quizAttempt.count({ where: { assignmentId: assignment.id } })).toBe(2);
  });

  it("20 parallel starts by one student make exactly one attempt, and all 20 get it", async () => {
    const fixture = await createTeachFixture({ students: 1 });
    const assignment = await createTestAssignment(fixture, { attemptsAllowed: 3 });
    const student = fixture.students[0]!;
    const results = await Promise.all(Array.from({ length: 20 }, () => startAssignmentAttempt(student.id, assignment.id, during)));
    expect(new Set(results.map((result) => result.attemptId)).size).toBe(1);
    expect(results.filter((result) => !result.resumed)).toHaveLength(1);
    expect(await db.quizAttempt.count({ where: { assignmentId: assignment.id, userId: student.id } })).toBe(1);
  });

  it("20 parallel clients starting and submitting until refused never exceed the limit of 3", async () => {
    const fixture = await createTeachFixture({ students: 1 });
    const assignment = await createTestAssignment(fixture, { attemptsAllowed: 3 });
    const student = fixture.students[0]!;
    // Each client keeps starting (or resuming) and submitting until the server refuses it.
    const client = async () => {
      const seen: number[] = [];
      for (;;) {
        try {
          const started = await startAssignmentAttempt(student.id, assignment.id, during);
          seen.push(started.attemptNumber);
          await finishAttempt(student.id, started.attemptId, during);
        } catch (error) {
          return { seen, refusal: error };
        }
      }
    };
    const results = await Promise.all(Array.from({ length: 20 }, client));
    const stored = await db.quizAttempt.findMany({ where: { assignmentId: assignment.id, userId: student.id }, select: { attemptNumber: true }, orderBy: { attemptNumber: "asc" } });
    expect(stored.map((row) => row.attemptNumber)).toEqual([1, 2, 3]);
    for (const result of results) expect(result.refusal).toMatchObject({ message: "You have used all 3 attempts at this assignment" });
    const starts = results.reduce((sum, result) => sum + result.seen.length, 0);
    console.info(`[teach] 20 parallel clients, limit 3: ${stored.length} attempts stored; ${starts} starts answered (new or resumed), 20 of 20 clients refused at the end`);
  });

  it("counts each student separately", async () => {
    const fixture = await createTeachFixture({ students: 2 });
    const assignment = await createTestAssignment(fixture, { attemptsAllowed: 1 });
    const [a, b] = fixture.students as [typeof fixture.students[number], typeof fixture.students[number]];
    await Promise.all([startAssignmentAttempt(a.id, assignment.id, during), startAssignmentAttempt(b.id, assignment.id, during)]);
    expect(await db.quizAttempt.count({ where: { assignmentId: assignment.id } })).toBe(2);
  });
});

describe("opening, closing and deadlines (by the server's clock)", () => {
  it("refuses a start before the assignment opens and after it closes", async () => {
    const fixture = await createTeachFixture({ students: 1 });
    const assignment = await createTestAssignment(fixture, { dueAt: minutesAfter(T0, 120) });
    const student = fixture.students[0]!;
    await expect(startAssignmentAttempt(student.id, assignment.id, minutesAfter(T0, -1))).rejects.toMatchObject({ kind: "conflict", message: expect.stringContaining("opens on") });
    await expect(startAssignmentAttempt(student.id, assignment.id, minutesAfter(T0, 120))).rejects.toMatchObject({ kind: "conflict", message: "This assignment is closed" });
  });

  it("sets the deadline at the time limit, capped by the closing time, and allows late starts in the late window", async () => {
    const fixture = await createTeachFixture({ students: 2 });
    const assignment = await createTestAssignment(fixture, { timeLimitMinutes: 30, dueAt: minutesAfter(T0, 120), lateUntil: minutesAfter(T0, 140) });
    const [a, b] = fixture.students as [typeof fixture.students[number], typeof fixture.students[number]];
    const early = await startAssignmentAttempt(a.id, assignment.id, minutesAfter(T0, 10));
    const late = await startAssignmentAttempt(b.id, assignment.id, minutesAfter(T0, 125));
    const stored = await db.quizAttempt.findMany({ where: { id: { in: [early.attemptId, late.attemptId] } }, select: { id: true, deadlineAt: true } });
    const deadline = (id: string) => stored.find((row) => row.id === id)?.deadlineAt;
    expect(deadline(early.attemptId)).toEqual(minutesAfter(T0, 40));
    expect(deadline(late.attemptId)).toEqual(minutesAfter(T0, 140));
  });

  it("finishes an overdue attempt at its deadline, not when someone looks, and then counts it as used", async () => {
    const fixture = await createTeachFixture({ students: 1 });
    const assignment = await createTestAssignment(fixture, { timeLimitMinutes: 15, attemptsAllowed: 2 });
    const student = fixture.students[0]!;
    const first = await startAssignmentAttempt(student.id, assignment.id, during);
    const second = await startAssignmentAttempt(student.id, assignment.id, minutesAfter(during, 45));
    expect(second).toMatchObject({ attemptNumber: 2, resumed: false });
    const closed = await db.quizAttempt.findUniqueOrThrow({ where: { id: first.attemptId }, select: { finishedAt: true } });
    expect(closed.finishedAt).toEqual(minutesAfter(during, 15));
  });
});

describe("students see only their own", () => {
  it("lists a student's assignments due soonest first, with only their attempts", async () => {
    const fixture = await createTeachFixture({ students: 2 });
    const later = await createTestAssignment(fixture, { title: "Later", dueAt: minutesAfter(T0, 600) });
    const sooner = await createTestAssignment(fixture, { title: "Sooner", dueAt: minutesAfter(T0, 300) });
    const [a, b] = fixture.students as [typeof fixture.students[number], typeof fixture.students[number]];
    await startAssignmentAttempt(b.id, sooner.id, during);
    const listed = await listAssignmentsForStudent(a.id, during);
    expect(listed.map((entry) => entry.title)).toEqual(["Sooner", "Later"]);
    expect(listed.every((entry) => entry.attempts.length === 0)).toBe(true);
    expect((await getAssignmentForStudent(b.id, sooner.id, during)).attempts).toHaveLength(1);
    expect(later.id).toBeTruthy();
  });

  it("answers not found to a student outside the class, for reading and for starting", async () => {
    const fixture = await createTeachFixture({ students: 1 });
    const assignment = await createTestAssignment(fixture);
    const outsider = await createTestUser();
    await expect(getAssignmentForStudent(outsider.id, assignment.id, during)).rejects.toMatchObject({ kind: "not-found" });
    await expect(startAssignmentAttempt(outsider.id, assignment.id, during)).rejects.toMatchObject({ kind: "not-found" });
    await expect(startAssignmentAttempt(fixture.instructor.id, assignment.id, during)).rejects.toMatchObject({ kind: "not-found" });
    expect(await listAssignmentsForStudent(outsider.id, during)).toEqual([]);
  });
});

describe("a student removed from the class", () => {
  it("keeps what they submitted, but an open attempt takes no more answers and cannot be submitted; the class page counts only the roster", async () => {
    const fixture = await createTeachFixture({ students: 2 });
    const assignment = await createTestAssignment(fixture, { attemptsAllowed: 2 });
    const [kept, removed] = [fixture.students[0]!, fixture.students[1]!];
    const submitted = await startAssignmentAttempt(removed.id, assignment.id, during);
    await finishAttempt(removed.id, submitted.attemptId, minutesAfter(during, 1));
    const open = await startAssignmentAttempt(removed.id, assignment.id, minutesAfter(during, 2));
    await finishAttempt(kept.id, (await startAssignmentAttempt(kept.id, assignment.id, during)).attemptId, minutesAfter(during, 3));
    const countOnClassPage = async () => (await listAssignmentsForInstructor(fixture.instructor.id, minutesAfter(during, 5))).find((entry) => entry.id === assignment.id);
    expect(await countOnClassPage()).toMatchObject({ submittedStudents: 2, rosterCount: 2 });

    await removeStudent(fixture.instructor.id, fixture.classId, removed.id);
    const stored = await db.quizAttempt.findUniqueOrThrow({ where: { id: open.attemptId }, select: { items: true } });
    const { question } = (JSON.parse(stored.items) as { question: { id: string; answer: unknown } }[])[0]!;
    const answer = await handleAnswer(removed.id, open.attemptId, JSON.stringify({ questionId: question.id, response: question.answer }), minutesAfter(during, 6));
    expect(answer).toMatchObject({ status: 409, body: { error: "You are no longer in this assignment's class, so this attempt takes no more answers" } });
    await expect(finishAttempt(removed.id, open.attemptId, minutesAfter(during, 7))).rejects.toMatchObject({ kind: "conflict" });
    expect(await db.quizAttempt.findUniqueOrThrow({ where: { id: open.attemptId }, select: { finishedAt: true } })).toEqual({ finishedAt: null });
    // Their first submission stays on record; the class page counts the students in the class.
    expect(await db.quizAttempt.count({ where: { id: submitted.attemptId, finishedAt: { not: null } } })).toBe(1);
    expect(await countOnClassPage()).toMatchObject({ submittedStudents: 1, rosterCount: 1 });
  });
});
