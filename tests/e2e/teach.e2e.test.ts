import { randomUUID } from "node:crypto";
import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "./support/browser";
import { signInWithCredentials, startApp, type RunningApp } from "./support/app-server";

// The teaching flow in Chromium against the production build: an instructor makes a class and an
// assignment, a new student joins with the code and completes it (answers hidden until
// submitting), and the instructor reads the grade and the item analysis; the student cannot reach
// the instructor's pages or downloads.

let app: RunningApp;
let browser: Browser;

const INSTRUCTOR = { email: "instructor@footnote.test", password: "footnote-instructor-demo" };
const STUDENT_PASSWORD = "lantern-harbour-71";

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function signIn(email: string, password: string, landing: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${app.baseUrl}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${app.baseUrl}${landing}`);
  return page;
}

/** Answers the question on screen (first choice, first order, first matches, or a typed guess); waits for the server. */
async function answerCurrentQuestion(page: Page): Promise<unknown> {
  const answered = page.waitForResponse((response) => response.url().includes("/answers") && response.request().method() === "POST");
  const section = page.locator("section[aria-labelledby=question-prompt]");
  if (await page.getByRole("button", { name: "Check this order" }).count()) {
    await page.getByRole("button", { name: "Check this order" }).click();
  } else if (await page.getByRole("button", { name: "Check matches" }).count()) {
    const selects = section.locator("select");
    for (let index = 0; index < (await selects.count()); index++) await selects.nth(index).selectOption({ index: index + 1 });
    await page.getByRole("button", { name: "Check matches" }).click();
  } else if (await section.locator("ul button").count()) {
    await section.locator("ul button").first().click();
  } else {
    await page.getByLabel("Your answer").fill("a guess");
    await page.keyboard.press("Enter");
  }
  const response = await answered;
  expect(response.status()).toBe(200);
  return response.json();
}

describe("a class, an assignment, a student and the gradebook", () => {
  it("runs from creating the class to reading the item analysis", async () => {
    const className = `E2E class ${randomUUID().slice(0, 6)}`;

    // The instructor creates a class and reads its join code.
    const teacher = await signIn(INSTRUCTOR.email, INSTRUCTOR.password, "/classes");
    await teacher.getByLabel("New class name").fill(className);
    await teacher.getByRole("button", { name: "Create class" }).click();
    await teacher.waitForURL((url) => /^\/classes\/[^/]+$/.test(url.pathname));
    expect(await teacher.getByRole("heading", { level: 1 }).textContent()).toBe(className);
    const joinCode = ((await teacher.getByTestId("join-code").textContent()) ?? "").trim();
    expect(joinCode).toMatch(/^[A-Z2-9]{8}$/);

    // ...and an assignment: 3 questions, one attempt, answers shown after submitting.
    await teacher.getByRole("link", { name: "New assignment" }).click();
    await teacher.waitForURL(/\/assignments\/new/);
    await teacher.getByLabel("Title").fill("Week 1 check");
    await teacher.getByLabel("Number of questions").fill("3");
    await teacher.getByRole("radio", { name: "After submitting" }).check();
    await teacher.getByRole("button", { name: "Create the assignment" }).click();
    await teacher.waitForURL((url) => /^\/assignments\/[^/]+$/.test(url.pathname));
    const assignmentUrl = teacher.url();
    const assignmentId = new URL(assignmentUrl).pathname.split("/").pop() ?? "";
    expect(await teacher.getByRole("heading", { level: 1 }).textContent()).toBe("Week 1 check");

    // A new student signs up, joins with the code and sees the assignment.
    const email = `teach-${randomUUID().slice(0, 8)}@example.com`;
    const created = await fetch(`${app.baseUrl}/api/users`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, name: "Tess Student", password: STUDENT_PASSWORD }) });
    expect(created.status).toBe(201);
    const student = await signIn(email, STUDENT_PASSWORD, "/study");
    await student.getByRole("link", { name: "Assignments" }).click();
    await student.waitForURL(`${app.baseUrl}/assignments`);
    await student.getByLabel("Class code").fill(joinCode.toLowerCase());
    await student.getByRole("button", { name: "Join class" }).click();
    await student.getByText(`You joined ${className}.`).waitFor();
    await student.reload();
    await student.getByRole("link", { name: "Week 1 check" }).click();
    await student.getByRole("button", { name: "Start the assignment" }).click();
    await student.waitForURL(/\/quiz\/[^/]+$/);

    // Three answers: each only "saved", never the verdict, until submitting.
    for (let index = 0; index < 3; index++) {
      await student.getByText(`Question ${index + 1} of 3`).waitFor();
      const body = JSON.stringify(await answerCurrentQuestion(student));
      for (const key of ['"correct"', '"correctAnswer"', '"explanation"']) expect(body).not.toContain(key);
      await student.getByText("Your answer is saved.").waitFor();
      await student.getByRole("button", { name: index === 2 ? "Submit" : "Next question" }).click();
    }
    await student.getByTestId("quiz-score").waitFor();
    const score = (await student.getByTestId("quiz-score").textContent()) ?? "";
    expect(score).toMatch(/^[0-3] of 3 \(\d+%\)$/);

    // The student may not start again, and reaches none of the instructor's pages or files.
    await student.goto(`${app.baseUrl}/assignments/${assignmentId}`);
    expect(await student.textContent("main")).toContain("You have used all your attempts.");
    expect((await student.goto(`${app.baseUrl}/assignments/${assignmentId}/print`))?.status()).toBe(403);
    expect((await student.request.get(`${app.baseUrl}/api/assignments/${assignmentId}/gradebook?part=students`)).status()).toBe(403);
    expect((await student.goto(`${app.baseUrl}/classes`))?.status()).toBe(403);

    // The instructor sees the grade and the item analysis, and downloads the CSV.
    await teacher.goto(assignmentUrl);
    const row = teacher.getByTestId("gradebook").getByRole("row", { name: /Tess Student/ });
    const cells = (await row.getByRole("cell").allTextContents()).map((text) => text.trim());
    expect(cells[0]).toBe(score);
    expect(cells[1]).toBe("1 of 1");
    expect(cells[4]).toBe("Submitted");
    await expect(teacher.getByTestId("item-analysis").locator(":scope > li").count()).resolves.toBe(3);
    expect(await teacher.getByTestId("item-analysis").textContent()).toContain("Facility");
    const csv = await teacher.request.get(`${app.baseUrl}/api/assignments/${assignmentId}/gradebook?part=students`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain("Tess Student");

    // The printable copy has the answer key for the instructor.
    await teacher.goto(`${app.baseUrl}/assignments/${assignmentId}/print`);
    await teacher.getByTestId("answer-key").waitFor();
    expect(await teacher.locator("main ol > li").count()).toBeGreaterThanOrEqual(3);

    // A GIFT export over HTTP, with the article's attribution.
    const cookie = await signInWithCredentials(app.baseUrl, INSTRUCTOR);
    const gift = await fetch(`${app.baseUrl}/api/assignments/${assignmentId}/export?format=gift`, { headers: { Cookie: cookie } });
    expect(gift.status).toBe(200);
    expect(await gift.text()).toContain("CC BY-SA 4.0");
    await teacher.context().close();
    await student.context().close();
  });

  it("checks an uploaded article like content check: problems by line and column, then a good file is accepted", async () => {
    const teacher = await signIn(INSTRUCTOR.email, INSTRUCTOR.password, "/classes");
    await teacher.goto(`${app.baseUrl}/classes/articles`);
    await teacher.getByLabel("Attribution").fill("Written for the Footnote browser tests. Licensed under CC BY-SA 4.0.");
    await teacher.getByLabel("Article file").setInputFiles({ name: "broken.txt", mimeType: "text/plain", buffer: Buffer.from("= Broken =\n\nA lead.\n\n==History\nText.\n") });
    await teacher.getByRole("button", { name: "Upload and check" }).click();
    await teacher.getByText("Not stored: the file has format errors.").waitFor();
    expect(await teacher.getByRole("list", { name: "Problems found" }).first().textContent()).toContain("broken.txt:5:10: error: heading is not closed");

    const title = `Mali Empire ${randomUUID().slice(0, 6)}`;
    const source = fs.readFileSync(new URL("../fixtures/content/mali-empire.txt", import.meta.url), "utf8").replace("= Mali Empire =", `= ${title} =`).replace(/^Mali Empire$/m, title);
    await teacher.getByLabel("Article file").setInputFiles({ name: "mali.txt", mimeType: "text/plain", buffer: Buffer.from(source) });
    await teacher.getByRole("button", { name: "Upload and check" }).click();
    await teacher.getByText("Article accepted").waitFor();
    await teacher.getByRole("link", { name: title }).first().click();
    await teacher.waitForURL((url) => url.pathname.startsWith("/classes/articles/"));
    expect(await teacher.getByRole("heading", { level: 1 }).textContent()).toBe(`Questions: ${title}`);
    await teacher.context().close();
  });

  it("finds no axe violations on the teaching pages", async () => {
    const check = async (page: Page, label: string) => {
      const results = await new AxeBuilder({ page }).analyze();
      const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
      expect(summary, `axe violations on ${label}`).toEqual([]);
    };
    const teacher = await signIn(INSTRUCTOR.email, INSTRUCTOR.password, "/classes");
    await check(teacher, "the classes page");
    await teacher.getByRole("link", { name: "History of the Maghreb and Sahel" }).click();
    await teacher.waitForURL((url) => /^\/classes\/[^/]+$/.test(url.pathname));
    await check(teacher, "a class page");
    await teacher.getByRole("link", { name: "New assignment" }).click();
    await teacher.getByLabel("Title").waitFor();
    await check(teacher, "the new-assignment form");
    await teacher.getByLabel("Title").fill("Axe check");
    await teacher.getByRole("button", { name: "Create the assignment" }).click();
    await teacher.waitForURL((url) => /^\/assignments\/[^/]+$/.test(url.pathname));
    await check(teacher, "an assignment's gradebook");
    await teacher.goto(`${app.baseUrl}/classes/articles`);
    await check(teacher, "the articles page");
    const amina = await signIn("amina@footnote.test", "footnote-student-demo", "/study");
    await amina.goto(`${app.baseUrl}/assignments`);
    await check(amina, "a student's assignments");
    await amina.getByRole("link", { name: "Axe check" }).click();
    await amina.getByRole("button", { name: "Start the assignment" }).waitFor();
    await check(amina, "a student's assignment page");
    await teacher.context().close();
    await amina.context().close();
  });
});
