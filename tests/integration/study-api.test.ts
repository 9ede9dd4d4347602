import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { handleAnswer, handleDueCards, handleFinish, handleProgress, handleReview, handleStartQuiz } from "@/server/api/study";
import { isCrossSiteRequest } from "@/server/api/origin";
import { getArticleStudyOverview, listStudyArticles } from "@/server/study/data";
import { createTestUser, type TestUser } from "../factories/users";
import { createStudyArticle, waitForWritableDatabase, type StudyFixture } from "../factories/study";

// The study API's handlers against a real database (SQLite and PostgreSQL): the route files add
// only the session and the Origin check, so these calls are what a signed-in client gets.

let student: TestUser;
let fixture: StudyFixture;
const now = new Date("2026-03-10T16:00:00Z");
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

beforeAll(() => waitForWritableDatabase(), 120_000);

beforeEach(async () => {
  [student, fixture] = await Promise.all([createTestUser(), createStudyArticle()]);
});

type Started = { attemptId: string; questions: { id: string; kind: string; prompt: string; choices?: string[]; lefts?: string[] }[] };

async function start(body: Record<string, unknown> = {}, userId = student.id): Promise<Started> {
  const result = await handleStartQuiz(userId, JSON.stringify({ articleSlug: fixture.slug, count: 10, ...body }), now);
  expect(result.status).toBe(201);
  return result.body as Started;
}

const answerBody = (questionId: string, response: unknown) => JSON.stringify({ questionId, response });

describe("POST /api/quizzes", () => {
  it("starts an attempt with every quizzable question, one per sentence, and no answer fields", async () => {
    const started = await start();
    // The flashcard-kind question is for review only, and the typed question is about the cloze's
    // sentence, so the better-scored cloze is asked instead (one question per source item).
    expect(started.questions.map((question) => question.id).sort()).toEqual(
      [fixture.questions.cloze.id, fixture.questions.date.id, fixture.questions.trueFalse.id, fixture.questions.order.id, fixture.questions.matching.id].sort(),
    );
    const text = JSON.stringify(started);
    for (const key of ['"answer"', '"accepted"', '"explanation"', '"source"', '"correct"']) expect(text).not.toContain(key);
    expect(text).not.toContain("Niani"); // the true/false question's answer lives only in its source
    const stored = await db.quizAttempt.findUniqueOrThrow({ where: { id: started.attemptId } });
    expect(stored.userId).toBe(student.id);
    expect(stored.questionCount).toBe(5);
  });

  it("offers, per section and per kind, as many questions as a quiz of it can hold", async () => {
    const overview = await getArticleStudyOverview(student.id, fixture.slug, now);
    // The Lead's cloze and typed question are about one sentence: a quiz asks one of them.
    expect(overview?.sections).toEqual([
      { title: "Lead", questions: 2 },
      { title: "History", questions: 3 },
    ]);
    expect(overview?.kinds.find((entry) => entry.kind === "cloze")).toEqual({ kind: "cloze", questions: 1 });
    expect(overview?.quizzable).toBe(6);
    expect((await start({ sections: ["Lead"] })).questions).toHaveLength(2);
  });

  it("filters by section and kind, and limits the count", async () => {
    const history = await start({ sections: ["History"] });
    expect(history.questions.map((question) => question.id).sort()).toEqual([fixture.questions.date.id, fixture.questions.trueFalse.id, fixture.questions.matching.id].sort());
    const typedOnly = await start({ kinds: ["infobox-fact"] });
    expect(typedOnly.questions.map((question) => question.id)).toEqual([fixture.questions.typed.id]);
    expect((await start({ count: 2 })).questions).toHaveLength(2);
  });

  it("answers 400 with field errors for a malformed body", async () => {
    const badJson = await handleStartQuiz(student.id, "{not json", now);
    expect(badJson.status).toBe(400);
    expect(badJson.body).toMatchObject({ fieldErrors: { _body: [expect.stringContaining("not valid JSON")] } });
    const badShape = await handleStartQuiz(student.id, JSON.stringify({ articleSlug: fixture.slug, count: "ten", kinds: ["essay"] }), now);
    expect(badShape.status).toBe(400);
    expect(Object.keys((badShape.body as { fieldErrors: object }).fieldErrors).sort()).toEqual(["count", "kinds"]);
    const unknownArticle = await handleStartQuiz(student.id, JSON.stringify({ articleSlug: "no-such-article", count: 5 }), now);
    expect(unknownArticle).toMatchObject({ status: 400, body: { fieldErrors: { articleSlug: [expect.any(String)] } } });
    const nothingMatches = await handleStartQuiz(student.id, JSON.stringify({ articleSlug: fixture.slug, count: 5, sections: ["Nowhere"] }), now);
    expect(nothingMatches).toMatchObject({ status: 400, body: { fieldErrors: { sections: [expect.any(String)] } } });
  });
});

