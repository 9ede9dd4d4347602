import "server-only";
import { uuidV7 } from "@/lib/ids/uuid-v7";
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

/** The card row a review leaves (its key included) and the review log row it appends. */
export type ReviewPlan = {
  after: MemoryState;
  card: CardKey & MemoryState & { questionId: string; introducedAt: Date; introducedBy: ReviewRequest["origin"] };
  log: CardKey & {
    id: string;
    questionId: string;
    origin: ReviewRequest["origin"];
    answerId: string | null;
    rating: Rating;
    desiredRetention: number;
    stateBefore: number;
    dueBefore: Date | null;
    stateAfter: number;
    stability: number;
    difficulty: number;
    scheduledDays: number;
    dueAfter: Date;
    reviewedAt: Date;
  };
};

/**
 * What one rating does to one fact: the card's new state and the log entry. `current` is the card
 * as read just before. introducedAt/introducedBy only apply when the card is created.
 */
export function planReview(current: MemoryState | null, request: ReviewRequest): ReviewPlan {
  const key = { userId: request.userId, articleId: request.articleId, factKey: request.factKey };
  const { before, after } = reviewMemory(current, request.rating, request.now, request.desiredRetention);
  return {
    after,
    card: { ...key, questionId: request.questionId, ...after, introducedAt: request.now, introducedBy: request.origin },
    log: {
      id: uuidV7(),
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
  };
}

/**
 * The Prisma writes of a review plan, for the caller to run in one batch transaction with its own
 * writes (a batch costs a third of an interactive transaction on the answer path).
 */
export function reviewWrites(current: MemoryState | null, request: ReviewRequest) {
  const { after, card, log } = planReview(current, request);
  // An existing card keeps when and how it was introduced.
  const { userId, articleId, factKey, introducedAt: _introducedAt, introducedBy: _introducedBy, ...state } = card;
  const upsert = db.memoryCard.upsert({
    where: { userId_articleId_factKey: { userId, articleId, factKey } },
    create: card,
    update: state,
    select: { factKey: true },
  });
  const append = db.reviewLog.create({ data: log, select: { id: true } });
  return { after, writes: [upsert, append] as const };
}
