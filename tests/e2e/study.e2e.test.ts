import { randomUUID } from "node:crypto";
import { gzipSync } from "node:zlib";
import AxeBuilder from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page, Response } from "playwright-core";
import { launchBrowser } from "./support/browser";
import { startApp, type RunningApp } from "./support/app-server";

// The study flows in Chromium against the production build: a whole quiz by keyboard, resuming,
// flashcards, the dashboard, the answer key never sent early, first-load JS, and axe-core.

let app: RunningApp;
let browser: Browser;
let slug: string;

const PASSWORD = "harbour-lantern-93";

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  const page = await browser.newPage();
  await page.goto(`${app.baseUrl}/read`);
  const href = await page.locator('a[href^="/read/"]').first().getAttribute("href");
  slug = (href ?? "").replace("/read/", "");
  await page.close();
  expect(slug).not.toBe("");
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** A new student account (unique, so tests never share progress) signed in in a new context. */
async function signedInStudent(existing?: { email: string }): Promise<{ page: Page; email: string }> {
  const email = existing?.email ?? `study-${randomUUID().slice(0, 8)}@example.com`;
  if (!existing) {
    const response = await fetch(`${app.baseUrl}/api/users`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, name: "Study Tester", password: PASSWORD }),
    });
    expect(response.status).toBe(201);
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${app.baseUrl}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${app.baseUrl}/study`);
  return { page, email };
}

async function startQuiz(page: Page, count: number): Promise<string> {
  await page.goto(`${app.baseUrl}/study/${slug}`);
  await page.getByLabel("Number of questions").selectOption(String(count));
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await page.waitForURL(/\/quiz\/[^/]+$/);
  await page.getByRole("heading", { level: 1 }).waitFor();
  return new URL(page.url()).pathname.split("/").pop() ?? "";
}

type AnswerJson = { correct: boolean; correctAnswer: unknown; explanation: { parts: { text: string; answer: boolean }[]; source: { href: string } } };

/** Answers the question on screen with the keyboard where the kind allows; returns the server's verdict. */
async function answerCurrentQuestion(page: Page): Promise<AnswerJson> {
  const answered = page.waitForResponse((response) => response.url().includes("/answers") && response.request().method() === "POST");
  const choiceButtons = page.locator("section[aria-labelledby=question-prompt] ul button");
  if (await page.getByRole("button", { name: /^Check this order$/ }).count()) {
    await page.getByRole("button", { name: /down$/ }).first().focus();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Check this order" }).focus();
    await page.keyboard.press("Enter");
  } else if (await page.getByRole("button", { name: "Check matches" }).count()) {
    const selects = page.locator("section[aria-labelledby=question-prompt] select");
    for (let index = 0; index < (await selects.count()); index++) await selects.nth(index).selectOption({ index: index + 1 });
    await page.getByRole("button", { name: "Check matches" }).click();
  } else if (await choiceButtons.count()) {
    await page.locator("body").press("1");
  } else {
    await page.getByLabel("Your answer").fill("a guess");
    await page.keyboard.press("Enter");
  }
  const response = await answered;
  expect(response.status()).toBe(200);
  await page.getByRole("heading", { name: /^(✓ )?Correct$|^(✗ )?Not quite$/ }).waitFor();
  return (await response.json()) as AnswerJson;
}

/** Starts a quiz through the JSON API (in the page's session) and returns its id and questions. */
async function startQuizByApi(page: Page, options: { count: number; kinds?: string[] }): Promise<{ attemptId: string; questions: { id: string; kind: string; choices?: string[] }[] }> {
  const started = await page.request.post(`${app.baseUrl}/api/quizzes`, { data: { articleSlug: slug, ...options } });
  expect(started.status()).toBe(201);
  return (await started.json()) as { attemptId: string; questions: { id: string; kind: string; choices?: string[] }[] };
}

/** What has keyboard focus: a button's accessible text (its sr-only label if it has one), else the element's tag and id. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return "body";
    if (active.tagName === "BUTTON") return (active.querySelector(".sr-only") ?? active).textContent?.trim() ?? "";
    return `${active.tagName.toLowerCase()}#${active.id}`;
  });
}

