// Random and malformed bodies, query strings and headers against every API route and against the
// server-action endpoint: no 5xx, no crash, no hang; every rejection is a 4xx that says what was wrong.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInWithCredentials, startApp, type RunningApp } from "./support/app-server";

let app: RunningApp;
let cookie: string;
let attemptId: string;
let questionId: string;

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);

beforeAll(async () => {
  app = await startApp();
  cookie = await signInWithCredentials(app.baseUrl, { email: "amina@footnote.test", password: "footnote-student-demo" });
  const quiz = await fetch(`${app.baseUrl}/api/quizzes`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Cookie: cookie, Origin: app.baseUrl },
    body: JSON.stringify({ articleSlug: "al-qaeda-in-the-islamic-maghreb", count: 10 }),
  });
  const body = (await quiz.json()) as { attemptId: string; questions: { id: string }[] };
  attemptId = body.attemptId;
  questionId = body.questions[0]?.id ?? "";
});

afterAll(async () => {
  await app?.stop();
});

/** JSON-ish values, including deep nesting, huge strings, odd numbers and unicode. */
const jsonValue = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.record({ questionId: fc.oneof(fc.string(), fc.constant("QID")), response: fc.jsonValue({ maxDepth: 3 }) }),
  fc.record({ articleSlug: fc.oneof(fc.string(), fc.constant("al-qaeda-in-the-islamic-maghreb")), count: fc.oneof(fc.integer(), fc.double(), fc.string()), sections: fc.jsonValue(), kinds: fc.jsonValue() }),
  fc.record({ rating: fc.oneof(fc.integer({ min: -5, max: 10 }), fc.double(), fc.string()) }),
  fc.record({ email: fc.string(), name: fc.string({ maxLength: 500 }), password: fc.string() }),
);
const rawBody = fc.oneof(
  jsonValue.map((value) => JSON.stringify(value)),
  fc.string({ maxLength: 2000 }),
  fc.uint8Array({ maxLength: 500 }).map((bytes) => Buffer.from(bytes).toString("latin1")),
  fc.constantFrom("", "{", "[]", "null", '{"a":', "\u0000", '{"questionId":null}', "1e309"),
);
const contentType = fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "");
const oddSegment = fc.oneof(fc.string({ minLength: 1, maxLength: 40 }), fc.constantFrom("..", "%00", "%2e%2e", "null", "undefined", "q_000000000000"));

type Target = { method: "GET" | "POST"; path: (segment: string) => string };
const targets: Target[] = [
  { method: "POST", path: () => "/api/users" },
  { method: "POST", path: () => "/api/quizzes" },
  { method: "POST", path: (segment) => `/api/attempts/${segment === "real" ? attemptId : encodeURIComponent(segment)}/answers` },
  { method: "POST", path: (segment) => `/api/attempts/${segment === "real" ? attemptId : encodeURIComponent(segment)}/finish` },
  { method: "POST", path: (segment) => `/api/flashcards/${segment === "real" ? questionId : encodeURIComponent(segment)}/review` },
  { method: "GET", path: (segment) => `/api/flashcards/due?article=${encodeURIComponent(segment)}` },
  { method: "GET", path: (segment) => `/api/me/progress?${encodeURIComponent(segment)}=${encodeURIComponent(segment)}` },
  { method: "GET", path: (segment) => `/api/health?${encodeURIComponent(segment)}` },
  { method: "GET", path: (segment) => `/read/${encodeURIComponent(segment)}` },
  { method: "GET", path: (segment) => `/quiz/${encodeURIComponent(segment)}` },
];

async function send(target: Target, segment: string, body: string, type: string, signedIn: boolean, extraHeader: [string, string] | null) {
  const headers: Record<string, string> = { Origin: app.baseUrl };
  if (type) headers["Content-Type"] = type;
  if (signedIn) headers.Cookie = cookie;
  if (extraHeader) headers[extraHeader[0]] = extraHeader[1];
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 10_000);
  try {
    const response = await fetch(`${app.baseUrl}${target.path(segment)}`, {
      method: target.method,
      headers,
      body: target.method === "POST" ? body : undefined,
      redirect: "manual",
      signal: controller.signal,
    });
    const text = await response.text();
    return { status: response.status, text, type: response.headers.get("content-type") ?? "" };
  } finally {
    clearTimeout(timer);
  }
}

const headerName = fc.constantFrom("x-forwarded-for", "x-forwarded-host", "accept", "accept-language", "x-middleware-subrequest", "next-router-state-tree", "rsc", "range");
const headerValue = fc.string({ maxLength: 200 }).map((value) => value.replace(/[^\x20-\x7e]/g, "a"));

describe("fuzzing the HTTP surface", () => {
  it("answers every malformed request without a 5xx, with a message for API rejections", async () => {
    let requests = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: targets.length - 1 }),
        fc.oneof(fc.constant("real"), oddSegment),
        rawBody,
        contentType,
        fc.boolean(),
        fc.option(fc.tuple(headerName, headerValue), { nil: null }),
        async (targetIndex, segment, body, type, signedIn, extraHeader) => {
          const target = targets[targetIndex];
          if (!target) return;
          requests += 1;
          const result = await send(target, segment, body, type, signedIn, extraHeader);
          expect(result.status, `${target.method} ${target.path(segment)} -> ${result.status}: ${result.text.slice(0, 300)}`).toBeLessThan(500);
          // The path as the server saw it, after "..", "%2e%2e" and the like were resolved.
          const served = new URL(target.path(segment), app.baseUrl).pathname;
          if (served.startsWith("/api/") && result.status >= 400) {
            expect(result.type).toContain("application/json");
            const parsed = JSON.parse(result.text) as Record<string, unknown>;
            expect(typeof (parsed.message ?? parsed.error)).toBe("string");
          }
        },
      ),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261125) },
    );
    expect(requests).toBe(RUNS);
  }, 300_000);

  it("answers forged server-action posts without a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("/sign-in", "/sign-up", "/settings", "/study"), fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), maxLength: 42 }), rawBody, async (page, actionId, body) => {
        const response = await fetch(`${app.baseUrl}${page}`, {
          method: "POST",
          headers: { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Origin: app.baseUrl, Cookie: cookie },
          body,
          redirect: "manual",
        });
        await response.arrayBuffer();
        expect(response.status, `${page} action ${actionId}`).toBeLessThan(500);
      }),
      { numRuns: Math.round(RUNS / 3), seed: 7 },
    );
  }, 300_000);
});
