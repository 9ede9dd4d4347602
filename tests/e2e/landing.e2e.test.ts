import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
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

describe("a new user's first minutes", () => {
  it("starts with demo accounts printed and the database healthy", async () => {
    expect(app.output()).toContain("instructor@footnote.test");
    const response = await fetch(`${app.baseUrl}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  });

  it("shows a landing page that says what Footnote does, with security headers", async () => {
    const page = await browser.newPage();
    const response = await page.goto(app.baseUrl);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("Learn an article");
    expect(await page.textContent("main")).toContain("explains every answer with the exact source text");
    const headers = response?.headers() ?? {};
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["strict-transport-security"]).toContain("max-age=");
    await page.close();
  });
});