describe("a practice quiz", () => {
  it("runs a whole quiz by keyboard, never sending an answer before it is given, and ends with a summary", async () => {
    const { page } = await signedInStudent();
    const captured: { url: string; body: string }[] = [];
    const pendingBodies: Promise<void>[] = [];
    page.on("response", (response: Response) => {
      const type = response.request().resourceType();
      if (type !== "document" && type !== "fetch" && type !== "xhr") return;
      pendingBodies.push(
        response
          .text()
          .then((body) => void captured.push({ url: response.url(), body }))
          .catch(() => undefined),
      );
    });
    await startQuiz(page, 5);
    const total = 5;
    for (let index = 0; index < total; index++) {
      await page.getByText(`Question ${index + 1} of ${total}`).waitFor();
      const prompt = (await page.locator("#question-prompt").textContent()) ?? "";
      const choices = await page.locator("section[aria-labelledby=question-prompt]").textContent();
      await Promise.all(pendingBodies);
      // Everything the browser received before this answer, except earlier questions' own results.
      const before = captured.filter((entry) => !/\/answers$/.test(new URL(entry.url).pathname)).map((entry) => entry.body);
      for (const body of before) {
        for (const key of ['"correctAnswer"', '"explanation"', '"accepted"', '"correct":']) expect(body, `a response before answering contains ${key}`).not.toContain(key);
      }
      const result = await answerCurrentQuestion(page);
      const sentence = result.explanation.parts.map((part) => part.text).join("");
      const answerText = typeof result.correctAnswer === "string" ? result.correctAnswer : null;
      for (const body of before) {
        if (!prompt.includes(sentence)) expect(body, "the source sentence was sent before answering").not.toContain(JSON.stringify(sentence).slice(1, -1));
        if (answerText && answerText.length > 3 && !choices?.includes(answerText) && !prompt.includes(answerText)) {
          expect(body, "a typed question's answer was sent before answering").not.toContain(answerText);
        }
      }
      // The verdict is announced, and the explanation links into the reader at the sentence.
      await expect(page.getByTestId("quiz-announcer").textContent()).resolves.toMatch(/^(Correct\.|Not quite\. The answer is .+)$/);
      expect(result.explanation.source.href).toMatch(new RegExp(`^/read/${slug}(#.+)?$`));
      await expect(page.getByRole("link", { name: "Read this in the article" }).getAttribute("href")).resolves.toBe(result.explanation.source.href);
      await expect(page.locator("mark").count()).resolves.toBeGreaterThan(0);
      // Focus is on Next: Enter moves on without the mouse.
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(index === total - 1 ? "See your results" : "Next question");
      await page.keyboard.press("Enter");
    }
    await page.getByTestId("quiz-score").waitFor();
    expect(await page.getByTestId("quiz-score").textContent()).toMatch(/^\d of 5 \(\d+%\)$/);
    const missedLinks = await page.getByRole("link", { name: /^See the source/ }).evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    for (const href of missedLinks) expect(href).toMatch(new RegExp(`^/read/${slug}`));
    await page.context().close();
  });

  it("resumes where it stopped after a reload and after signing in again, within the first-load JS budget", async () => {
    const { page, email } = await signedInStudent();
    const attemptId = await startQuiz(page, 5);
    await answerCurrentQuestion(page);
    await page.keyboard.press("Enter");
    await page.getByText("Question 2 of 5").waitFor();
    await answerCurrentQuestion(page);

    const scripts: Promise<number>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.push(response.body().then((body) => gzipSync(body).length));
    });
    await page.reload();
    await page.getByText("2 answered").waitFor();
    await page.getByText("Question 3 of 5").waitFor();
    const firstLoadBytes = (await Promise.all(scripts)).reduce((sum, size) => sum + size, 0);
    console.log(`[study e2e] quiz page first-load JS: ${(firstLoadBytes / 1024).toFixed(1)} KB gzipped`);
    expect(firstLoadBytes).toBeLessThanOrEqual(150 * 1024);
    await page.context().close();

    const again = await signedInStudent({ email });
    await again.page.goto(`${app.baseUrl}/quiz/${attemptId}`);
    await again.page.getByText("2 answered").waitFor();
    await again.page.getByText("Question 3 of 5").waitFor();
    await again.page.context().close();
  });
});

