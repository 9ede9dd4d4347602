import "server-only";
import crypto from "node:crypto";
import { quizCapacity } from "@/lib/study/draw-quiz";
import { factKeyOf } from "@/lib/study/fact-key";
import type { AttemptItem } from "@/lib/study/schema";
import { sourceHref } from "@/lib/study/source-link";
import { formatDateTime } from "@/lib/teach/format";
import { assignmentWindow, attemptDeadline } from "@/lib/teach/schedule";
import type { AssignmentInput } from "@/lib/teach/schema";
import { findTeachableArticle } from "../classes/articles";
import { invalidField, notFound, TeachError } from "../classes/errors";
import { readStoredModel } from "../content/data";
import { db } from "../db";
import { prepareSnapshot, rememberSnapshot } from "../study/attempt-snapshots";
import { getStudySettings } from "../study/data";
import { isUniqueViolation } from "../study/errors";
import { closeOverdueAttempts } from "./attempt-rules";
import { assignmentPool, drawFromPool } from "./pool";
import { assignmentSelect, readAssignment } from "./records";

// Writes for assignments: creating one, and starting an attempt under its limits.

export async function createAssignment(instructorId: string, input: AssignmentInput): Promise<{ id: string; questionCount: number }> {
  const owned = await db.class.count({ where: { id: input.classId, instructorId } });
  if (owned === 0) throw notFound("Class");
  const article = await findTeachableArticle(instructorId, input.articleSlug);
  if (!article) throw invalidField("articleSlug", `No article "${input.articleSlug}" that you can assign; choose one from the list`);
  const pool = await assignmentPool(instructorId, article.id, input);
  // A quiz asks one question per source item, so that is what the pool can hold.
  const capacity = quizCapacity(pool);
  if (capacity === 0) {
    const field = input.sections.length > 0 ? "sections" : input.kinds.length > 0 ? "kinds" : "articleSlug";
    throw invalidField(field, "No questions match this choice of sections and kinds; choose more of them");
  }
  const seed = crypto.randomBytes(12).toString("base64url");
  // "same": the questions are drawn now, so everyone (and the printed copy) gets exactly these.
  const questionIds = input.drawMode === "same" ? drawFromPool(pool, input.questionCount, seed).map((question) => question.id) : [];
  const created = await db.assignment.create({
    data: {
      classId: input.classId,
      articleId: article.id,
      title: input.title,
      sections: JSON.stringify(input.sections),
      kinds: JSON.stringify(input.kinds),
      includeOwnQuestions: input.includeOwnQuestions,
      questionCount: input.drawMode === "same" ? questionIds.length : Math.min(input.questionCount, capacity),
      opensAt: input.opensAt,
      dueAt: input.dueAt,
      lateUntil: input.lateUntil,
      timeLimitMinutes: input.timeLimitMinutes,
      attemptsAllowed: input.attemptsAllowed,
      drawMode: input.drawMode,
      seed,
      questionIds: JSON.stringify(questionIds),
      reviewAfter: input.reviewAfter,
    },
    select: { id: true, questionCount: true },
  });
  return created;
}

export type StartedAttempt = { attemptId: string; attemptNumber: number; resumed: boolean };

/** Loops at most this often: every lost race means another attempt row exists, and rows are capped. */
const MAX_START_ROUNDS = 50;

/**
 * Starts (or resumes) the student's attempt at an assignment. The attempt limit holds under
 * concurrency because attempt numbers 1..N are unique per (assignment, student) in the database:
 * two requests racing for number k both try to insert it, one wins, and the loser reads again
 * and resumes the winner's attempt. No read-then-write window can exceed N, on SQLite or PostgreSQL.
 */
export async function startAssignmentAttempt(userId: string, assignmentId: string, now: Date): Promise<StartedAttempt> {
  const row = await db.assignment.findFirst({
    where: { id: assignmentId, class: { enrollments: { some: { userId } } } },
    select: { ...assignmentSelect, class: { select: { instructorId: true } }, article: { select: { slug: true, model: true } } },
  });
  if (!row) throw notFound("Assignment");
  const { class: owner, article, ...record } = row;
  const assignment = readAssignment(record);

  for (let round = 0; round < MAX_START_ROUNDS; round++) {
    await closeOverdueAttempts({ assignmentId, userId }, now);
    const attempts = await db.quizAttempt.findMany({
      where: { assignmentId, userId },
      orderBy: { attemptNumber: "asc" },
      select: { id: true, attemptNumber: true, finishedAt: true },
    });
    const open = attempts.find((attempt) => attempt.finishedAt === null);
    if (open) return { attemptId: open.id, attemptNumber: open.attemptNumber ?? 0, resumed: true };

    const window = assignmentWindow(assignment, now);
    if (window === "upcoming") throw new TeachError("conflict", `This assignment opens on ${formatDateTime(assignment.opensAt, "UTC")}`);
    if (window === "closed") throw new TeachError("conflict", "This assignment is closed");
    const attemptNumber = attempts.reduce((highest, attempt) => Math.max(highest, attempt.attemptNumber ?? 0), 0) + 1;
    if (attemptNumber > assignment.attemptsAllowed) {
      throw new TeachError("conflict", `You have used all ${assignment.attemptsAllowed} attempt${assignment.attemptsAllowed === 1 ? "" : "s"} at this assignment`);
    }

    const pool = await assignmentPool(owner.instructorId, assignment.articleId, assignment);
    const seed = `${assignment.seed}:${userId}:${attemptNumber}`;
    const poolById = new Map(pool.map((question) => [question.id, question]));
    // A question retired since the assignment was made is left out, not replaced.
    const questions =
      assignment.drawMode === "same"
        ? assignment.questionIds.flatMap((id) => poolById.get(id) ?? [])
        : drawFromPool(pool, assignment.questionCount, seed);
    if (questions.length === 0) throw new TeachError("conflict", "This assignment has no questions left; tell your instructor");
    const model = readStoredModel(article.slug, article.model);
    const items: AttemptItem[] = questions.map((question) => ({ question, factKey: factKeyOf(question), sourceHref: sourceHref(model, question.source) }));
    const settings = await getStudySettings(userId);
    const stored = {
      articleId: assignment.articleId,
      assignmentId,
      options: JSON.stringify({ assignmentId, count: questions.length, sections: assignment.sections, kinds: assignment.kinds, desiredRetention: settings.desiredRetention }),
      items: JSON.stringify(items),
    };
    const prepared = prepareSnapshot(stored);
    try {
      const created = await db.quizAttempt.create({
        data: { userId, ...stored, itemKeys: prepared.itemKeys, attemptNumber, seed, questionCount: items.length, startedAt: now, deadlineAt: attemptDeadline(assignment, now) },
        select: { id: true },
      });
      rememberSnapshot(created.id, prepared.snapshot);
      return { attemptId: created.id, attemptNumber, resumed: false };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Another request took this attempt number a moment ago: read again (and resume it).
    }
  }
  throw new Error(`startAssignmentAttempt: no attempt after ${MAX_START_ROUNDS} rounds for assignment ${assignmentId}, user ${userId}`);
}
