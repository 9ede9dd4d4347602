import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "./support/browser";
import { startApp, type RunningApp } from "./support/app-server";

// A form the server refuses keeps what the learner chose (React resets a form after its action
// unless it is submitted through a transition: components/ui/use-kept-form-action.ts).

let app: RunningApp;
let browser: Browser;
const SLUG = "al-qaeda-in-the-islamic-maghreb";

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function signIn(page: Page): Promise<void> {
  await page.goto(`${app.baseUrl}/sign-in`);
  await page.getByLabel("Email").fill("amina@footnote.test");
  await page.getByLabel("Password").fill("footnote-student-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

describe("forms the server refuses", () => {
  it("the start-quiz form keeps the ticked sections, kinds and count with the message", async () => {
    const page = await browser.newPage();
    await signIn(page);
    await page.goto(`${app.baseUrl}/study/${SLUG}`);
    // No ordering question is about the lead alone: the server answers that nothing matches.
    await page.getByRole("checkbox", { name: /^Lead \(/ }).check();
    await page.getByRole("checkbox", { name: /^Putting events in order/ }).check();
    await page.getByLabel("Number of questions").selectOption("20");
    await page.getByRole("button", { name: "Start the quiz" }).click();
    await page.getByRole("alert").filter({ hasText: /No questions match/ }).waitFor();
    expect(page.url()).toBe(`${app.baseUrl}/study/${SLUG}`);
    await expect(page.getByRole("checkbox", { name: /^Lead \(/ }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole("checkbox", { name: /^Putting events in order/ }).isChecked()).resolves.toBe(true);
    await expect(page.getByLabel("Number of questions").inputValue()).resolves.toBe("20");
    // Changing the choice then starts a quiz; the lead alone holds fewer than 20, and the quiz says so.
    const leadLabel = (await page.getByRole("checkbox", { name: /^Lead \(/ }).locator("xpath=..").textContent()) ?? "";
    const held = Number(leadLabel.match(/\((\d+)\)/)?.[1]);
    expect(held).toBeLessThan(20);
    await page.getByRole("checkbox", { name: /^Putting events in order/ }).uncheck();
    await page.getByRole("button", { name: "Start the quiz" }).click();
    await page.waitForURL(/\/quiz\//);
    await expect(page.getByRole("status").filter({ hasText: "You asked for 20 questions" }).textContent()).resolves.toContain(`so this quiz has ${held}.`);
    await expect(page.getByText(`of ${held}`, { exact: false }).first().isVisible()).resolves.toBe(true);
    await page.close();
  });
});
