import "server-only";
import type { Article } from "@/lib/content/types";
import { questionSchema, type Question, type QuestionKind } from "@/lib/questions/schema";
import { burySiblings, buildDeck, cardBack, cardsDueToday, type DeckFact } from "@/lib/study/deck";
import { isQuizzable, quizCapacity, sectionsInArticleOrder } from "@/lib/study/draw-quiz";
import { accuracyByDay, dueForecast, masteryBySection, studyStreak, type DailyAccuracy, type DueDay, type SectionMastery } from "@/lib/study/progress";
import { toPublicQuestion } from "@/lib/study/public-question";
import type { AnswerResult, AttemptSummary, AttemptView, CorrectAnswer, DueCards, FlashcardView } from "@/lib/study/results";
import { DEFAULT_DESIRED_RETENTION, recallProbability } from "@/lib/study/scheduler";
import { attemptItemSchema, type AttemptItem, type SettingsInput } from "@/lib/study/schema";
import { sourceHref } from "@/lib/study/source-link";
import { startOfDay, startOfDayAfter } from "@/lib/study/study-day";
import { db } from "../db";
import { readStoredModel } from "../content/data";
import { answersVisibleWhere, attemptExpired, closeAtDeadline, findAttemptRules, presentSummary, presentView } from "../assignments/attempt-rules";
import { notFound } from "./errors";

// Reads for the study feature. Every function takes the learner's id and reads only their rows.

/** Cards due this soon are shown now (Anki's "learn ahead" limit), so learning steps flow in one session. */
export const LEARN_AHEAD_MS = 20 * 60 * 1000;

export type StudyArticle = { id: string; slug: string; title: string; model: Article };
export type StudySettings = SettingsInput;
export const DEFAULT_STUDY_SETTINGS: StudySettings = { desiredRetention: DEFAULT_DESIRED_RETENTION, newCardsPerDay: 20, timeZone: "UTC" };

export async function getStudySettings(userId: string): Promise<StudySettings> {
  const row = await db.studySettings.findUnique({ where: { userId }, select: { desiredRetention: true, newCardsPerDay: true, timeZone: true } });
  return row ?? DEFAULT_STUDY_SETTINGS;
}

export async function hasSavedStudySettings(userId: string): Promise<boolean> {
  return (await db.studySettings.count({ where: { userId } })) > 0;
}

export async function findStudyArticle(slug: string): Promise<StudyArticle | null> {
  const row = await db.article.findUnique({ where: { slug }, select: { id: true, slug: true, title: true, model: true } });
  return row ? { id: row.id, slug: row.slug, title: row.title, model: readStoredModel(row.slug, row.model) } : null;
}

/** The article's current questions. A row that no longer fits the schema is skipped and logged. */
export async function activeQuestions(articleId: string): Promise<Question[]> {
  const rows = await db.question.findMany({ where: { articleId, retiredAt: null }, select: { id: true, data: true }, orderBy: { id: "asc" } });
  const questions: Question[] = [];
  for (const row of rows) {
    const parsed = questionSchema.safeParse(JSON.parse(row.data));
    if (parsed.success) questions.push(parsed.data);
    else console.error(`[study] question ${row.id} of article ${articleId} does not fit the question schema: ${parsed.error.message}`);
  }
  return questions;
}

/** Any question by id, retired or not (a card may be reviewed from a page loaded before a retirement). */
export async function findQuestion(questionId: string): Promise<{ articleId: string; question: Question } | null> {
  const row = await db.question.findUnique({ where: { id: questionId }, select: { articleId: true, data: true } });
  if (!row) return null;
  const parsed = questionSchema.safeParse(JSON.parse(row.data));
  if (!parsed.success) {
    console.error(`[study] question ${questionId} does not fit the question schema: ${parsed.error.message}`);
    return null;
  }
  return { articleId: row.articleId, question: parsed.data };
}

// ---- quiz attempts ----

/** The attempt's stored snapshot. Items are checked with zod one at a time, when they are used. */
export function readAttemptItems(json: string): unknown[] {
  const items: unknown = JSON.parse(json);
  if (!Array.isArray(items)) throw new Error("stored attempt items are not an array");
  return items;
}

export function itemQuestionId(item: unknown): string | undefined {
  if (typeof item !== "object" || item === null) return undefined;
  const question = (item as { question?: { id?: unknown } }).question;
  return typeof question?.id === "string" ? question.id : undefined;
}

export function parseAttemptItem(item: unknown): AttemptItem {
  return attemptItemSchema.parse(item);
}

