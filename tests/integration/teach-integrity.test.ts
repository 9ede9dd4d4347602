import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { handleAnswer, handleFinish } from "@/server/api/study";
import { startAssignmentAttempt } from "@/server/assignments/mutations";
import { getAttemptSummary, getAttemptView, getProgress } from "@/server/study/data";
import { getGradebook } from "@/server/gradebook/data";
import { createTestUser } from "../factories/users";
import { createTeachFixture, createTestAssignment, minutesAfter, T0, type TeachFixture } from "../factories/teach";
import { waitForWritableDatabase } from "../factories/study";

// The assignment rules as the quiz API enforces them (the same handlers the routes call): late
// answers refused by the server's clock, submitting twice grading once, answers hidden until the
// review setting allows, and nobody reaching another student's attempt.

beforeAll(() => waitForWritableDatabase(), 120_000);

const answerBody = (questionId: string, response: unknown) => JSON.stringify({ questionId, response });
const ANSWER_KEYS = ['"correctAnswer"', '"explanation"', '"correct"', '"accepted"', '"source"'];
const expectNoAnswers = (body: unknown) => {
  const text = JSON.stringify(body);
  for (const key of ANSWER_KEYS) expect(text).not.toContain(key);
};

async function setUp(overrides: Parameters<typeof createTestAssignment>[1]): Promise<{ fixture: TeachFixture; assignmentId: string; attemptId: string; studentId: string }> {
  const fixture = await createTeachFixture({ students: 2 });
  const assignment = await createTestAssignment(fixture, { kinds: ["cloze", "timeline-date"], ...overrides });
  const studentId = fixture.students[0]!.id;
  const started = await startAssignmentAttempt(studentId, assignment.id, minutesAfter(T0, 10));
  return { fixture, assignmentId: assignment.id, attemptId: started.attemptId, studentId };
}

describe("time limit, by the server's clock", () => {
  it("accepts an answer before the deadline, refuses one at it, and finishes the attempt at the limit", async () => {
    const { fixture, attemptId, studentId } = await setUp({ timeLimitMinutes: 20 });
    const { cloze, date } = fixture.article.questions;
    const inTime = await handleAnswer(studentId, attemptId, answerBody(cloze.id, "Sundiata Keita"), minutesAfter(T0, 29));
    expect(inTime.status).toBe(200);
    const late = await handleAnswer(studentId, attemptId, answerBody(date.id, "1324"), minutesAfter(T0, 30));
    expect(late).toMatchObject({ status: 409, body: { timeUp: true, deadlineAt: minutesAfter(T0, 30).toISOString() } });
    expect(await db.quizAnswer.count({ where: { attemptId } })).toBe(1);
    const stored = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId }, select: { finishedAt: true } });
    expect(stored.finishedAt).toEqual(minutesAfter(T0, 30));
  });

  it("finishes an attempt submitted after its deadline at the deadline, and closes it when the page is opened late", async () => {
    const first = await setUp({ timeLimitMinutes: 20 });
    const summary = await handleFinish(first.studentId, first.attemptId, minutesAfter(T0, 95));
    expect(summary.body).toMatchObject({ finishedAt: minutesAfter(T0, 30).toISOString(), durationMs: 20 * 60_000 });
    const second = await setUp({ timeLimitMinutes: 20 });
    const view = await getAttemptView(second.studentId, second.attemptId, minutesAfter(T0, 45));
    expect(view.finishedAt).toBe(minutesAfter(T0, 30).toISOString());
  });
});

describe("submitting twice grades once", () => {
  it("keeps the first submission time and score; a later answer is refused", async () => {
    const { fixture, attemptId, studentId } = await setUp({ reviewAfter: "submission" });
    const { cloze, date } = fixture.article.questions;
    await handleAnswer(studentId, attemptId, answerBody(cloze.id, "Sundiata Keita"), minutesAfter(T0, 11));
    const [one, two] = await Promise.all([handleFinish(studentId, attemptId, minutesAfter(T0, 12)), handleFinish(studentId, attemptId, minutesAfter(T0, 13))]);
    expect(one.body).toMatchObject({ correct: 1 });
    expect((one.body as { finishedAt: string }).finishedAt).toBe((two.body as { finishedAt: string }).finishedAt);
    const again = await handleFinish(studentId, attemptId, minutesAfter(T0, 50));
    expect((again.body as { finishedAt: string }).finishedAt).toBe((one.body as { finishedAt: string }).finishedAt);
    const after = await handleAnswer(studentId, attemptId, answerBody(date.id, "1324"), minutesAfter(T0, 14));
    expect(after.status).toBe(409);
    expectNoAnswers(after.body);
    expect(await db.quizAnswer.count({ where: { attemptId } })).toBe(1);
    expect(await db.quizAttempt.count({ where: { assignmentId: (await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).assignmentId } })).toBe(1);
  });
});