describe("POST /api/attempts/{id}/answers", () => {
  it("grades on the server and returns the answer, the explanation and the reader link", async () => {
    const { attemptId } = await start();
    const { cloze } = fixture.questions;
    const result = await handleAnswer(student.id, attemptId, answerBody(cloze.id, "sundiata keita"), later(1));
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      correct: true,
      correctAnswer: "Sundiata Keita",
      explanation: {
        parts: expect.arrayContaining([{ text: "Sundiata Keita", answer: true }]),
        source: { href: `/read/${fixture.slug}#${cloze.source.refId}`, text: cloze.source.text },
      },
    });
    const wrong = await handleAnswer(student.id, attemptId, answerBody(fixture.questions.date.id, "1400"), later(2));
    expect(wrong.body).toMatchObject({ correct: false, correctAnswer: "1324" });
  });

  it("stores each answer and the review it causes before responding", async () => {
    const { attemptId } = await start();
    await handleAnswer(student.id, attemptId, answerBody(fixture.questions.cloze.id, "Mansa Musa"), later(1));
    const answer = await db.quizAnswer.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId, questionId: fixture.questions.cloze.id } } });
    expect(answer).toMatchObject({ userId: student.id, correct: false, response: JSON.stringify("Mansa Musa") });
    const log = await db.reviewLog.findUniqueOrThrow({ where: { answerId: answer.id } });
    expect(log).toMatchObject({ origin: "quiz", rating: 1, userId: student.id });
    const card = await db.memoryCard.findUniqueOrThrow({ where: { userId_articleId_factKey: { userId: student.id, articleId: fixture.articleId, factKey: log.factKey } } });
    expect(card.lapses + card.reps).toBeGreaterThan(0);
    expect(card.introducedBy).toBe("quiz");
  });

  it("moves the memory of the same fact when another question about it is answered", async () => {
    const { attemptId } = await start();
    await handleAnswer(student.id, attemptId, answerBody(fixture.questions.cloze.id, "Sundiata Keita"), later(1));
    // The typed question is about the same sentence, so it comes in another quiz.
    const typedQuiz = await start({ kinds: ["infobox-fact"] });
    await handleAnswer(student.id, typedQuiz.attemptId, answerBody(fixture.questions.typed.id, "Sundiata"), later(15));
    const cards = await db.memoryCard.findMany({ where: { userId: student.id, articleId: fixture.articleId } });
    expect(cards).toHaveLength(1); // cloze and typed question share one fact; ordering/matching have none
    expect(cards[0]?.reps).toBe(2);
  });

  it("accepts ordering and matching responses in their answer's shape", async () => {
    const { attemptId } = await start();
    const order = await handleAnswer(student.id, attemptId, answerBody(fixture.questions.order.id, ["The court meets at Kangaba", "The caravan crosses the desert", "The northern towns burn"]), later(1));
    expect(order.body).toMatchObject({ correct: true });
    const pairs = [
      ["the griots", "sing of the founder"],
      ["the pilgrim king", "came from Gao"],
      ["the raiders", "gave away gold"],
    ];
    const matching = await handleAnswer(student.id, attemptId, answerBody(fixture.questions.matching.id, pairs), later(2));
    expect(matching.body).toMatchObject({ correct: false, correctAnswer: [["the griots", "sing of the founder"], expect.any(Array), expect.any(Array)] });
    const trueFalse = await handleAnswer(student.id, attemptId, answerBody(fixture.questions.trueFalse.id, false), later(3));
    expect(trueFalse.body).toMatchObject({ correct: true, correctAnswer: "False" });
  });

  it("answers 409 with the original result when a question is answered twice", async () => {
    const { attemptId } = await start();
    const { date } = fixture.questions;
    await handleAnswer(student.id, attemptId, answerBody(date.id, "1324"), later(1));
    const again = await handleAnswer(student.id, attemptId, answerBody(date.id, "1400"), later(2));
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ correct: true, response: "1324", correctAnswer: "1324" });
    expect(await db.quizAnswer.count({ where: { attemptId } })).toBe(1);
  });

  it("lets exactly one of two racing submissions win", async () => {
    const { attemptId } = await start();
    const { date } = fixture.questions;
    const results = await Promise.all([
      handleAnswer(student.id, attemptId, answerBody(date.id, "1324"), later(1)),
      handleAnswer(student.id, attemptId, answerBody(date.id, "1400"), later(1)),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual([200, 409]);
    expect(await db.quizAnswer.count({ where: { attemptId } })).toBe(1);
    expect(await db.reviewLog.count({ where: { userId: student.id } })).toBe(1);
  });

  it("answers 404 for another user's attempt and for an unknown one", async () => {
    const { attemptId } = await start();
    const other = await createTestUser();
    const stolen = await handleAnswer(other.id, attemptId, answerBody(fixture.questions.date.id, "1324"), later(1));
    expect(stolen.status).toBe(404);
    expect(JSON.stringify(stolen.body)).not.toContain("1324");
    expect((await handleAnswer(student.id, "no-such-attempt", answerBody(fixture.questions.date.id, "1324"), later(1))).status).toBe(404);
    expect((await handleFinish(other.id, attemptId, later(2))).status).toBe(404);
  });

  it("answers 400 for a question not in the attempt and for a response of the wrong shape", async () => {
    const { attemptId } = await start({ kinds: ["timeline-date", "timeline-order"] });
    const outside = await handleAnswer(student.id, attemptId, answerBody(fixture.questions.cloze.id, "Sundiata Keita"), later(1));
    expect(outside).toMatchObject({ status: 400, body: { fieldErrors: { questionId: [expect.any(String)] } } });
    const shape = await handleAnswer(student.id, attemptId, answerBody(fixture.questions.order.id, "Founding"), later(1));
    expect(shape).toMatchObject({ status: 400, body: { fieldErrors: { response: [expect.any(String)] } } });
    // An ordering of anything but the question's own items, each once, is not an answer to it.
    const notItems = await handleAnswer(student.id, attemptId, answerBody(fixture.questions.order.id, ["a", "a", "a"]), later(1));
    expect(notItems).toMatchObject({ status: 400, body: { fieldErrors: { response: ["Expected this question's items, each once, as written"] } } });
    const [first, second] = fixture.questions.order.answer;
    const repeated = await handleAnswer(student.id, attemptId, answerBody(fixture.questions.order.id, [first, first, second]), later(1));
    expect(repeated.status).toBe(400);
    // An empty or blank typed answer is not an answer: refused, and the question stays open.
    for (const blank of ["", "   ", "\u00ad", "\u200e\u2800"]) {
      const empty = await handleAnswer(student.id, attemptId, answerBody(fixture.questions.date.id, blank), later(1));
      expect(empty).toMatchObject({ status: 400, body: { fieldErrors: { response: ["Expected the answer as a string that is not empty"] } } });
    }
    // A true/false question takes true, false or their words.
    const trueFalseQuiz = await start({ kinds: ["true-false"] });
    const notTrueFalse = await handleAnswer(student.id, trueFalseQuiz.attemptId, answerBody(fixture.questions.trueFalse.id, "perhaps"), later(1));
    expect(notTrueFalse).toMatchObject({ status: 400, body: { fieldErrors: { response: [expect.stringContaining("true or false")] } } });
    const missing = await handleAnswer(student.id, attemptId, JSON.stringify({ response: "1324" }), later(1));
    expect(missing).toMatchObject({ status: 400, body: { fieldErrors: { questionId: [expect.any(String)] } } });
    const notJson = await handleAnswer(student.id, attemptId, "", later(1));
    expect(notJson.status).toBe(400);
    const huge = await handleAnswer(student.id, attemptId, answerBody(fixture.questions.date.id, "1".repeat(70_000)), later(1));
    expect(huge).toMatchObject({ status: 400, body: { fieldErrors: { _body: [expect.stringContaining("larger")] } } });
    expect(await db.quizAnswer.count({ where: { attemptId } })).toBe(0);
  });
});