export function correctAnswerOf(question: Question): CorrectAnswer {
  if (typeof question.answer === "string") return question.answer;
  return question.answer.map((entry) => (typeof entry === "string" ? entry : [entry[0], entry[1]])) as CorrectAnswer;
}

export function buildAnswerResult(item: AttemptItem, response: unknown, correct: boolean): AnswerResult {
  const { question } = item;
  return {
    questionId: question.id,
    correct,
    response,
    correctAnswer: correctAnswerOf(question),
    explanation: {
      parts: question.explanation.parts,
      notes: question.explanation.notes,
      source: { href: item.sourceHref, text: question.source.text, sectionPath: question.source.sectionPath },
    },
  };
}

type AttemptRow = { id: string; seed: string; items: string; startedAt: Date; finishedAt: Date | null; assignmentId: string | null; article: { slug: string; title: string } };

async function findAttempt(userId: string, attemptId: string): Promise<AttemptRow> {
  const attempt = await db.quizAttempt.findFirst({
    where: { id: attemptId, userId },
    select: { id: true, seed: true, items: true, startedAt: true, finishedAt: true, assignmentId: true, article: { select: { slug: true, title: true } } },
  });
  if (!attempt) throw notFound("Quiz attempt");
  return attempt;
}

/** What the quiz page needs: the questions without answers, and the results of those already answered. */
export async function getAttemptView(userId: string, attemptId: string, now: Date = new Date()): Promise<AttemptView> {
  const attempt = await findAttempt(userId, attemptId);
  // An assignment's attempt past its deadline is closed at the deadline; its results may be hidden.
  const rules = attempt.assignmentId ? await findAttemptRules(attemptId) : null;
  if (rules?.deadlineAt && !attempt.finishedAt && attemptExpired(rules, now)) {
    await closeAtDeadline(attemptId, rules.deadlineAt);
    attempt.finishedAt = (await findAttempt(userId, attemptId)).finishedAt;
  }
  const answers = await db.quizAnswer.findMany({ where: { attemptId }, select: { questionId: true, response: true, correct: true } });
  const answerByQuestion = new Map(answers.map((answer) => [answer.questionId, answer]));
  const items = readAttemptItems(attempt.items).map(parseAttemptItem);
  const answered: Record<string, AnswerResult> = {};
  for (const item of items) {
    const answer = answerByQuestion.get(item.question.id);
    if (answer) answered[item.question.id] = buildAnswerResult(item, JSON.parse(answer.response), answer.correct);
  }
  const view = {
    attemptId: attempt.id,
    article: attempt.article,
    startedAt: attempt.startedAt.toISOString(),
    finishedAt: attempt.finishedAt?.toISOString() ?? null,
    questions: items.map((item) => toPublicQuestion(item.question, attempt.seed)),
    answered,
  };
  return presentView(rules, view, now);
}

export function buildAttemptSummary(
  attempt: Pick<AttemptRow, "id" | "startedAt" | "article"> & { finishedAt: Date },
  items: readonly AttemptItem[],
  answers: readonly { questionId: string; response: string; correct: boolean }[],
): AttemptSummary {
  const answerByQuestion = new Map(answers.map((answer) => [answer.questionId, answer]));
  const correct = answers.filter((answer) => answer.correct).length;
  const missed = items
    .filter((item) => answerByQuestion.get(item.question.id)?.correct !== true)
    .map((item) => {
      const answer = answerByQuestion.get(item.question.id);
      return {
        questionId: item.question.id,
        kind: item.question.kind,
        prompt: item.question.prompt,
        correctAnswer: correctAnswerOf(item.question),
        response: answer ? (JSON.parse(answer.response) as unknown) : null,
        sourceHref: item.sourceHref,
      };
    });
  return {
    attemptId: attempt.id,
    article: attempt.article,
    correct,
    answered: answers.length,
    total: items.length,
    score: items.length > 0 ? correct / items.length : 0,
    startedAt: attempt.startedAt.toISOString(),
    finishedAt: attempt.finishedAt.toISOString(),
    durationMs: Math.max(0, attempt.finishedAt.getTime() - attempt.startedAt.getTime()),
    missed,
  };
}

