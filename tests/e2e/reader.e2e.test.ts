import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./support/browser";
import { signInWithCredentials, startApp, type RunningApp } from "./support/app-server";

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

describe("the reader", () => {
  it("lists the articles and shows one with its infobox, sections, timeline and attribution", async () => {
    const page = await browser.newPage();
    await page.goto(`${app.baseUrl}/read`);
    await page.getByRole("link", { name: "Al-Qaeda in the Islamic Maghreb" }).click();
    await page.waitForURL(`${app.baseUrl}/read/${SLUG}`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Al-Qaeda in the Islamic Maghreb");
    const infobox = page.locator("aside table");
    await expect(infobox.locator("th", { hasText: "Predecessor" }).count()).resolves.toBe(1);
    await expect(infobox.textContent()).resolves.toContain("Salafist Group for Preaching and Combat");
    await expect(page.getByRole("heading", { level: 2, name: "Timeline of attacks" }).count()).resolves.toBe(1);
    const events = page.locator("ol li[id^='t-']");
    expect(await events.count()).toBe(23);
    await expect(events.first().textContent()).resolves.toContain("11 April 2007");
    await expect(page.locator("footer").textContent()).resolves.toContain("CC BY-SA 4.0");
    await page.close();
  });

  it("scrolls to and highlights the sentence a link names", async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await page.goto(`${app.baseUrl}/read/${SLUG}`);
    const sentence = page.locator("[data-sentence]", { hasText: "Hammam was killed by French forces in February 2019." });
    const id = await sentence.getAttribute("id");
    expect(id).toMatch(/^s-[0-9a-f]{8}/);
    const before = await sentence.evaluate((element) => getComputedStyle(element).backgroundColor);
    await page.goto(`${app.baseUrl}/read/${SLUG}#${id}`);
    await page.waitForFunction((target) => document.getElementById(target)?.matches(":target") === true, id ?? "");
    const box = await sentence.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(800);
    const after = await sentence.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(after).not.toBe(before);
    await page.close();
  });

  it("highlights a timeline entry a link names, as it does a sentence", async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await page.goto(`${app.baseUrl}/read/${SLUG}`);
    const entry = page.locator("ol li[id^='t-']").nth(5);
    const id = await entry.getAttribute("id");
    const before = await entry.evaluate((element) => getComputedStyle(element).backgroundColor);
    await page.goto(`${app.baseUrl}/read/${SLUG}#${id}`);
    await page.waitForFunction((target) => document.getElementById(target)?.matches(":target") === true, id ?? "");
    expect(await entry.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe(before);
    expect(await entry.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe("solid");
    await page.close();
  });

  it("offers a signed-in reader their own sections, and anyone else the way to sign in", async () => {
    const navLinks = (html: string) => [...(html.match(/<nav aria-label="Main".*?<\/nav>/s)?.[0] ?? "").matchAll(/href="([^"]+)"/g)].map((match) => match[1]);
    const anonymous = await (await fetch(`${app.baseUrl}/read/${SLUG}`)).text();
    expect(navLinks(anonymous)).toEqual(["/", "/read", "/sign-in"]);
    const cookie = await signInWithCredentials(app.baseUrl, { email: "amina@footnote.test", password: "footnote-student-demo" });
    const student = await (await fetch(`${app.baseUrl}/read/${SLUG}`, { headers: { Cookie: cookie } })).text();
    expect(navLinks(student)).toEqual(["/study", "/read", "/study", "/assignments", "/progress", "/settings"]);
  });

  it("answers 404 for an unknown article", async () => {
    const response = await fetch(`${app.baseUrl}/read/no-such-article`);
    expect(response.status).toBe(404);
  });
});