describe("answers stay hidden until the review setting allows", () => {
  it("each-question: the answer and explanation come back at once", async () => {
    const { fixture, attemptId, studentId } = await setUp({ reviewAfter: "each-question" });
    const result = await handleAnswer(studentId, attemptId, answerBody(fixture.article.questions.cloze.id, "Mansa Musa"), minutesAfter(T0, 11));
    expect(result.body).toMatchObject({ correct: false, correctAnswer: "Sundiata Keita", explanation: expect.any(Object) });
  });

  it("submission: only 'saved' while the attempt runs, in answers, conflicts and the page; everything after submitting", async () => {
    const { fixture, attemptId, studentId } = await setUp({ reviewAfter: "submission" });
    const { cloze } = fixture.article.questions;
    const result = await handleAnswer(studentId, attemptId, answerBody(cloze.id, "Mansa Musa"), minutesAfter(T0, 11));
    expect(result).toEqual({ status: 200, body: { questionId: cloze.id, response: "Mansa Musa", withheld: true } });
    const twice = await handleAnswer(studentId, attemptId, answerBody(cloze.id, "Sundiata Keita"), minutesAfter(T0, 12));
    expect(twice.status).toBe(409);
    expectNoAnswers(twice.body);
    const view = await getAttemptView(studentId, attemptId, minutesAfter(T0, 12));
    expect(view.answered).toEqual({});
    expect(view.withheld).toEqual([cloze.id]);
    expectNoAnswers(view);
    const summary = await handleFinish(studentId, attemptId, minutesAfter(T0, 13));
    expect(summary.body).toMatchObject({ correct: 0, missed: expect.arrayContaining([expect.objectContaining({ questionId: cloze.id, correctAnswer: "Sundiata Keita" })]) });
  });

  it("due-date: after submitting only the score, the answers once the assignment has closed", async () => {
    const due = minutesAfter(T0, 120);
    const { fixture, attemptId, studentId } = await setUp({ reviewAfter: "due-date", dueAt: due });
    const { cloze } = fixture.article.questions;
    await handleAnswer(studentId, attemptId, answerBody(cloze.id, "Mansa Musa"), minutesAfter(T0, 11));
    const summary = await handleFinish(studentId, attemptId, minutesAfter(T0, 12));
    expect(summary.body).toMatchObject({ correct: 0, missed: [], reviewWithheld: { answersShownAt: due.toISOString() } });
    expectNoAnswers((summary.body as { missed: unknown }).missed);
    const before = await getAttemptSummary(studentId, attemptId, minutesAfter(due, -1));
    expect(before?.missed).toEqual([]);
    const after = await getAttemptSummary(studentId, attemptId, due);
    expect(after?.missed.map((missed) => missed.correctAnswer)).toContain("Sundiata Keita");
    expect(after?.reviewWithheld).toBeUndefined();
  });
});

describe("no side channel for hidden answers", () => {
  it("keeps hidden answers out of progress statistics and spaced repetition until they may be seen", async () => {
    const { fixture, attemptId, studentId } = await setUp({ reviewAfter: "submission" });
    await handleAnswer(studentId, attemptId, answerBody(fixture.article.questions.cloze.id, "Mansa Musa"), minutesAfter(T0, 11));
    const during = await getProgress(studentId, minutesAfter(T0, 12));
    expect(during.totals.answered).toBe(0);
    expect(during.recentAttempts).toEqual([]);
    expect(await db.reviewLog.count({ where: { userId: studentId } })).toBe(0);
    await handleFinish(studentId, attemptId, minutesAfter(T0, 13));
    const after = await getProgress(studentId, minutesAfter(T0, 14));
    expect(after.totals).toMatchObject({ answered: 1, correct: 0 });
    expect(after.recentAttempts.map((attempt) => attempt.attemptId)).toEqual([attemptId]);
  });
});

describe("another student's attempt", () => {
  it("is not found for answering, finishing, viewing and the summary", async () => {
    const { fixture, attemptId } = await setUp({ reviewAfter: "each-question" });
    const classmate = fixture.students[1]!.id;
    const stranger = (await createTestUser()).id;
    for (const outsider of [classmate, stranger, fixture.instructor.id]) {
      expect((await handleAnswer(outsider, attemptId, answerBody(fixture.article.questions.cloze.id, "x"), minutesAfter(T0, 11))).status).toBe(404);
      expect((await handleFinish(outsider, attemptId, minutesAfter(T0, 11))).status).toBe(404);
      await expect(getAttemptView(outsider, attemptId)).rejects.toMatchObject({ kind: "not-found" });
      await expect(getAttemptSummary(outsider, attemptId)).rejects.toMatchObject({ kind: "not-found" });
    }
    expect(await db.quizAnswer.count({ where: { attemptId } })).toBe(0);
  });

  it("an instructor's gradebook shows only their own classes' attempts", async () => {
    const { fixture, assignmentId } = await setUp({});
    const other = await createTestUser({ role: "INSTRUCTOR" });
    await expect(getGradebook(other.id, assignmentId, minutesAfter(T0, 20))).rejects.toMatchObject({ kind: "not-found" });
    const own = await getGradebook(fixture.instructor.id, assignmentId, minutesAfter(T0, 20));
    expect(own.rows.map((row) => row.status).sort()).toEqual(["in-progress", "not-started"]);
  });
});
