import "server-only";
import crypto from "node:crypto";
import { checkAnswer } from "@/lib/answers/check-answer";
import { uuidV7 } from "@/lib/ids/uuid-v7";
import { drawQuiz } from "@/lib/study/draw-quiz";
import { factKeyOf } from "@/lib/study/fact-key";
import { toPublicQuestion, type PublicQuestion } from "@/lib/study/public-question";
import type { AnswerReceipt, AnswerResult, AttemptSummary } from "@/lib/study/results";
import { ratingForQuizAnswer, type Rating } from "@/lib/study/scheduler";
import { responseFitsKind, responseIsOfferedChoice, type AnswerInput, type AttemptItem, type SettingsInput, type StartQuizInput } from "@/lib/study/schema";
import { sourceHref } from "@/lib/study/source-link";
import { db } from "../db";
import { answersVisible, attemptExpired, findAttemptRules, finishTime, presentAnswer, presentSummary, refuseLateAnswer, refuseUnlessEnrolled, type AttemptRules } from "../assignments/attempt-rules";
import {
  activeQuestions,
  buildAnswerResult,
  buildAttemptSummary,
  findQuestion,
  findStudyArticle,
  getStudySettings,
  parseAttemptItem,
  readAttemptItems,
  type StudySettings,
} from "./data";
import { invalidField, isUniqueViolation, notFound, StudyError } from "./errors";
import { AttemptClosedError, findAttemptForAnswer, rememberAttemptOwner, saveAnswer } from "./answer-store";
import { prepareSnapshot, rememberSnapshot } from "./attempt-snapshots";
import { readMemory, reviewWrites } from "./memory";

// Writes for the study feature. Each takes the learner's id and the clock, and commits everything a
// response reports (the answer, the review it causes) in one transaction before returning.

export async function saveStudySettings(userId: string, input: SettingsInput): Promise<StudySettings> {
  return db.studySettings.upsert({
    where: { userId },
    create: { userId, ...input },
    update: input,
    select: { desiredRetention: true, newCardsPerDay: true, timeZone: true },
  });
}

export type StartedQuiz = { attemptId: string; questions: PublicQuestion[] };

export async function startQuiz(userId: string, input: StartQuizInput, now: Date): Promise<StartedQuiz> {
  const article = await findStudyArticle(input.articleSlug);
  if (!article) throw invalidField("articleSlug", `No article with the slug "${input.articleSlug}"`);
  const [questions, settings] = await Promise.all([activeQuestions(article.id), getStudySettings(userId)]);
  const seed = crypto.randomBytes(12).toString("base64url");
  const drawn = drawQuiz(questions, input, seed);
  if (drawn.length === 0) {
    const field = input.sections?.length ? "sections" : input.kinds?.length ? "kinds" : "articleSlug";
    throw invalidField(field, "No questions match this choice of sections and kinds");
  }
  const items: AttemptItem[] = drawn.map((question) => ({ question, factKey: factKeyOf(question), sourceHref: sourceHref(article.model, question.source) }));
  const snapshot = {
    articleId: article.id,
    assignmentId: null,
    // The retention in force when the quiz began schedules its answers, so answering needs no settings read.
    options: JSON.stringify({ count: input.count, sections: input.sections ?? [], kinds: input.kinds ?? [], desiredRetention: settings.desiredRetention }),
    items: JSON.stringify(items),
  };
  const prepared = prepareSnapshot(snapshot);
  const attempt = await db.quizAttempt.create({
    data: { userId, seed, questionCount: items.length, startedAt: now, ...snapshot, itemKeys: prepared.itemKeys },
    select: { id: true },
  });
  rememberSnapshot(attempt.id, prepared.snapshot);
  rememberAttemptOwner(attempt.id, userId);
  return { attemptId: attempt.id, questions: drawn.map((question) => toPublicQuestion(question, seed)) };
}

/**
 * Grades one answer on the server and stores it with the review of its fact, in one transaction.
 * A second answer to the same question (or two racing ones) meets the unique constraint on
 * (attemptId, questionId): the loser gets a conflict carrying the first answer's result.
 */
