import crypto from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db, directSqlite } from "@/server/db";
import { handleStartQuiz } from "@/server/api/study";
import { AnswererRefusedError, AttemptClosedError, findAttemptForAnswer, saveAnswer, saveAnswerWithPrisma, type AnswerRow } from "@/server/study/answer-store";
import { attemptSnapshot, buildSnapshot, type StoredIndex } from "@/server/study/attempt-snapshots";
import { isUniqueViolation } from "@/server/study/errors";
import type { ReviewRequest } from "@/server/study/memory";
import { createTestUser } from "../factories/users";
import { createStudyArticle, waitForWritableDatabase } from "../factories/study";

// On SQLite the answer path runs its own statements (docs/decisions/040-direct-sqlite-hot-paths.md).
// These tests hold it to the Prisma path it replaces: the same answers give the same rows, which
// Prisma reads back as it reads its own.

const direct = await directSqlite();
const t0 = new Date("2026-03-10T16:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

beforeAll(() => waitForWritableDatabase(), 120_000);

type Step = { position: number; minutes: number; correct: boolean };

async function answerAll(userId: string, attemptId: string, steps: Step[], save: (answer: AnswerRow, review: ReviewRequest | null) => Promise<void>) {
  const attempt = await findAttemptForAnswer(attemptId, userId);
  if (!attempt) throw new Error("attempt not found");
  for (const step of steps) {
    const item = attempt.snapshot.itemAt(step.position);
    const now = at(step.minutes);
    const answer: AnswerRow = {
      id: crypto.randomUUID(),
      attemptId,
      userId,
      // A second round answers the same facts under other question ids (one answer per question).
      questionId: `${item.question.id}${step.minutes >= 1000 ? "#again" : ""}`,
      position: step.position,
      factKey: item.factKey,
      response: JSON.stringify("a response"),
      correct: step.correct,
      answeredAt: now,
    };
    const review: ReviewRequest | null = item.factKey
      ? { userId, articleId: attempt.snapshot.articleId, factKey: item.factKey, questionId: item.question.id, rating: step.correct ? 3 : 1, origin: "quiz", answerId: answer.id, desiredRetention: 0.9, now }
      : null;
    await save(answer, review);
  }
}

async function rowsOf(userId: string) {
  const [answers, cards, logs] = await Promise.all([
    db.quizAnswer.findMany({ where: { userId }, orderBy: { answeredAt: "asc" }, omit: { id: true, userId: true, attemptId: true } }),
    db.memoryCard.findMany({ where: { userId }, orderBy: { factKey: "asc" }, omit: { userId: true } }),
    db.reviewLog.findMany({ where: { userId }, orderBy: [{ reviewedAt: "asc" }, { factKey: "asc" }], omit: { id: true, userId: true, answerId: true } }),
  ]);
  return { answers, cards, logs };
}

describe.runIf(direct !== null)("the direct SQLite answer path", () => {
  it("writes the rows the Prisma path writes, for new and reviewed facts, right and wrong", async () => {
    const fixture = await createStudyArticle();
    const [viaDirect, viaPrisma] = await Promise.all([createTestUser(), createTestUser()]);
    const started = await handleStartQuiz(viaDirect.id, JSON.stringify({ articleSlug: fixture.slug, count: 10 }), t0);
    const { attemptId } = started.body as { attemptId: string };
    const stored = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    const copy = await db.quizAttempt.create({ data: { ...stored, id: undefined, userId: viaPrisma.id }, select: { id: true } });
    const count = stored.questionCount;
    const steps: Step[] = [
      ...Array.from({ length: count }, (_, position) => ({ position, minutes: position, correct: position % 3 !== 0 })),
      // The same facts again a day later (as new answer rows): the update branch of the card upsert.
      ...Array.from({ length: count }, (_, position) => ({ position, minutes: 1440 + position, correct: position % 2 === 0 })),
    ];
    await answerAll(viaDirect.id, attemptId, steps, saveAnswer);
    await answerAll(viaPrisma.id, copy.id, steps, saveAnswerWithPrisma);

    const [directRows, prismaRows] = await Promise.all([rowsOf(viaDirect.id), rowsOf(viaPrisma.id)]);
    expect(directRows.answers).toHaveLength(2 * count);
    expect(directRows.logs.length).toBeGreaterThan(count); // the flashcard-only kinds aside, every answer reviewed its fact
    expect(directRows).toEqual(prismaRows);
    for (const card of directRows.cards) expect(card.due).toBeInstanceOf(Date);
  });

  it("refuses a second answer to a question with a unique violation and keeps no part of it", async () => {
    const fixture = await createStudyArticle();
    const user = await createTestUser();
    const started = await handleStartQuiz(user.id, JSON.stringify({ articleSlug: fixture.slug, count: 10 }), t0);
    const { attemptId } = started.body as { attemptId: string };
    const steps = [{ position: 0, minutes: 0, correct: true }];
    await answerAll(user.id, attemptId, steps, saveAnswer);
    const before = await rowsOf(user.id);
    const error = await answerAll(user.id, attemptId, [{ position: 0, minutes: 5, correct: false }], saveAnswer).catch((caught: unknown) => caught);
    expect(isUniqueViolation(error)).toBe(true);
    expect(await rowsOf(user.id)).toEqual(before);
    // The connection is usable afterwards, inside and outside Prisma.
    expect(await db.quizAnswer.count({ where: { userId: user.id } })).toBe(1);
  });

  it("checks as it writes that the attempt is still the caller's and open: one finished by another worker since it was read takes nothing", async () => {
    const fixture = await createStudyArticle();
    const [user, other] = await Promise.all([createTestUser(), createTestUser()]);
    const started = await handleStartQuiz(user.id, JSON.stringify({ articleSlug: fixture.slug, count: 10 }), t0);
    const { attemptId } = started.body as { attemptId: string };
    await answerAll(user.id, attemptId, [{ position: 0, minutes: 0, correct: true }], saveAnswer);
    const before = await rowsOf(user.id);
    // Another user's id: as if the attempt were not there.
    const notTheirs = await answerAll(other.id, attemptId, [{ position: 1, minutes: 1, correct: true }], saveAnswer).catch((caught: unknown) => caught);
    expect(notTheirs).toBeInstanceOf(Error); // not found when read
    const forged = await saveAnswer(
      { id: crypto.randomUUID(), attemptId, userId: other.id, questionId: "q_forged", position: 1, factKey: null, response: "\"x\"", correct: false, answeredAt: at(1) },
      null,
    ).catch((caught: unknown) => caught);
    expect(forged).toEqual(new AttemptClosedError("missing"));
    // The answer's own user must still be a student's account, checked in the same transaction.
    await db.user.update({ where: { id: user.id }, data: { role: "INSTRUCTOR" } });
    const demoted = await answerAll(user.id, attemptId, [{ position: 1, minutes: 1, correct: true }], saveAnswer).catch((caught: unknown) => caught);
    expect(demoted).toEqual(new AnswererRefusedError());
    await db.user.update({ where: { id: user.id }, data: { role: "STUDENT" } });
    // Read while open; finished (by another worker, say) before the answer is written.
    const read = await findAttemptForAnswer(attemptId, user.id);
    expect(read?.finishedAt).toBeNull();
    await db.quizAttempt.update({ where: { id: attemptId }, data: { finishedAt: at(2) } });
    const late = await answerAll(user.id, attemptId, [{ position: 1, minutes: 3, correct: true }], saveAnswer).catch((caught: unknown) => caught);
    expect(late).toEqual(new AttemptClosedError("finished"));
    expect(await rowsOf(user.id)).toEqual(before);
    expect(await rowsOf(other.id)).toEqual({ answers: [], cards: [], logs: [] });
  });

  it("answers an attempt this process started without reading it first, and reads one it did not start with one statement", async () => {
    const sqlite = direct as NonNullable<typeof direct>;
    const fixture = await createStudyArticle();
    const user = await createTestUser();
    const started = await handleStartQuiz(user.id, JSON.stringify({ articleSlug: fixture.slug, count: 10 }), t0);
    const { attemptId } = started.body as { attemptId: string };
    const statements = vi.spyOn(sqlite, "statement");
    try {
      expect((await findAttemptForAnswer(attemptId, user.id))?.finishedAt).toBeNull();
      expect(statements).not.toHaveBeenCalled();
      // Someone else's id: the remembered owner does not match, so it is read, and not found.
      expect(await findAttemptForAnswer(attemptId, (await createTestUser()).id)).toBeNull();
      expect(statements).toHaveBeenCalledTimes(1);

      // A copy under a new id stands for an attempt another worker started: one read, then remembered.
      const stored = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
      const copy = await db.quizAttempt.create({ data: { ...stored, id: crypto.randomUUID() }, select: { id: true } });
      statements.mockClear();
      const found = await findAttemptForAnswer(copy.id, user.id);
      expect(found?.snapshot.itemCount).toBe(stored.questionCount);
      expect(statements).toHaveBeenCalledTimes(1);
      expect(await findAttemptForAnswer(copy.id, user.id)).toEqual(found);
      expect(statements).toHaveBeenCalledTimes(1);
    } finally {
      statements.mockRestore();
    }
  });

  it("commits answers arriving together in one transaction, where a failing one undoes only its own writes", async () => {
    const fixture = await createStudyArticle();
    const user = await createTestUser();
    const started = await handleStartQuiz(user.id, JSON.stringify({ articleSlug: fixture.slug, count: 10 }), t0);
    const { attemptId } = started.body as { attemptId: string };
    const { questionCount } = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId }, select: { questionCount: true } });
    // Every question twice, all at once: the second of each pair meets the unique constraint.
    const steps = Array.from({ length: questionCount }, (_, position) => ({ position, minutes: position, correct: true }));
    const outcomes = await Promise.allSettled([...steps, ...steps].map((step) => answerAll(user.id, attemptId, [step], saveAnswer)));
    const refused = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(refused).toHaveLength(questionCount);
    for (const outcome of refused) expect(isUniqueViolation(outcome.reason)).toBe(true);
    const rows = await rowsOf(user.id);
    expect(rows.answers).toHaveLength(questionCount);
    expect(rows.logs).toHaveLength(rows.answers.filter((answer) => answer.factKey !== null).length);
    // One review per stored answer (two questions may share a fact): the refused ones reviewed nothing.
    expect(rows.cards.reduce((sum, card) => sum + card.reps, 0)).toBe(rows.logs.length);
  });

  it("journals savepoints in memory and checkpoints the WAL every 4000 pages, on Prisma's connection too", async () => {
    const sqlite = direct as NonNullable<typeof direct>;
    expect(sqlite.statement("PRAGMA temp_store").get()).toEqual({ temp_store: 2 });
    expect(sqlite.statement("PRAGMA wal_autocheckpoint").get()).toEqual({ wal_autocheckpoint: 4000 });
    expect(await db.$queryRawUnsafe("PRAGMA temp_store")).toEqual([{ temp_store: 2n }]);
  });

  it("runs work queued together in order, settling each piece with its own result", async () => {
    const sqlite = direct as NonNullable<typeof direct>;
    const order: number[] = [];
    const results = await Promise.allSettled([
      sqlite.exclusive(() => (order.push(1), "one")),
      sqlite.exclusive(() => (order.push(2), sqlite.statement("SELECT 2 AS two").get())),
    ]);
    // Nothing failed: each piece ran once.
    expect(order).toEqual([1, 2]);
    expect(results).toEqual([
      { status: "fulfilled", value: "one" },
      { status: "fulfilled", value: { two: 2 } },
    ]);
  });

  it("undoes only a failing piece's writes: its group runs again, each piece under its own savepoint", async () => {
    const sqlite = direct as NonNullable<typeof direct>;
    const users = [await createTestUser(), await createTestUser(), await createTestUser()];
    const rename = (index: number, name: string) => sqlite.statement('UPDATE "User" SET "name" = ? WHERE "id" = ?').run(name, users[index]?.id).changes;
    const runs: number[] = [];
    const results = await Promise.allSettled([
      sqlite.exclusive(() => (runs.push(1), rename(0, "first piece"))),
      sqlite.exclusive(() => {
        runs.push(2);
        rename(1, "written, then undone");
        throw new Error("piece two fails");
      }),
      sqlite.exclusive(() => (runs.push(3), rename(2, "third piece"))),
    ]);
    // The first run stopped at the failure and was rolled back; the careful run did every piece.
    expect(runs).toEqual([1, 2, 1, 2, 3]);
    expect(results).toEqual([
      { status: "fulfilled", value: 1 },
      { status: "rejected", reason: new Error("piece two fails") },
      { status: "fulfilled", value: 1 },
    ]);
    const names = await db.user.findMany({ where: { id: { in: users.map((user) => user.id) } }, select: { id: true, name: true } });
    const nameOf = (index: number) => names.find((row) => row.id === users[index]?.id)?.name;
    expect(nameOf(0)).toBe("first piece");
    expect(nameOf(1)).toBe(users[1]?.name);
    expect(nameOf(2)).toBe("third piece");
    // The group after runs without savepoints again, once.
    runs.length = 0;
    expect(await sqlite.exclusive(() => (runs.push(4), rename(0, "next group")))).toBe(1);
    expect(runs).toEqual([4]);
  });
});

