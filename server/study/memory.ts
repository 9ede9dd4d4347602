import "server-only";
import { reviewMemory, type MemoryState, type Rating } from "@/lib/study/scheduler";
import type { Database } from "../db";

type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];

export type ReviewRequest = {
  userId: string;
  articleId: string;
  factKey: string;
  questionId: string;
  rating: Rating;
  origin: "flashcard" | "quiz";
  answerId?: string;
  desiredRetention: number;
  now: Date;
};

/**
 * Moves one fact's memory state by one rating and appends the review to the log, inside the
 * caller's transaction (so an answer and the review it causes are committed together).
 */
export async function applyReview(tx: Transaction, request: ReviewRequest): Promise<MemoryState> {
  const key = { userId: request.userId, articleId: request.articleId, factKey: request.factKey };
  const row = await tx.memoryCard.findUnique({ where: { userId_articleId_factKey: key } });
  const { before, after } = reviewMemory(row, request.rating, request.now, request.desiredRetention);
  const state = {
    questionId: request.questionId,
    due: after.due,
    stability: after.stability,
    difficulty: after.difficulty,
    elapsedDays: after.elapsedDays,
    scheduledDays: after.scheduledDays,
    learningSteps: after.learningSteps,
    reps: after.reps,
    lapses: after.lapses,
    state: after.state,
    lastReview: after.lastReview,
  };
  if (row) {
    await tx.memoryCard.update({ where: { userId_articleId_factKey: key }, data: state });
  } else {
    await tx.memoryCard.create({ data: { ...key, ...state, introducedAt: request.now, introducedBy: request.origin } });
  }
  await tx.reviewLog.create({
    data: {
      ...key,
      questionId: request.questionId,
      origin: request.origin,
      answerId: request.answerId ?? null,
      rating: request.rating,
      desiredRetention: request.desiredRetention,
      stateBefore: row ? before.state : 0,
      dueBefore: row ? before.due : null,
      stateAfter: after.state,
      stability: after.stability,
      difficulty: after.difficulty,
      scheduledDays: after.scheduledDays,
      dueAfter: after.due,
      reviewedAt: request.now,
    },
  });
  return after;
}
