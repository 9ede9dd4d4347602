import "server-only";
import { WeightedLru } from "@/lib/cache/weighted-lru";
import type { MemoryState } from "@/lib/study/scheduler";
import { db, directSqlite, type DirectSqlite } from "../db";
import { attemptSnapshot, cachedSnapshot, SNAPSHOT_CACHE_ITEMS, type AttemptSnapshot, type StoredIndex } from "./attempt-snapshots";
import { planReview, readMemory, reviewWrites, type ReviewPlan, type ReviewRequest } from "./memory";

// Storage for the answer path, the app's hottest write (docs/decisions/040-direct-sqlite-hot-paths.md).
// On SQLite it runs prepared statements on Prisma's own connection: one synchronous transaction
// reads the fact's card and writes the answer, the card and the review log. On PostgreSQL it is
// the same work through Prisma. Both give the same rows (tests/integration/answer-store.test.ts).

/**
 * What answering needs of an attempt: whether it was finished when read (null also when it was not
 * read: on SQLite, saveAnswer checks it again as it writes) and its snapshot.
 */
export type AttemptForAnswer = { finishedAt: Date | null; snapshot: AttemptSnapshot };

/**
 * Thrown by saveAnswer on SQLite when, in its write transaction, the answer's user is no longer
 * there or no longer a student's account: nothing is stored. The study API then reads the account
 * and answers 401 or 403 (answerApiRequest's `userCheckedByWrites`).
 */
export class AnswererRefusedError extends Error {
  constructor() {
    super("The account is gone or is no longer a student's");
    this.name = "AnswererRefusedError";
  }
}

/**
 * Thrown by saveAnswer on SQLite when, in its write transaction, the attempt is no longer there or
 * no longer the caller's ("missing") or is finished ("finished"): nothing is stored.
 */
export class AttemptClosedError extends Error {
  constructor(readonly reason: "missing" | "finished") {
    super(reason === "missing" ? "The quiz attempt is not there" : "The quiz attempt is finished");
    this.name = "AttemptClosedError";
  }
}

// The owner of each attempt this process has read with its owner: an attempt never changes hands,
// so a later answer to it needs no read before saving (saveAnswer checks, in its transaction, that
// the attempt is still there, the caller's and open). One map per process, whichever bundle runs
// this module (decision 043), as for the snapshots.
const processWide = globalThis as typeof globalThis & { footnoteAttemptOwners?: WeightedLru<string, string> };
const attemptOwners = (processWide.footnoteAttemptOwners ??= new WeightedLru<string, string>(SNAPSHOT_CACHE_ITEMS));

export type AnswerRow = {
  id: string;
  attemptId: string;
  userId: string;
  questionId: string;
  position: number;
  factKey: string | null;
  response: string;
  correct: boolean;
  answeredAt: Date;
};

/** The caller's attempt, or null when it does not exist or belongs to someone else. */
export async function findAttemptForAnswer(attemptId: string, userId: string): Promise<AttemptForAnswer | null> {
  const direct = await directSqlite();
  if (direct && attemptOwners.get(attemptId) === userId) {
    const snapshot = cachedSnapshot(attemptId);
    if (snapshot) return { finishedAt: null, snapshot };
  }
  if (!direct) {
    const attempt = await db.quizAttempt.findFirst({ where: { id: attemptId, userId }, select: { finishedAt: true } });
    if (!attempt) return null;
    const snapshot = await attemptSnapshot(
      attemptId,
      () => db.quizAttempt.findUnique({ where: { id: attemptId }, select: { articleId: true, assignmentId: true, options: true, itemKeys: true } }),
      async () => (await db.quizAttempt.findUnique({ where: { id: attemptId }, select: { items: true } }))?.items ?? null,
    );
    return snapshot && { finishedAt: attempt.finishedAt, snapshot };
  }
  // One statement reads whether the attempt is the caller's and open, and what its snapshot is built
  // from when this process does not hold it: each read outside a transaction costs a transaction.
  const row = direct.statement(SELECT_ATTEMPT_FOR_ANSWER).get(attemptId, userId) as (StoredIndex & { finishedAt: string | null }) | undefined;
  if (!row) return null;
  const snapshot = await attemptSnapshot(
    attemptId,
    async () => row,
    async () => ((direct.statement(`SELECT "items" FROM "QuizAttempt" WHERE "id" = ?`).get(attemptId) as { items: string } | undefined)?.items ?? null),
  );
  if (!snapshot) return null;
  rememberAttemptOwner(attemptId, userId);
  return { finishedAt: row.finishedAt === null ? null : new Date(row.finishedAt), snapshot };
}

/**
 * Remembers who an attempt belongs to (it never changes hands), so that this process answers it
 * from its snapshot without reading the attempt first (saveAnswer still checks it as it writes).
 */
export function rememberAttemptOwner(attemptId: string, userId: string): void {
  attemptOwners.set(attemptId, userId, 1);
}

/**
 * Stores an answer and, when `review` is given, the review of its fact, in one transaction.
 * A second answer to the same question fails with a unique violation (isUniqueViolation). On
 * SQLite the transaction first checks that the answer's user is a student's account
 * (AnswererRefusedError: the study API does not read it before, decision 040) and that the attempt
 * is that user's and open (AttemptClosedError), so an answer cannot land after the attempt was
 * finished elsewhere, or after the account was deleted or made an instructor's.
 */