describe("a practice quiz after leaving the page", () => {
  it("shows the answers given so far after Back from the reader, and takes the next answer", async () => {
    const { page } = await signedInStudent();
    const attemptId = await startQuiz(page, 5);
    const first = await answerCurrentQuestion(page);
    // The feedback's link into the reader, then the browser's Back: the router restores the quiz
    // page's cached payload, rendered before this answer.
    await page.getByRole("link", { name: "Read this in the article" }).click();
    await page.waitForURL((url) => url.pathname === `/read/${slug}`);
    await page.goBack();
    await page.waitForURL((url) => url.pathname === `/quiz/${attemptId}`);
    await page.getByText("1 answered").waitFor();
    await page.getByText("Question 1 of 5").waitFor();
    await page.getByRole("heading", { name: first.correct ? /^(✓ )?Correct$/ : /^(✗ )?Not quite$/ }).waitFor();
    // Not offered for answering again (that would be a 409).
    await expect(page.locator("section[aria-labelledby=question-prompt] :is(ul button, select, input, ol button)").count()).resolves.toBe(0);
    await page.getByRole("button", { name: "Next question" }).click();
    await page.getByText("Question 2 of 5").waitFor();
    await answerCurrentQuestion(page); // expects a 200
    await page.getByText("2 answered").waitFor();
    // The server agrees.
    await page.reload();
    await page.getByText("2 answered").waitFor();
    await page.getByText("Question 3 of 5").waitFor();
    await page.context().close();
  });
});

describe("keyboard focus in a quiz", () => {
  it("keeps focus on an ordering item moved to either end, so that it can be moved on", async () => {
    const { page } = await signedInStudent();
    const { attemptId } = await startQuizByApi(page, { count: 1, kinds: ["timeline-order"] });
    await page.goto(`${app.baseUrl}/quiz/${attemptId}`);
    const items = page.getByTestId("order-item");
    await items.first().waitFor();
    const count = await items.count();
    expect(count).toBeGreaterThan(2);
    const item = ((await items.first().locator("span.flex-1").textContent()) ?? "").trim();
    await page.getByRole("button", { name: `Move ${item} down`, exact: true }).focus();
    for (let step = 1; step < count; step++) {
      await page.keyboard.press("Enter");
      await expect.poll(() => items.nth(step).locator("span.flex-1").textContent()).toBe(item);
      // At the bottom "down" is disabled: focus moves to the same item's "up", not to <body>.
      await expect.poll(() => focused(page)).toBe(step === count - 1 ? `Move ${item} up` : `Move ${item} down`);
    }
    for (let step = count - 2; step >= 0; step--) {
      await page.keyboard.press("Enter");
      await expect.poll(() => items.nth(step).locator("span.flex-1").textContent()).toBe(item);
      await expect.poll(() => focused(page)).toBe(step === 0 ? `Move ${item} down` : `Move ${item} up`);
    }
    await page.context().close();
  });

  it("starts at the question, and moves on to a typed question's answer box", async () => {
    const { page } = await signedInStudent();
    // Most fill-in-the-gap questions offer choices; a few are typed. Answer (through the API) all
    // those before the one ahead of the first typed question, so the page opens on a choice question.
    // The draw is random (one question per source item): start quizzes until one holds a typed
    // question after its first.
    let quiz = await startQuizByApi(page, { count: 50, kinds: ["cloze", "infobox-fact"] });
    const typedAfterFirst = () => quiz.questions.findIndex((question, position) => position > 0 && !question.choices?.length);
    for (let tries = 1; typedAfterFirst() < 0 && tries < 20; tries++) quiz = await startQuizByApi(page, { count: 50, kinds: ["cloze", "infobox-fact"] });
    const { attemptId, questions } = quiz;
    const typed = typedAfterFirst();
    expect(typed, "a quiz with a typed question after its first, in 20 draws").toBeGreaterThan(0);
    for (const question of questions.slice(0, typed - 1)) {
      const answered = await page.request.post(`${app.baseUrl}/api/attempts/${attemptId}/answers`, { data: { questionId: question.id, response: question.choices?.[0] ?? "a guess" } });
      expect(answered.status()).toBe(200);
    }
    await page.goto(`${app.baseUrl}/quiz/${attemptId}`);
    await page.getByText(`Question ${typed} of ${questions.length}`).waitFor();
    const beforeTyped = questions[typed - 1];
    if (beforeTyped?.choices?.length) await expect.poll(() => focused(page)).toBe("h1#question-prompt");
    await answerCurrentQuestion(page);
    await expect.poll(() => focused(page)).toBe("Next question");
    await page.keyboard.press("Enter");
    await page.getByText(`Question ${typed + 1} of ${questions.length}`).waitFor();
    await expect.poll(() => focused(page)).toBe("input#typed-answer");
    // Typing goes straight into the box.
    await page.keyboard.type("a guess");
    await expect(page.getByLabel("Your answer").inputValue()).resolves.toBe("a guess");
    await page.context().close();
  });
});