export async function recordAnswer(userId: string, attemptId: string, input: AnswerInput, now: Date): Promise<AnswerResult | AnswerReceipt> {
  const attempt = await findAttemptForAnswer(attemptId, userId);
  if (!attempt) throw notFound("Quiz attempt");
  const { snapshot } = attempt;
  // An assignment's attempt: its deadline (server clock) and when results may be shown.
  const rules = snapshot.assignmentId ? await findAttemptRules(attemptId) : null;
  const position = snapshot.positionOf(input.questionId);
  if (position === undefined) throw invalidField("questionId", "This question is not part of this quiz attempt");
  const item = snapshot.itemAt(position);
  const { question } = item;
  const itemCount = Array.isArray(question.answer) ? question.answer.length : 1;
  if (!responseFitsKind(question.kind, input.response, itemCount)) {
    throw invalidField("response", responseShapeMessage(question.kind, itemCount));
  }
  // A question answered only by choosing takes one of its choices (true/false reads words too); an
  // ordering or matching takes its own items.
  if (!responseIsOfferedChoice(question, input.response)) {
    const expected = Array.isArray(question.answer)
      ? question.kind === "matching"
        ? "Expected each left-hand item of this question once, each paired with one of its right-hand items, as written"
        : "Expected this question's items, each once, as written"
      : "Expected one of this question's choices, as written";
    throw invalidField("response", expected);
  }
  // Finished as read before saving (an assignment's rules are read every time; a practice attempt
  // this process knows is checked only as the answer is written, with the same outcome).
  if (attempt.finishedAt ?? rules?.finishedAt) await refuseFinished(attemptId, item, rules, now);
  refuseUnlessEnrolled(rules);
  if (rules && attemptExpired(rules, now)) await refuseLateAnswer(rules, attemptId);
  const { correct } = checkAnswer(question, input.response);
  // A hidden assignment answer does not move spaced repetition: a card falling due at once would say it was wrong.
  const reviewedFact = item.factKey !== null && answersVisible(rules, false, now) ? item.factKey : null;
  // Two tries: a unique violation is either this question answered already (a conflict) or, through
  // Prisma, the fact's card created by a concurrent review a moment ago (then the second try updates it).
  for (let attemptNumber = 1; ; attemptNumber++) {
    try {
      // Time-ordered, so each answer is appended at the end of the table's key index.
      const answerId = uuidV7();
      const answer = { id: answerId, attemptId, userId, questionId: question.id, position, factKey: item.factKey, response: JSON.stringify(input.response), correct, answeredAt: now };
      const review =
        reviewedFact !== null
          ? { userId, articleId: snapshot.articleId, factKey: reviewedFact, questionId: question.id, rating: ratingForQuizAnswer(correct), origin: "quiz" as const, answerId, desiredRetention: snapshot.desiredRetention, now }
          : null;
      await saveAnswer(answer, review);
      break;
    } catch (error) {
      // Finished (in another tab, say) or gone since it was read: checked again as the answer is written.
      if (error instanceof AttemptClosedError) {
        if (error.reason === "missing") throw notFound("Quiz attempt");
        await refuseFinished(attemptId, item, rules, now);
      }
      if (!isUniqueViolation(error)) throw error;
      const existing = await existingResult(attemptId, item);
      if (existing) throw new StudyError("conflict", "This question was already answered", { body: presentAnswer(rules, existing, false, now) });
      if (attemptNumber >= 2) throw error;
    }
  }
  return presentAnswer(rules, buildAnswerResult(item, input.response, correct), false, now);
}

/** The 409 for answering a finished attempt: with the question's result if it was answered. */
async function refuseFinished(attemptId: string, item: AttemptItem, rules: AttemptRules | null, now: Date): Promise<never> {
  const existing = await existingResult(attemptId, item);
  // `finished: true` tells a page open in another tab to show the attempt's summary.
  throw new StudyError("conflict", existing ? "This question was already answered" : "This quiz is finished", { body: existing ? presentAnswer(rules, existing, true, now) : { finished: true } });
}