/** The summary of a finished attempt; null while it is still in progress. */
export async function getAttemptSummary(userId: string, attemptId: string, now: Date = new Date()): Promise<AttemptSummary | null> {
  const attempt = await findAttempt(userId, attemptId);
  if (!attempt.finishedAt) return null;
  const answers = await db.quizAnswer.findMany({ where: { attemptId }, select: { questionId: true, response: true, correct: true } });
  const rules = attempt.assignmentId ? await findAttemptRules(attemptId) : null;
  return presentSummary(rules, buildAttemptSummary({ ...attempt, finishedAt: attempt.finishedAt }, readAttemptItems(attempt.items).map(parseAttemptItem), answers), now);
}

// ---- flashcards ----

function flashcardOf(fact: DeckFact, article: StudyArticle, card: { due: Date; state: number } | null, now: Date): FlashcardView {
  const { question } = fact;
  return {
    questionId: question.id,
    factKey: fact.factKey,
    front: question.prompt,
    back: cardBack(question),
    source: { text: question.source.text, parts: question.explanation.parts, href: sourceHref(article.model, question.source), sectionPath: question.source.sectionPath },
    isNew: card === null,
    due: (card?.due ?? now).toISOString(),
  };
}

/** New cards the learner may still start today (the limit counts cards first seen as flashcards today). */
async function newCardsLeftToday(userId: string, settings: StudySettings, now: Date): Promise<number> {
  const introduced = await db.memoryCard.count({
    where: { userId, introducedBy: "flashcard", introducedAt: { gte: startOfDay(now, settings.timeZone) } },
  });
  return Math.max(0, settings.newCardsPerDay - introduced);
}

/** The facts of one article the learner reviewed or answered today (in their time zone). */
async function factsReviewedToday(userId: string, articleId: string, settings: StudySettings, now: Date): Promise<Set<string>> {
  const rows = await db.reviewLog.findMany({ where: { userId, articleId, reviewedAt: { gte: startOfDay(now, settings.timeZone) } }, select: { factKey: true }, distinct: ["factKey"] });
  return new Set(rows.map((row) => row.factKey));
}

/** Today's review queue for one article: cards due (soonest first), then new cards up to today's limit. */
export async function getDueCards(userId: string, articleSlug: string, now: Date): Promise<DueCards> {
  const article = await findStudyArticle(articleSlug);
  if (!article) throw notFound("Article");
  const [questions, cards, settings] = await Promise.all([
    activeQuestions(article.id),
    db.memoryCard.findMany({ where: { userId, articleId: article.id }, select: { factKey: true, due: true, state: true } }),
    getStudySettings(userId),
  ]);
  const deck = buildDeck(questions);
  const cardByFact = new Map(cards.map((card) => [card.factKey, card]));
  const horizon = now.getTime() + LEARN_AHEAD_MS;
  const dueNow = deck
    .flatMap((fact) => {
      const card = cardByFact.get(fact.factKey);
      return card && card.due.getTime() <= horizon ? [{ fact, card }] : [];
    })
    .sort((a, b) => a.card.due.getTime() - b.card.due.getTime());
  const unseen = deck.filter((fact) => !cardByFact.has(fact.factKey)).map((fact) => ({ fact, card: null }));
  const [newLimitLeft, reviewedToday] = await Promise.all([newCardsLeftToday(userId, settings, now), factsReviewedToday(userId, article.id, settings, now)]);
  // Siblings (cards about one sentence) wait for another day; new cards fill the day's limit after them.
  const { kept, buried } = burySiblings([...dueNow, ...unseen], reviewedToday, deck);
  const due = kept.flatMap((entry) => (entry.card ? [{ fact: entry.fact, card: entry.card }] : []));
  const fresh = kept.filter((entry) => entry.card === null).slice(0, newLimitLeft);
  return {
    article: { slug: article.slug, title: article.title },
    cards: [...due.map(({ fact, card }) => flashcardOf(fact, article, card, now)), ...fresh.map(({ fact }) => flashcardOf(fact, article, null, now))],
    counts: {
      due: due.length,
      new: fresh.length,
      newLimitLeft,
      learning: due.filter(({ card }) => card.state === 1 || card.state === 3).length,
      buried: buried.filter((entry) => entry.card !== null).length,
    },
  };
}

// ---- study overview ----

export type ArticleStudyOverview = {
  article: { slug: string; title: string };
  sections: { title: string; questions: number }[];
  kinds: { kind: QuestionKind; questions: number }[];
  quizzable: number;
  timeZone: string;
  dueToday: number;
  newCards: number;
  unfinished: { attemptId: string; startedAt: string; answered: number; total: number }[];
};

