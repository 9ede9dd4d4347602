import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInWithCredentials, startApp, type RunningApp } from "./support/app-server";

let app: RunningApp;
let studentCookie: string;

beforeAll(async () => {
  app = await startApp();
  studentCookie = await signInWithCredentials(app.baseUrl, { email: "amina@footnote.test", password: "footnote-student-demo" });
});

afterAll(async () => {
  await app?.stop();
});

describe("security", () => {
  it("sends the security headers on pages and API responses", async () => {
    for (const path of ["/", "/sign-in", "/api/health"]) {
      const response = await fetch(`${app.baseUrl}${path}`);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("object-src 'none'");
      expect(response.headers.get("x-frame-options"), path).toBe("DENY");
      expect(response.headers.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(response.headers.get("strict-transport-security"), path).toMatch(/max-age=\d+/);
      expect(response.headers.get("x-powered-by"), path).toBeNull();
    }
  });

  it("marks the session cookie HttpOnly and SameSite", async () => {
    const csrf = await fetch(`${app.baseUrl}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookie = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
    const response = await fetch(`${app.baseUrl}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookie },
      body: new URLSearchParams({ csrfToken, email: "amina@footnote.test", password: "footnote-student-demo", json: "true" }),
    });
    const session = response.headers.getSetCookie().find((cookie) => cookie.includes("session-token="));
    expect(session).toBeDefined();
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session).toMatch(/Path=\//i);
  });

  it("refuses state-changing requests from another origin", async () => {
    const evil = { Origin: "https://evil.example", "Content-Type": "application/json" };
    const signUp = await fetch(`${app.baseUrl}/api/users`, {
      method: "POST",
      headers: evil,
      body: JSON.stringify({ email: "x@example.com", name: "X", password: "a long unusual passphrase" }),
    });
    expect(signUp.status).toBe(403);
    const quiz = await fetch(`${app.baseUrl}/api/quizzes`, {
      method: "POST",
      headers: { ...evil, Cookie: studentCookie },
      body: JSON.stringify({ articleSlug: "al-qaeda-in-the-islamic-maghreb", count: 5 }),
    });
    expect(quiz.status).toBe(403);
    const review = await fetch(`${app.baseUrl}/api/flashcards/q_000000000000/review`, {
      method: "POST",
      headers: { ...evil, Cookie: studentCookie, "Sec-Fetch-Site": "cross-site" },
      body: JSON.stringify({ rating: 3 }),
    });
    expect(review.status).toBe(403);
  });

  it("refuses a page's form posted from another site with a 403 page that says why, and changes nothing", async () => {
    // The settings form as a browser without JavaScript would send it: every named input and select
    // of the form that holds the retention field, with the retention changed.
    const inputsOf = (html: string) => {
      const form = html.split("<form").find((part) => part.includes('name="desiredRetention"')) ?? "";
      const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&amp;/g, "&");
      const inputs = [...form.matchAll(/<input[^>]*?name="([^"]+)"(?:[^>]*?value="([^"]*)")?/g)].map(([, name, value]) => [name ?? "", decode(value ?? "")] as const);
      const selects = [...form.matchAll(/<select[^>]*?name="([^"]+)"[^>]*>.*?<option value="([^"]*)" selected/g)].map(([, name, value]) => [name ?? "", decode(value ?? "")] as const);
      return [...inputs, ...selects];
    };
    const retention = async () => {
      const html = await (await fetch(`${app.baseUrl}/settings`, { headers: { Cookie: studentCookie } })).text();
      return html.match(/name="desiredRetention" value="([^"]+)"/)?.[1];
    };
    const submit = async (origin: string, value: string) => {
      const html = await (await fetch(`${app.baseUrl}/settings`, { headers: { Cookie: studentCookie } })).text();
      const body = new FormData();
      for (const [name, current] of inputsOf(html)) body.append(name, name === "desiredRetention" ? value : current);
      return fetch(`${app.baseUrl}/settings`, { method: "POST", redirect: "manual", headers: { Cookie: studentCookie, Origin: origin }, body });
    };
    const before = await retention();
    expect(before).toBeDefined();

    const forged = await submit("https://evil.example", "0.85");
    expect(forged.status).toBe(403);
    expect(forged.headers.get("content-type")).toContain("text/html");
    const page = await forged.text();
    expect(page).toContain("This form was sent from another site");
    expect(page).toContain("https://evil.example");
    expect(page).toContain("nothing was changed");
    expect(await retention()).toBe(before);

    // The same form from our own pages is taken, so the refusal above is the origin's doing.
    const own = await submit(app.baseUrl, before === "0.86" ? "0.87" : "0.86");
    expect(own.status).toBeLessThan(400);
    expect(await retention()).toBe(before === "0.86" ? "0.87" : "0.86");
  });

  it("gives nothing to a request carrying x-middleware-subrequest", async () => {
    const bypass = { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" };
    const progress = await fetch(`${app.baseUrl}/api/me/progress`, { headers: bypass });
    expect(progress.status).toBe(401);
    const classes = await fetch(`${app.baseUrl}/classes`, { headers: { ...bypass, Cookie: studentCookie }, redirect: "manual" });
    expect(classes.status).toBe(403);
    const signedOut = await fetch(`${app.baseUrl}/classes`, { headers: bypass, redirect: "manual" });
    expect([302, 303, 307, 308]).toContain(signedOut.status);
    expect(signedOut.headers.get("location")).toContain("/sign-in");
  });
});