async function existingResult(attemptId: string, item: AttemptItem): Promise<AnswerResult | null> {
  const answer = await db.quizAnswer.findUnique({
    where: { attemptId_questionId: { attemptId, questionId: item.question.id } },
    select: { response: true, correct: true },
  });
  return answer ? buildAnswerResult(item, JSON.parse(answer.response), answer.correct) : null;
}

function responseShapeMessage(kind: string, itemCount: number): string {
  if (kind === "timeline-order") return `Expected the ${itemCount} items as an array of strings, in the order you choose`;
  if (kind === "matching") return `Expected ${itemCount} [left, right] pairs`;
  if (kind === "true-false") return "Expected true or false (a boolean, or \"true\"/\"false\", \"yes\"/\"no\")";
  return "Expected the answer as a string that is not empty";
}

/** Ends an attempt (unanswered questions count as missed) and returns its summary; finishing twice returns the same summary. */
export async function finishAttempt(userId: string, attemptId: string, now: Date): Promise<AttemptSummary> {
  const attempt = await db.quizAttempt.findFirst({
    where: { id: attemptId, userId },
    select: { id: true, items: true, startedAt: true, finishedAt: true, assignmentId: true, article: { select: { slug: true, title: true } } },
  });
  if (!attempt) throw notFound("Quiz attempt");
  const rules = attempt.assignmentId ? await findAttemptRules(attemptId) : null;
  let finishedAt = attempt.finishedAt;
  if (!finishedAt) {
    refuseUnlessEnrolled(rules);
    // Only the first finish sets the time, even when two finish requests race. An assignment's
    // attempt that ran past its deadline ends at the deadline. An answer that arrived after this
    // request but was stored before it (another worker) moves the time to that answer's: an
    // attempt never ends before one of its answers. One write transaction, so no answer is stored
    // between reading the last one and finishing (on SQLite; on PostgreSQL one may, by milliseconds).
    await db.$transaction(async (tx) => {
      const last = await tx.quizAnswer.aggregate({ where: { attemptId }, _max: { answeredAt: true } });
      const at = finishTime(rules, now);
      const lastAnswer = last._max.answeredAt;
      await tx.quizAttempt.updateMany({ where: { id: attemptId, finishedAt: null }, data: { finishedAt: lastAnswer && lastAnswer > at ? lastAnswer : at } });
    });
    const stored = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId }, select: { finishedAt: true } });
    finishedAt = stored.finishedAt ?? now;
  }
  const answers = await db.quizAnswer.findMany({ where: { attemptId }, select: { questionId: true, response: true, correct: true } });
  return presentSummary(rules, buildAttemptSummary({ ...attempt, finishedAt }, readAttemptItems(attempt.items).map(parseAttemptItem), answers), now);
}

export type ReviewResult = { questionId: string; factKey: string; rating: Rating; due: string; state: number; scheduledDays: number; stability: number; difficulty: number };

/** Grades one flashcard (any question of the fact names it) and returns when it is next due. */
export async function recordReview(userId: string, questionId: string, rating: Rating, now: Date): Promise<ReviewResult> {
  const found = await findQuestion(questionId);
  if (!found) throw notFound("Flashcard");
  const factKey = factKeyOf(found.question);
  if (!factKey) throw notFound("Flashcard");
  const settings = await getStudySettings(userId);
  const request = { userId, articleId: found.articleId, factKey, questionId, rating, origin: "flashcard" as const, desiredRetention: settings.desiredRetention, now };
  const review = async () => {
    const { after, writes } = reviewWrites(await readMemory(request), request);
    await db.$transaction([...writes]);
    return after;
  };
  // A first review racing another first review of the same fact: the card exists now, so retry once.
  const after = await review().catch((error: unknown) => {
    if (isUniqueViolation(error)) return review();
    throw error;
  });
  return {
    questionId,
    factKey,
    rating,
    due: after.due.toISOString(),
    state: after.state,
    scheduledDays: after.scheduledDays,
    stability: after.stability,
    difficulty: after.difficulty,
  };
}
