import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "./support/browser";
import { startApp, type RunningApp } from "./support/app-server";

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const STUDENT = { email: "amina@footnote.test", password: "footnote-student-demo" };
const INSTRUCTOR = { email: "instructor@footnote.test", password: "footnote-instructor-demo" };
const LOCKOUT_MESSAGE = /^Too many failed attempts\. Try again in \d+ minutes? \(at \d\d:\d\d UTC\)\.$/;

async function newPage(): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

function uniqueEmail(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.com`;
}

async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Submits the sign-in form and returns the message next-auth answered with (null on success). */
async function attemptSignIn(page: Page, email: string, password: string): Promise<string | null> {
  const answer = page.waitForResponse((response) => response.url().endsWith("/api/auth/callback/credentials"));
  await submitSignIn(page, email, password);
  const body: unknown = await (await answer).json();
  const url = typeof body === "object" && body !== null && "url" in body && typeof body.url === "string" ? body.url : "";
  return new URL(url).searchParams.get("error");
}

async function formAlertText(page: Page, pattern: RegExp): Promise<string> {
  const alert = page.getByRole("alert").filter({ hasText: pattern });
  await alert.waitFor();
  return (await alert.textContent())?.trim() ?? "";
}

async function navigationLinks(page: Page): Promise<string[]> {
  return page.getByRole("navigation", { name: "Main" }).getByRole("link").allTextContents();
}

async function createAccount(email: string, password: string): Promise<void> {
  const response = await fetch(`${app.baseUrl}/api/users`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, name: "Lockout Tester", password }),
  });
  expect(response.status).toBe(201);
}

describe("signing up, in and out", () => {
  it("signs a new student up into the student shell, signs out, and back in", async () => {
    const page = await newPage();
    const email = uniqueEmail("new-student");
    await page.goto(`${app.baseUrl}/sign-up`);
    await page.getByLabel("Name").fill("Nadia New");
    await page.getByLabel("Email").fill(email.toUpperCase());
    await page.getByLabel("Password").fill("harbour-lantern-93");
    await page.getByRole("button", { name: "Create account" }).click();

    await page.waitForURL(`${app.baseUrl}/study`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Study");
    expect(await navigationLinks(page)).toEqual(["Study", "Assignments", "Progress", "Settings"]);
    expect(await page.getByRole("link", { name: "Study" }).getAttribute("aria-current")).toBe("page");
    expect(await page.textContent("header")).toContain("Nadia New");
    // The content folder's article, from the Article table, is offered for study.
    expect(await page.locator('main a[href^="/study/"]').count()).toBeGreaterThan(0);

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(`${app.baseUrl}/sign-in`);
    await page.goto(`${app.baseUrl}/progress`);
    expect(page.url()).toBe(`${app.baseUrl}/sign-in?callbackUrl=%2Fprogress`);

    await submitSignIn(page, email, "harbour-lantern-93");
    await page.waitForURL(`${app.baseUrl}/progress`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Progress");
    await closePage(page);
  });

  it("shows sign-up errors next to the field they concern", async () => {
    const page = await newPage();
    await page.goto(`${app.baseUrl}/sign-up`);
    await page.getByLabel("Name").fill("Pat");
    await page.getByLabel("Email").fill(uniqueEmail("weak"));
    await page.getByLabel("Password").fill("password1");
    await page.getByRole("button", { name: "Create account" }).click();

    expect(await formAlertText(page, /Check the highlighted fields/)).toBe("Check the highlighted fields.");
    const password = page.getByLabel("Password");
    expect(await password.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await password.getAttribute("aria-describedby")) ?? "";
    const descriptions = await Promise.all(describedBy.split(" ").map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(descriptions.join(" ")).toContain("one of the 10,000 most common passwords");
    expect(await page.getByLabel("Email").getAttribute("aria-invalid")).toBeNull();
    // What was typed is kept.
    expect(await page.getByLabel("Name").inputValue()).toBe("Pat");
    await closePage(page);
  });

  it("brings an instructor to their classes, with the demo class's join code and roster", async () => {
    const page = await newPage();
    await page.goto(`${app.baseUrl}/sign-in`);
    await submitSignIn(page, INSTRUCTOR.email, INSTRUCTOR.password);
    await page.waitForURL(`${app.baseUrl}/classes`);
    expect(await navigationLinks(page)).toEqual(["Classes", "Assignments"]);
    const row = page.getByRole("row", { name: /History of the Maghreb and Sahel/ });
    const cells = (await row.getByRole("cell").allTextContents()).map((text) => text.trim());
    expect(cells[0]).toMatch(/^[0-9A-F]{8}$/);
    expect(app.output()).toContain(`join code ${cells[0]}`);
    expect(cells[1]).toBe("2");

    await page.getByRole("link", { name: "Assignments" }).click();
    await page.waitForURL(`${app.baseUrl}/assignments`);
    expect(await page.textContent("main")).toContain("No assignments yet");
    await closePage(page);
  });
});

describe("wrong passwords and lockout", () => {
  it("says the same for a wrong password and an unknown email", async () => {
    const page = await newPage();
    await page.goto(`${app.baseUrl}/sign-in`);
    expect(await attemptSignIn(page, STUDENT.email, "not-her-password")).toBe("Incorrect email or password.");
    expect(await formAlertText(page, /Incorrect/)).toBe("Incorrect email or password.");
    expect(await attemptSignIn(page, uniqueEmail("nobody"), "not-her-password")).toBe("Incorrect email or password.");
    expect(await formAlertText(page, /Incorrect/)).toBe("Incorrect email or password.");
    expect(page.url()).toBe(`${app.baseUrl}/sign-in`);
    await closePage(page);
  });

  it("locks the account at the 10th failure and says when to try again, even for the right password", async () => {
    const email = uniqueEmail("lockout");
    const password = "harbour-lantern-93";
    await createAccount(email, password);
    const page = await newPage();
    await page.goto(`${app.baseUrl}/sign-in`);
    for (let attempt = 1; attempt <= 9; attempt += 1) {
      expect(await attemptSignIn(page, email, `wrong-${attempt}`), `attempt ${attempt}`).toBe("Incorrect email or password.");
    }
    expect(await formAlertText(page, /Incorrect/)).toBe("Incorrect email or password.");

    expect(await attemptSignIn(page, email, "wrong-10")).toMatch(LOCKOUT_MESSAGE);
    expect(await formAlertText(page, /Too many/)).toMatch(LOCKOUT_MESSAGE);

    expect(await attemptSignIn(page, email, password)).toMatch(LOCKOUT_MESSAGE);
    expect(await formAlertText(page, /Too many/)).toMatch(LOCKOUT_MESSAGE);
    expect(page.url()).toBe(`${app.baseUrl}/sign-in`);
    await closePage(page);
  });
});

describe("roles", () => {
  it("shows a student the 403 page for an instructor page", async () => {
    const page = await newPage();
    await page.goto(`${app.baseUrl}/sign-in`);
    await submitSignIn(page, STUDENT.email, STUDENT.password);
    await page.waitForURL(`${app.baseUrl}/study`);

    const response = await page.goto(`${app.baseUrl}/classes`);
    expect(response?.status()).toBe(403);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("You do not have access to this page");
    expect(await page.textContent("main")).toContain(STUDENT.email);
    await closePage(page);
  });

  it("sends a signed-out visitor to sign in, then back to the page they asked for", async () => {
    const page = await newPage();
    const response = await page.goto(`${app.baseUrl}/classes`);
    expect(response?.status()).toBe(200);
    expect(page.url()).toBe(`${app.baseUrl}/sign-in?callbackUrl=%2Fclasses`);
    await submitSignIn(page, INSTRUCTOR.email, INSTRUCTOR.password);
    await page.waitForURL(`${app.baseUrl}/classes`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Classes");
    await closePage(page);
  });
});