export async function getArticleStudyOverview(userId: string, articleSlug: string, now: Date): Promise<ArticleStudyOverview | null> {
  const article = await findStudyArticle(articleSlug);
  if (!article) return null;
  const settings = await getStudySettings(userId);
  const [questions, cards, attempts] = await Promise.all([
    activeQuestions(article.id),
    db.memoryCard.findMany({ where: { userId, articleId: article.id }, select: { factKey: true, due: true } }),
    db.quizAttempt.findMany({
      where: { userId, articleId: article.id, finishedAt: null },
      orderBy: { startedAt: "desc" },
      take: 5,
      select: { id: true, startedAt: true, questionCount: true, _count: { select: { answers: true } } },
    }),
  ]);
  const quizzable = questions.filter(isQuizzable);
  const sections = sectionsInArticleOrder(quizzable);
  const kinds = new Set<QuestionKind>(quizzable.map((question) => question.kind));
  const deck = buildDeck(questions);
  const seen = new Set(cards.map((card) => card.factKey));
  const endOfToday = startOfDayAfter(now, 1, settings.timeZone);
  const [newLeft, reviewedToday] = await Promise.all([newCardsLeftToday(userId, settings, now), factsReviewedToday(userId, article.id, settings, now)]);
  return {
    article: { slug: article.slug, title: article.title },
    // What a quiz of that section or kind alone can hold: one question per source item (draw-quiz).
    sections: sections.map((title) => ({ title, questions: quizCapacity(quizzable, { sections: [title] }) })),
    kinds: [...kinds].map((kind) => ({ kind, questions: quizCapacity(quizzable, { kinds: [kind] }) })),
    quizzable: quizzable.length,
    timeZone: settings.timeZone,
    dueToday: cardsDueToday(deck, cards, reviewedToday, endOfToday),
    newCards: Math.min(newLeft, deck.filter((fact) => !seen.has(fact.factKey)).length),
    unfinished: attempts.map((attempt) => ({
      attemptId: attempt.id,
      startedAt: attempt.startedAt.toISOString(),
      answered: attempt._count.answers,
      total: attempt.questionCount,
    })),
  };
}

export type StudyArticleSummary = { slug: string; title: string; dueToday: number; studiedFacts: number };

/** Every article, with how many of the learner's cards the day still holds (as its study page counts them). */
export async function listStudyArticles(userId: string, now: Date): Promise<StudyArticleSummary[]> {
  const settings = await getStudySettings(userId);
  const endOfToday = startOfDayAfter(now, 1, settings.timeZone);
  const [articles, due, studied] = await Promise.all([
    db.article.findMany({ orderBy: { title: "asc" }, select: { id: true, slug: true, title: true } }),
    db.memoryCard.groupBy({ by: ["articleId"], where: { userId, due: { lt: endOfToday } }, _count: { _all: true } }),
    db.memoryCard.groupBy({ by: ["articleId"], where: { userId }, _count: { _all: true } }),
  ]);
  // Counted as the article's own study page counts them (its current deck, siblings buried), for
  // the articles that have any card due today.
  const dueBy = new Map(
    await Promise.all(
      due.map(async (row): Promise<[string, number]> => {
        const [questions, cards, reviewedToday] = await Promise.all([
          activeQuestions(row.articleId),
          db.memoryCard.findMany({ where: { userId, articleId: row.articleId, due: { lt: endOfToday } }, select: { factKey: true, due: true } }),
          factsReviewedToday(userId, row.articleId, settings, now),
        ]);
        return [row.articleId, cardsDueToday(buildDeck(questions), cards, reviewedToday, endOfToday)];
      }),
    ),
  );
  const studiedBy = new Map(studied.map((row) => [row.articleId, row._count._all]));
  return articles.map((article) => ({ slug: article.slug, title: article.title, dueToday: dueBy.get(article.id) ?? 0, studiedFacts: studiedBy.get(article.id) ?? 0 }));
}

// ---- progress ----

export type RecentAttempt = { attemptId: string; article: { slug: string; title: string }; startedAt: string; finishedAt: string | null; correct: number; answered: number; total: number };

export type Progress = {
  timeZone: string;
  accuracy: DailyAccuracy[];
  totals: { answered: number; correct: number; reviews: number };
  streak: { days: number; studiedToday: boolean };
  dueForecast: DueDay[];
  mastery: { article: { slug: string; title: string }; sections: SectionMastery[] }[];
  recentAttempts: RecentAttempt[];
};

export const ACCURACY_DAYS = 30;
export const FORECAST_DAYS = 7;

