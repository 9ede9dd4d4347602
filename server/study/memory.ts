import "server-only";
import { reviewMemory, type MemoryState, type Rating } from "@/lib/study/scheduler";
import { db } from "../db";

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

type CardKey = { userId: string; articleId: string; factKey: string };

export function readMemory({ userId, articleId, factKey }: CardKey) {
  return db.memoryCard.findUnique({ where: { userId_articleId_factKey: { userId, articleId, factKey } } });
}

/**
 * The writes that move one fact's memory state by one rating and append the review to the log, for
 * the caller to run in one batch transaction with its own writes (a batch costs a third of an
 * interactive transaction on the answer path). `current` is the card as read just before.
 */
export function reviewWrites(current: MemoryState | null, request: ReviewRequest) {
  const key = { userId: request.userId, articleId: request.articleId, factKey: request.factKey };
  const { before, after } = reviewMemory(current, request.rating, request.now, request.desiredRetention);
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
  const card = db.memoryCard.upsert({
    where: { userId_articleId_factKey: key },
    create: { ...key, ...state, introducedAt: request.now, introducedBy: request.origin },
    update: state,
    select: { factKey: true },
  });
  const log = db.reviewLog.create({
    data: {
      ...key,
      questionId: request.questionId,
      origin: request.origin,
      answerId: request.answerId ?? null,
      rating: request.rating,
      desiredRetention: request.desiredRetention,
      stateBefore: current ? before.state : 0,
      dueBefore: current ? before.due : null,
      stateAfter: after.state,
      stability: after.stability,
      difficulty: after.difficulty,
      scheduledDays: after.scheduledDays,
      dueAfter: after.due,
      reviewedAt: request.now,
    },
    select: { id: true },
  });
  return { after, writes: [card, log] as const };
}