export async function saveAnswer(answer: AnswerRow, review: ReviewRequest | null): Promise<void> {
  const direct = await directSqlite();
  if (direct) {
    await direct.exclusive(() => {
      const answerer = direct.statement(SELECT_ROLE).get(answer.userId) as { role: string } | undefined;
      // The study API's rule (server/api/route.ts): studying is for student accounts.
      if (answerer?.role !== "STUDENT") throw new AnswererRefusedError();
      const attempt = direct.statement(SELECT_OPEN_STATE).get(answer.attemptId, answer.userId) as { finishedAt: string | null } | undefined;
      if (!attempt) throw new AttemptClosedError("missing");
      if (attempt.finishedAt !== null) throw new AttemptClosedError("finished");
      direct.statement(INSERT_ANSWER).run(sqliteRow(answer, ANSWER_COLUMNS));
      if (review) writeReviewPlan(direct, planReview(readCard(direct, review), review));
    });
    return;
  }
  await saveAnswerWithPrisma(answer, review);
}

/** saveAnswer through Prisma: PostgreSQL's path, and the reference the SQLite path is tested against. */
export async function saveAnswerWithPrisma(answer: AnswerRow, review: ReviewRequest | null): Promise<void> {
  const create = db.quizAnswer.create({ data: answer, select: { id: true } });
  if (!review) {
    await create;
    return;
  }
  const { writes } = reviewWrites(await readMemory(review), review);
  await db.$transaction([create, ...writes]);
}

// ---- SQLite ----
// Values are stored as Prisma's SQLite adapter stores them: DateTime as ISO 8601 text with an
// explicit +00:00 offset, Boolean as 0/1.

type SqliteValue = string | number | null;

function sqliteValue(value: unknown): SqliteValue {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value as SqliteValue;
}

/** A row's values in the order of `columns`, bound to the statement's positional parameters. */
function sqliteRow(row: Record<string, unknown>, columns: readonly string[]): SqliteValue[] {
  return columns.map((column) => sqliteValue(row[column]));
}

const ANSWER_COLUMNS = ["id", "attemptId", "userId", "questionId", "position", "factKey", "response", "correct", "answeredAt"] as const;
const STATE_COLUMNS = ["due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview"] as const;
const CARD_COLUMNS = ["userId", "articleId", "factKey", "questionId", ...STATE_COLUMNS, "introducedAt", "introducedBy"] as const;
const LOG_COLUMNS = [
  "id", "userId", "articleId", "factKey", "questionId", "origin", "answerId", "rating", "desiredRetention",
  "stateBefore", "dueBefore", "stateAfter", "stability", "difficulty", "scheduledDays", "dueAfter", "reviewedAt",
] as const;

const quoted = (columns: readonly string[]) => columns.map((column) => `"${column}"`).join(", ");
const placeholders = (columns: readonly string[]) => columns.map(() => "?").join(", ");

const SELECT_ROLE = `SELECT "role" FROM "User" WHERE "id" = ?`;
const SELECT_OPEN_STATE = `SELECT "finishedAt" FROM "QuizAttempt" WHERE "id" = ? AND "userId" = ?`;
const SELECT_ATTEMPT_FOR_ANSWER = `SELECT "finishedAt", "articleId", "assignmentId", "options", "itemKeys" FROM "QuizAttempt" WHERE "id" = ? AND "userId" = ?`;
const INSERT_ANSWER = `INSERT INTO "QuizAnswer" (${quoted(ANSWER_COLUMNS)}) VALUES (${placeholders(ANSWER_COLUMNS)})`;
const SELECT_CARD = `SELECT ${quoted(STATE_COLUMNS)} FROM "MemoryCard" WHERE "userId" = ? AND "articleId" = ? AND "factKey" = ?`;
// A new card is inserted whole; an existing one keeps its key and when and how it was introduced.
const UPSERT_CARD =
  `INSERT INTO "MemoryCard" (${quoted(CARD_COLUMNS)}) VALUES (${placeholders(CARD_COLUMNS)}) ` +
  `ON CONFLICT ("userId", "articleId", "factKey") DO UPDATE SET ` +
  ["questionId", ...STATE_COLUMNS].map((column) => `"${column}" = excluded."${column}"`).join(", ");
const INSERT_LOG = `INSERT INTO "ReviewLog" (${quoted(LOG_COLUMNS)}) VALUES (${placeholders(LOG_COLUMNS)})`;

type StoredState = Omit<MemoryState, "due" | "lastReview"> & { due: string; lastReview: string | null };

function readCard(direct: DirectSqlite, { userId, articleId, factKey }: ReviewRequest): MemoryState | null {
  const row = direct.statement(SELECT_CARD).get(userId, articleId, factKey) as StoredState | undefined;
  if (!row) return null;
  return { ...row, due: new Date(row.due), lastReview: row.lastReview === null ? null : new Date(row.lastReview) };
}

function writeReviewPlan(direct: DirectSqlite, plan: ReviewPlan): void {
  direct.statement(UPSERT_CARD).run(sqliteRow(plan.card, CARD_COLUMNS));
  direct.statement(INSERT_LOG).run(sqliteRow(plan.log, LOG_COLUMNS));
}