describe("flashcards", () => {
  it("flips with Space, grades with 1-4, brings a forgotten card back and counts the reviews", async () => {
    const { page } = await signedInStudent();
    await page.goto(`${app.baseUrl}/flashcards/${slug}`);
    const counts = page.getByTestId("remaining-counts");
    await expect(counts.textContent()).resolves.toMatch(/^20 new · 0 to review · 0 reviewed this session$/);
    const front = await page.locator("#card-front").textContent();
    await page.keyboard.press("Space");
    await page.getByTestId("card-back").waitFor();
    await expect(page.locator("blockquote").textContent()).resolves.not.toBe("");
    const graded = page.waitForResponse((response) => response.url().includes("/review"));
    await page.keyboard.press("1");
    const review = await graded;
    expect(review.status()).toBe(200);
    const { due } = (await review.json()) as { due: string };
    expect(new Date(due).getTime() - Date.now()).toBeLessThan(5 * 60_000);
    await expect(counts.textContent()).resolves.toMatch(/^19 new · 1 to review · 1 reviewed this session$/);
    expect(await page.locator("#card-front").textContent()).not.toBe(front);
    await page.keyboard.press("Space");
    await page.getByTestId("card-back").waitFor();
    const second = page.waitForResponse((response) => response.url().includes("/review"));
    await page.keyboard.press("3");
    expect((await second).status()).toBe(200);
    await page.getByText("2 reviewed this session", { exact: false }).waitFor();
    await expect(counts.textContent()).resolves.toMatch(/^18 new · 2 to review · 2 reviewed this session$/);
    await page.context().close();
  });

  it("moves focus to the end-of-session message when the queue empties", async () => {
    const { page } = await signedInStudent();
    await page.goto(`${app.baseUrl}/flashcards/${slug}`);
    // Easy sends a new card days away, so each card is seen once.
    for (let card = 0; card < 50 && (await page.locator("#card-front").count()) > 0; card++) {
      await page.keyboard.press("Space");
      await page.getByTestId("card-back").waitFor();
      const graded = page.waitForResponse((response) => response.url().includes("/review"));
      await page.keyboard.press("4");
      expect((await graded).status()).toBe(200);
      await page.getByTestId("card-back").waitFor({ state: "detached" });
    }
    await page.getByRole("heading", { name: "Nothing more due today" }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("done-heading");
    await page.context().close();
  });

  it("does not offer a card reviewed in this tab again after Back", async () => {
    const { page } = await signedInStudent();
    await page.goto(`${app.baseUrl}/flashcards/${slug}`);
    const counts = page.getByTestId("remaining-counts");
    const front = await page.locator("#card-front").textContent();
    await page.keyboard.press("Space");
    await page.getByTestId("card-back").waitFor();
    const graded = page.waitForResponse((response) => response.url().includes("/review"));
    await page.keyboard.press("4");
    expect((await graded).status()).toBe(200);
    await page.getByText("1 reviewed this session", { exact: false }).waitFor();
    await expect(counts.textContent()).resolves.toMatch(/^19 new · 0 to review · 1 reviewed this session$/);
    // Away through the app's navigation, then Back: the router shows its cached page.
    await page.getByRole("link", { name: "Progress", exact: true }).click();
    await page.waitForURL(`${app.baseUrl}/progress`);
    await page.goBack();
    await page.waitForURL(`${app.baseUrl}/flashcards/${slug}`);
    await counts.waitFor();
    await expect.poll(() => counts.textContent()).toMatch(/^19 new · 0 to review · 1 reviewed this session$/);
    expect(await page.locator("#card-front").textContent()).not.toBe(front);
    await page.context().close();
  });

  it("keeps a review graded just before leaving the page", async () => {
    const { page } = await signedInStudent();
    await page.goto(`${app.baseUrl}/flashcards/${slug}`);
    await page.keyboard.press("Space");
    await page.getByTestId("card-back").waitFor();
    await page.keyboard.press("3");
    // Straight to another page, without waiting for the review's response.
    await page.goto(`${app.baseUrl}/progress`);
    const reviews = async () => ((await (await page.request.get(`${app.baseUrl}/api/me/progress`)).json()) as { totals: { reviews: number } }).totals.reviews;
    await expect.poll(reviews, { timeout: 10_000 }).toBe(1);
    await page.context().close();
  });
});

describe("the JSON API over HTTP", () => {
  it("answers 401 without a session, 403 for a cross-site write, and serves a quiz without its answers", async () => {
    const anonymous = await fetch(`${app.baseUrl}/api/quizzes`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ articleSlug: slug, count: 3 }) });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: expect.any(String) });
    expect((await fetch(`${app.baseUrl}/api/me/progress`)).status).toBe(401);

    const { page } = await signedInStudent();
    // The API reads the session from the request's own cookies: the real one is a session, the same
    // token (a JWE: header.key.iv.ciphertext.tag) with its authentication tag altered is none.
    const session = (await page.context().cookies()).find((cookie) => cookie.name.endsWith("session-token"));
    if (!session) throw new Error("signing in set no session cookie");
    const progressWith = (value: string) => fetch(`${app.baseUrl}/api/me/progress`, { headers: { Cookie: `${session.name}=${value}` } });
    expect((await progressWith(session.value)).status).toBe(200);
    // The tag's first character (the last character of a base64url segment may carry unused bits).
    const parts = session.value.split(".");
    expect(parts).toHaveLength(5);
    const tag = parts[4] ?? "";
    const altered = [...parts.slice(0, 4), `${tag.startsWith("A") ? "B" : "A"}${tag.slice(1)}`].join(".");
    expect((await progressWith(altered)).status).toBe(401);
    const crossSite = await page.request.post(`${app.baseUrl}/api/quizzes`, { data: { articleSlug: slug, count: 3 }, headers: { origin: "https://evil.example" } });
    expect(crossSite.status()).toBe(403);
    const started = await page.request.post(`${app.baseUrl}/api/quizzes`, { data: { articleSlug: slug, count: 3 } });
    expect(started.status()).toBe(201);
    const body = (await started.json()) as { attemptId: string; questions: { id: string }[] };
    expect(body.questions).toHaveLength(3);
    expect(JSON.stringify(body)).not.toMatch(/"(answer|accepted|explanation|source|correct)"/);
    const malformed = await page.request.post(`${app.baseUrl}/api/attempts/${body.attemptId}/answers`, { data: "{oops", headers: { "content-type": "application/json" } });
    expect(malformed.status()).toBe(400);
    // A typed or chosen answer needs a single-answer question; ordering and matching take arrays.
    const drawn = body.questions as { id: string; kind: string; choices?: string[]; lefts?: string[] }[];
    const single = drawn.find((question) => question.kind !== "timeline-order" && question.kind !== "matching");
    const first = single ?? drawn[0];
    // A question answered only by choosing takes one of its choices: "x" is its first, "y" its second.
    const responseOf = (text: string) =>
      single
        ? (single.choices?.[text === "x" ? 0 : 1] ?? text)
        : first?.kind === "matching"
          ? (first.lefts ?? []).map((left, index) => [left, first.choices?.[index] ?? ""])
          : (first?.choices ?? []);
    expect((await page.request.post(`${app.baseUrl}/api/attempts/${body.attemptId}/answers`, { data: { questionId: first?.id, response: responseOf("x") } })).status()).toBe(200);
    const twice = await page.request.post(`${app.baseUrl}/api/attempts/${body.attemptId}/answers`, { data: { questionId: first?.id, response: responseOf("y") } });
    expect(twice.status()).toBe(409);
    expect(await twice.json()).toMatchObject({ response: responseOf("x") });
    const progress = await page.request.get(`${app.baseUrl}/api/me/progress`);
    expect(progress.status()).toBe(200);
    expect(await progress.json()).toMatchObject({ totals: { answered: 1 } });
    await page.context().close();
  });
});