describe("attempt snapshots in memory", () => {
  it("share one checked, frozen copy of an item between attempts, and fail only the item that is broken", async () => {
    const fixture = await createStudyArticle();
    const user = await createTestUser();
    const started = await handleStartQuiz(user.id, JSON.stringify({ articleSlug: fixture.slug, count: 10 }), t0);
    const { attemptId } = started.body as { attemptId: string };
    const stored = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId }, select: { articleId: true, assignmentId: true, options: true, items: true } });
    const items = JSON.parse(stored.items) as { question: { id: string } }[];
    const first = buildSnapshot(stored);
    const second = buildSnapshot({ ...stored, items: JSON.stringify([...items].reverse()) });
    expect(second.itemAt(items.length - 1)).toBe(first.itemAt(0));
    expect(Object.isFrozen(first.itemAt(0).question)).toBe(true);
    expect(first.positionOf(items[1]?.question.id ?? "")).toBe(1);
    expect(first.positionOf("not-in-this-attempt")).toBeUndefined();

    const broken = buildSnapshot({ ...stored, items: JSON.stringify([{ ...items[0], question: { id: "q-broken" } }, ...items.slice(1)]) });
    expect(broken.positionOf("q-broken")).toBe(0);
    expect(() => broken.itemAt(0)).toThrow();
    expect(broken.itemAt(1)).toBe(first.itemAt(1));
    expect(() => broken.itemAt(items.length)).toThrow(RangeError);
  });

  it("are rebuilt from the attempt's item keys and the pool, reading the items only when they are needed", async () => {
    const fixture = await createStudyArticle();
    const user = await createTestUser();
    const started = await handleStartQuiz(user.id, JSON.stringify({ articleSlug: fixture.slug, count: 10 }), t0);
    const { attemptId } = started.body as { attemptId: string };
    const stored = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId }, select: { articleId: true, assignmentId: true, options: true, items: true, itemKeys: true } });
    const items = JSON.parse(stored.items) as { question: { id: string } }[];
    const keys = JSON.parse(stored.itemKeys ?? "null") as [string, string][];
    expect(keys.map(([questionId]) => questionId)).toEqual(items.map((item) => item.question.id));
    const reference = buildSnapshot(stored);

    // Another server process (a worker that did not start the attempt) has the items in its pool
    // from other attempts: it reads the small columns only. A fresh id stands for an attempt this
    // process has not seen.
    const index: StoredIndex = { articleId: stored.articleId, assignmentId: stored.assignmentId, options: stored.options, itemKeys: stored.itemKeys };
    let itemReads = 0;
    const loadItems = async () => (itemReads++, stored.items);
    const fromPool = await attemptSnapshot(crypto.randomUUID(), async () => index, loadItems);
    expect(itemReads).toBe(0);
    expect(fromPool?.itemCount).toBe(items.length);
    expect(fromPool?.itemAt(2)).toBe(reference.itemAt(2));
    expect(fromPool?.positionOf(items[3]?.question.id ?? "")).toBe(3);
    expect(fromPool?.desiredRetention).toBe(reference.desiredRetention);

    // Without keys (an attempt from before them), with a key the pool does not hold, or with keys
    // that do not parse, it reads the items and gets the same snapshot.
    const missingKey = JSON.stringify([[items[0]?.question.id, "not-a-pooled-key"], ...keys.slice(1)]);
    for (const itemKeys of [null, missingKey, "{not json", JSON.stringify([["q", 7]])]) {
      const snapshot = await attemptSnapshot(crypto.randomUUID(), async () => ({ ...index, itemKeys }), loadItems);
      expect(snapshot?.itemAt(1)).toBe(reference.itemAt(1));
      expect(snapshot?.positionOf(items[4]?.question.id ?? "")).toBe(4);
    }
    expect(itemReads).toBe(4);
    // An attempt that is gone is no snapshot.
    expect(await attemptSnapshot(crypto.randomUUID(), async () => null, loadItems)).toBeNull();
    expect(await attemptSnapshot(crypto.randomUUID(), async () => ({ ...index, itemKeys: null }), async () => null)).toBeNull();
  });

  it("are one cache per process, even when the module is loaded twice (as Next loads it in each router's bundle)", async () => {
    const fixture = await createStudyArticle();
    const user = await createTestUser();
    const started = await handleStartQuiz(user.id, JSON.stringify({ articleSlug: fixture.slug, count: 10 }), t0);
    const { attemptId } = started.body as { attemptId: string };
    vi.resetModules();
    const otherCopy = await import("@/server/study/attempt-snapshots");
    expect(otherCopy.attemptSnapshot).not.toBe(attemptSnapshot);
    const unexpectedRead = async (): Promise<never> => {
      throw new Error("read the database for a snapshot this process already holds");
    };
    const snapshot = await otherCopy.attemptSnapshot(attemptId, unexpectedRead, unexpectedRead);
    expect(snapshot?.itemCount).toBe(5);
  });
});