describe("POST /api/attempts/{id}/finish", () => {
  it("never ends an attempt before an answer stored ahead of it (a later answer another worker stored first)", async () => {
    const { attemptId } = await start();
    await handleAnswer(student.id, attemptId, answerBody(fixture.questions.date.id, "1324"), later(3));
    const finished = await handleFinish(student.id, attemptId, later(2));
    expect(finished.status).toBe(200);
    const stored = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId }, select: { finishedAt: true } });
    expect(stored.finishedAt).toEqual(later(3));
    // Finishing again keeps the first time; an answer after it is refused.
    await handleFinish(student.id, attemptId, later(4));
    expect((await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId }, select: { finishedAt: true } })).finishedAt).toEqual(later(3));
    // Its body says the quiz is finished, for a page open in another tab to show the summary.
    expect(await handleAnswer(student.id, attemptId, answerBody(fixture.questions.cloze.id, "Sundiata Keita"), later(5))).toMatchObject({
      status: 409,
      body: { error: "This quiz is finished", finished: true },
    });
  });

  it("returns the score, the time and the missed questions with their sources", async () => {
    const { attemptId, questions } = await start();
    await handleAnswer(student.id, attemptId, answerBody(fixture.questions.cloze.id, "Sundiata Keita"), later(1));
    await handleAnswer(student.id, attemptId, answerBody(fixture.questions.date.id, "1400"), later(2));
    const result = await handleFinish(student.id, attemptId, later(5));
    expect(result.status).toBe(200);
    const summary = result.body as { correct: number; answered: number; total: number; durationMs: number; missed: { questionId: string; sourceHref: string; response: unknown }[] };
    expect(summary).toMatchObject({ correct: 1, answered: 2, total: questions.length, durationMs: 5 * 60_000 });
    expect(summary.missed).toHaveLength(questions.length - 1);
    expect(summary.missed.find((missed) => missed.questionId === fixture.questions.date.id)).toMatchObject({
      response: "1400",
      sourceHref: `/read/${fixture.slug}#${fixture.questions.date.source.refId}`,
    });
    const again = await handleFinish(student.id, attemptId, later(30));
    expect(again.body).toEqual(result.body);
    const closed = await handleAnswer(student.id, attemptId, answerBody(fixture.questions.trueFalse.id, false), later(31));
    expect(closed.status).toBe(409);
  });
});