export async function getProgress(userId: string, now: Date): Promise<Progress> {
  const settings = await getStudySettings(userId);
  const timeZone = settings.timeZone;
  const since = startOfDayAfter(now, -(ACCURACY_DAYS - 1), timeZone);
  const yearAgo = startOfDayAfter(now, -366, timeZone);
  const forecastEnd = startOfDayAfter(now, FORECAST_DAYS, timeZone);
  const [recentAnswers, answerDays, reviewDays, totals, reviews, dueCards, cards, attempts] = await Promise.all([
    // Answers of an assignment whose review setting still hides them stay out of the statistics.
    db.quizAnswer.findMany({ where: { userId, answeredAt: { gte: since }, attempt: answersVisibleWhere(now) }, select: { answeredAt: true, correct: true } }),
    db.quizAnswer.findMany({ where: { userId, answeredAt: { gte: yearAgo } }, select: { answeredAt: true } }),
    db.reviewLog.findMany({ where: { userId, reviewedAt: { gte: yearAgo } }, select: { reviewedAt: true } }),
    db.quizAnswer.groupBy({ by: ["correct"], where: { userId, attempt: answersVisibleWhere(now) }, _count: { _all: true } }),
    db.reviewLog.count({ where: { userId } }),
    db.memoryCard.findMany({ where: { userId, due: { lt: forecastEnd } }, select: { due: true } }),
    db.memoryCard.findMany({
      where: { userId },
      select: { articleId: true, factKey: true, due: true, stability: true, difficulty: true, elapsedDays: true, scheduledDays: true, learningSteps: true, reps: true, lapses: true, state: true, lastReview: true },
    }),
    db.quizAttempt.findMany({
      where: { userId, ...answersVisibleWhere(now) },
      orderBy: { startedAt: "desc" },
      take: 10,
      select: { id: true, startedAt: true, finishedAt: true, questionCount: true, article: { select: { slug: true, title: true } }, answers: { select: { correct: true } } },
    }),
  ]);

  const articleIds = [...new Set(cards.map((card) => card.articleId))];
  const [articles, reviewedToday] = await Promise.all([
    db.article.findMany({ where: { id: { in: articleIds } }, orderBy: { title: "asc" }, select: { id: true, slug: true, title: true } }),
    db.reviewLog.findMany({ where: { userId, reviewedAt: { gte: startOfDay(now, timeZone) } }, select: { articleId: true, factKey: true }, distinct: ["articleId", "factKey"] }),
  ]);
  const endOfToday = startOfDayAfter(now, 1, timeZone);
  const mastery = [];
  // Today's reviews as the flashcard queues will show them (siblings buried), as the study pages count them.
  let dueToday = 0;
  for (const article of articles) {
    const deck = buildDeck(await activeQuestions(article.id));
    const articleCards = cards.filter((card) => card.articleId === article.id);
    const reviewed = new Set(reviewedToday.filter((row) => row.articleId === article.id).map((row) => row.factKey));
    dueToday += cardsDueToday(deck, articleCards, reviewed, endOfToday);
    const cardByFact = new Map(articleCards.map((card) => [card.factKey, card]));
    const facts = deck.map((fact) => {
      const card = cardByFact.get(fact.factKey);
      return { section: fact.section, recall: card ? recallProbability(card, now, settings.desiredRetention) : null };
    });
    mastery.push({ article: { slug: article.slug, title: article.title }, sections: masteryBySection(facts) });
  }

  const answeredCount = totals.reduce((sum, row) => sum + row._count._all, 0);
  const correctCount = totals.find((row) => row.correct)?._count._all ?? 0;
  return {
    timeZone,
    accuracy: accuracyByDay(recentAnswers, now, timeZone, ACCURACY_DAYS),
    totals: { answered: answeredCount, correct: correctCount, reviews },
    streak: studyStreak([...answerDays.map((row) => row.answeredAt), ...reviewDays.map((row) => row.reviewedAt)], now, timeZone),
    dueForecast: dueForecast(dueCards.map((card) => card.due), now, timeZone, FORECAST_DAYS).map((day, index) => (index === 0 ? { ...day, due: dueToday } : day)),
    mastery,
    recentAttempts: attempts.map((attempt) => ({
      attemptId: attempt.id,
      article: attempt.article,
      startedAt: attempt.startedAt.toISOString(),
      finishedAt: attempt.finishedAt?.toISOString() ?? null,
      correct: attempt.answers.filter((answer) => answer.correct).length,
      answered: attempt.answers.length,
      total: attempt.questionCount,
    })),
  };
}