describe("accessibility", () => {
  async function expectNoViolations(page: Page, label: string): Promise<void> {
    const results = await new AxeBuilder({ page }).analyze();
    const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
    expect(summary, `axe violations on ${label}`).toEqual([]);
  }

  it("finds no axe violations on the study, quiz, flashcard, dashboard and settings pages", async () => {
    const { page } = await signedInStudent();
    await page.goto(`${app.baseUrl}/study/${slug}`);
    await expectNoViolations(page, "the study page");
    await startQuiz(page, 5);
    await expectNoViolations(page, "a quiz question");
    await answerCurrentQuestion(page);
    await expectNoViolations(page, "a quiz answer's feedback");
    await page.goto(`${app.baseUrl}/flashcards/${slug}`);
    await expectNoViolations(page, "a flashcard front");
    await page.keyboard.press("Space");
    await page.getByTestId("card-back").waitFor();
    await expectNoViolations(page, "a flashcard back");
    // The review is waited for, so that the dashboard has a card to chart even when the quiz's
    // first question was an ordering or matching one, which schedules no card.
    const reviewed = page.waitForResponse((response) => response.url().includes("/review"));
    await page.keyboard.press("3");
    expect((await reviewed).status()).toBe(200);
    await page.goto(`${app.baseUrl}/progress`);
    await page.getByRole("heading", { name: "Mastery by section" }).waitFor();
    // The charts load after the page (components/progress/lazy-charts.tsx): accuracy, reviews due,
    // and one mastery chart for the article studied here, all checked once every one is drawn.
    const chartKinds = () => page.locator("[data-chart]").evaluateAll((charts) => charts.map((chart) => `${chart.getAttribute("data-chart")}:${chart.querySelector(".chart-surface") ? "drawn" : "waiting"}`).join(" "));
    await expect.poll(chartKinds, { timeout: 30_000 }).toBe("accuracy:drawn due:drawn mastery:drawn");
    // Each chart prints the figures of the table under it (the due chart only the days with reviews).
    const chartFigure = (kind: string) => page.locator("figure", { has: page.locator(`[data-chart="${kind}"]`) });
    const printed = (kind: string) => chartFigure(kind).locator(".chart-value").allTextContents();
    const column = (kind: string, cell: string) => chartFigure(kind).locator(`tbody tr ${cell}`).allTextContents();
    expect(await printed("accuracy")).toEqual(await column("accuracy", "td:last-child"));
    expect(await printed("mastery")).toEqual(await column("mastery", "td:first-of-type"));
    expect((await printed("mastery")).length).toBeGreaterThan(0);
    expect(await printed("due")).toEqual((await column("due", "td")).filter((due) => due !== "0"));
    await expectNoViolations(page, "the progress dashboard");
    await page.goto(`${app.baseUrl}/settings`);
    await expectNoViolations(page, "the settings page");
    await page.context().close();
  });
});