describe("flashcards", () => {
  it("lists new cards up to the daily limit, each with its questionId, front, back and source", async () => {
    await db.studySettings.create({ data: { userId: student.id, newCardsPerDay: 2 } });
    const result = await handleDueCards(student.id, new URLSearchParams({ article: fixture.slug }), now);
    expect(result.status).toBe(200);
    const due = result.body as { cards: { questionId: string; front: string; back: string; isNew: boolean; source: { href: string } }[]; counts: { new: number; newLimitLeft: number } };
    expect(due.counts).toMatchObject({ new: 2, newLimitLeft: 2 });
    expect(due.cards).toHaveLength(2);
    // The founding fact is shown through its cloze, the best card among the questions about it.
    expect(due.cards[0]).toMatchObject({ questionId: fixture.questions.cloze.id, back: "Sundiata Keita", isNew: true });
    expect(due.cards[0]?.source.href).toBe(`/read/${fixture.slug}#${fixture.questions.cloze.source.refId}`);
  });

  it("schedules a review, counts it against the new-card limit and keeps the log", async () => {
    await db.studySettings.create({ data: { userId: student.id, newCardsPerDay: 1 } });
    const { cloze } = fixture.questions;
    const review = await handleReview(student.id, cloze.id, JSON.stringify({ rating: 3 }), now);
    expect(review.status).toBe(200);
    expect((review.body as { due: string }).due).toBe(later(10).toISOString());
    const after = (await handleDueCards(student.id, new URLSearchParams({ article: fixture.slug }), now)).body as { cards: { questionId: string; isNew: boolean }[]; counts: { due: number; new: number } };
    // Due in ten minutes is within the learn-ahead window; no new card is left for today.
    expect(after.counts).toMatchObject({ due: 1, new: 0 });
    expect(after.cards.map((card) => card.isNew)).toEqual([false]);
    const tomorrow = (await handleDueCards(student.id, new URLSearchParams({ article: fixture.slug }), new Date(now.getTime() + 26 * 3600_000))).body as { counts: { new: number } };
    expect(tomorrow.counts.new).toBe(1);
    expect(await db.reviewLog.count({ where: { userId: student.id, origin: "flashcard" } })).toBe(1);
  });

  it("treats a fact answered in a quiz as reviewed: its card is no longer new, and is due per the quiz's rating", async () => {
    const { attemptId } = await start({ kinds: ["infobox-fact"] });
    await handleAnswer(student.id, attemptId, answerBody(fixture.questions.typed.id, "Sundiata Keita"), now);
    const due = (await handleDueCards(student.id, new URLSearchParams({ article: fixture.slug }), now)).body as { cards: { questionId: string; isNew: boolean; due: string }[] };
    const founding = due.cards.find((card) => card.questionId === fixture.questions.cloze.id);
    // Good on a new card: due again in 10 minutes (within the learn-ahead window), as a review card.
    expect(founding).toMatchObject({ isNew: false, due: later(10).toISOString() });
    const review = await handleReview(student.id, fixture.questions.cloze.id, JSON.stringify({ rating: 3 }), later(10));
    expect((review.body as { state: number }).state).toBe(2);
    const logs = await db.reviewLog.findMany({ where: { userId: student.id }, orderBy: { reviewedAt: "asc" }, select: { origin: true, rating: true } });
    expect(logs).toEqual([
      { origin: "quiz", rating: 3 },
      { origin: "flashcard", rating: 3 },
    ]);
  });

  it("counts the cards due today on the study pages as the queue shows them: a sibling of a card reviewed today waits", async () => {
    // A second cloze of the founding sentence: its card and the Sundiata Keita card are siblings.
    const { cloze } = fixture.questions;
    const sentenceStart = cloze.source.start - cloze.source.text.indexOf("Sundiata Keita");
    const at = cloze.source.text.indexOf("1235");
    const sibling = {
      ...cloze,
      id: `q_${crypto.randomUUID().replace(/-/g, "").slice(0, 16)}`,
      prompt: "The Lake Empire was founded by Sundiata Keita in ____.",
      answer: "1235",
      choices: ["1235", "1240", "1312", "1324"],
      source: { ...cloze.source, start: sentenceStart + at, end: sentenceStart + at + 4 },
      explanation: { parts: [{ text: cloze.source.text.slice(0, at), answer: false }, { text: "1235", answer: true }, { text: ".", answer: false }], notes: [] },
    };
    await db.question.create({ data: { id: sibling.id, articleId: fixture.articleId, kind: "cloze", data: JSON.stringify(sibling) } });
    // Both learnt today: each is due again in ten minutes, and each was reviewed today beside the other.
    for (const questionId of [cloze.id, sibling.id]) expect((await handleReview(student.id, questionId, JSON.stringify({ rating: 3 }), now)).status).toBe(200);
    const queue = (await handleDueCards(student.id, new URLSearchParams({ article: fixture.slug }), later(11))).body as { counts: { due: number; buried: number } };
    expect(queue.counts).toMatchObject({ due: 0, buried: 2 });
    expect((await getArticleStudyOverview(student.id, fixture.slug, later(11)))?.dueToday).toBe(0);
    expect((await listStudyArticles(student.id, later(11))).find((article) => article.slug === fixture.slug)?.dueToday).toBe(0);
    const progress = (await handleProgress(student.id, later(11))).body as { dueForecast: { due: number }[] };
    expect(progress.dueForecast[0]?.due).toBe(0);
    // Tomorrow neither waits: both are due, one shown and its sibling buried behind it.
    const tomorrow = new Date(now.getTime() + 30 * 24 * 3600_000);
    const next = (await handleDueCards(student.id, new URLSearchParams({ article: fixture.slug }), tomorrow)).body as { counts: { due: number; buried: number } };
    expect(next.counts).toMatchObject({ due: 1, buried: 1 });
    expect((await getArticleStudyOverview(student.id, fixture.slug, tomorrow))?.dueToday).toBe(1);
    expect((await listStudyArticles(student.id, tomorrow)).find((article) => article.slug === fixture.slug)?.dueToday).toBe(1);
    expect(((await handleProgress(student.id, tomorrow)).body as { dueForecast: { due: number }[] }).dueForecast[0]?.due).toBe(1);
  });

  it("answers 400 for a rating outside 1-4, 404 for an unknown card, 400 without an article", async () => {
    expect((await handleReview(student.id, fixture.questions.cloze.id, JSON.stringify({ rating: 5 }), now)).status).toBe(400);
    expect((await handleReview(student.id, fixture.questions.cloze.id, "rating=3", now)).status).toBe(400);
    expect((await handleReview(student.id, "q_doesnotexist0", JSON.stringify({ rating: 3 }), now)).status).toBe(404);
    expect((await handleReview(student.id, fixture.questions.order.id, JSON.stringify({ rating: 3 }), now)).status).toBe(404);
    expect((await handleDueCards(student.id, new URLSearchParams(), now)).status).toBe(400);
    expect((await handleDueCards(student.id, new URLSearchParams({ article: "no-such-article" }), now)).status).toBe(404);
  });
});

describe("GET /api/me/progress", () => {
  it("reports accuracy, reviews due, streak, mastery and recent attempts from stored rows", async () => {
    await db.studySettings.create({ data: { userId: student.id, timeZone: "America/Los_Angeles" } });
    const { attemptId } = await start();
    await handleAnswer(student.id, attemptId, answerBody(fixture.questions.cloze.id, "Sundiata Keita"), later(1));
    await handleAnswer(student.id, attemptId, answerBody(fixture.questions.date.id, "1400"), later(2));
    await handleFinish(student.id, attemptId, later(3));
    const result = await handleProgress(student.id, later(4));
    expect(result.status).toBe(200);
    const progress = result.body as {
      accuracy: { day: string; answered: number; correct: number }[];
      totals: { answered: number; correct: number };
      streak: { days: number };
      dueForecast: { day: string; due: number }[];
      mastery: { article: { slug: string }; sections: { section: string; facts: number; studied: number; mastery: number }[] }[];
      recentAttempts: { attemptId: string; correct: number; total: number }[];
    };
    expect(progress.accuracy.at(-1)).toMatchObject({ day: "2026-03-10", answered: 2, correct: 1 });
    expect(progress.totals).toMatchObject({ answered: 2, correct: 1 });
    expect(progress.streak.days).toBe(1);
    expect(progress.dueForecast[0]?.due).toBe(2);
    const mastery = progress.mastery.find((entry) => entry.article.slug === fixture.slug);
    const lead = mastery?.sections.find((section) => section.section === "Lead");
    expect(lead).toMatchObject({ facts: 1, studied: 1 });
    expect(lead?.mastery).toBeGreaterThan(0.5);
    expect(mastery?.sections.find((section) => section.section === "Legacy")).toMatchObject({ studied: 0, mastery: 0 });
    expect(progress.recentAttempts[0]).toMatchObject({ attemptId, correct: 1 });
  });
});

describe("the Origin check on state-changing routes", () => {
  const headers = (values: Record<string, string>) => new Headers(values);
  it("refuses a cross-site Origin and accepts our own or none", () => {
    expect(isCrossSiteRequest(headers({ host: "footnote.example", origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSiteRequest(headers({ host: "footnote.example", origin: "null" }))).toBe(true);
    expect(isCrossSiteRequest(headers({ host: "footnote.example", "sec-fetch-site": "cross-site" }))).toBe(true);
    expect(isCrossSiteRequest(headers({ host: "footnote.example", origin: "https://footnote.example", "sec-fetch-site": "same-origin" }))).toBe(false);
    expect(isCrossSiteRequest(headers({ host: "footnote.example" }))).toBe(false);
  });
});
