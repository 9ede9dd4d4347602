import http from "node:http";
import net, { type AddressInfo } from "node:net";
import type { NextApiRequest, NextApiResponse } from "next";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import answersRoute from "@/pages/api/attempts/[id]/answers";
import { handleStartQuiz } from "@/server/api/study";
import { handlePagesApiPost, type PagesApiRequest } from "@/server/api/pages-route";
import { tokenForSignIn } from "@/server/auth/session-token";
import { db } from "@/server/db";
import { createTestUser, type TestUser } from "../factories/users";
import { createStudyArticle, waitForWritableDatabase, type StudyFixture } from "../factories/study";

// The answer route is a Pages Router API route (docs/decisions/043-answer-route-in-pages-router.md).
// Here it runs behind a plain Node HTTP server that hands it what Next would (the [id] segment in
// `query`), against a real database, over real requests: the session, the
// Origin check, the statuses and the headers, on top of what study-api.test.ts checks of grading.

const SECRET = "a-test-secret-of-enough-length-for-hkdf";
let server: http.Server;
let baseUrl = "";
const previousSecret = process.env.NEXTAUTH_SECRET;

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = SECRET;
  server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const nextLike = Object.assign(request, { query: {} as Record<string, string> });
    const match = /^\/api\/attempts\/([^/]+)\/answers$/.exec(url.pathname);
    if (match?.[1]) {
      nextLike.query.id = decodeURIComponent(match[1]);
      void answersRoute(nextLike as unknown as NextApiRequest, response as NextApiResponse);
    } else if (url.pathname === "/broken") {
      void handlePagesApiPost(nextLike as PagesApiRequest, response, () => Promise.reject(new Error("the disk is on fire")));
    } else {
      response.statusCode = 404;
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await waitForWritableDatabase();
}, 120_000);

afterAll(async () => {
  process.env.NEXTAUTH_SECRET = previousSecret;
  await new Promise((resolve) => server.close(resolve));
});

let student: TestUser;
let fixture: StudyFixture;
let attemptId: string;
let cookie: string;

async function cookieFor(user: TestUser): Promise<string> {
  const token = await encode({ token: tokenForSignIn({ name: user.name, email: user.email }, user, new Date()), secret: SECRET, maxAge: 3600 });
  return `next-auth.session-token=${token}`;
}

beforeEach(async () => {
  [student, fixture] = await Promise.all([createTestUser(), createStudyArticle()]);
  const started = await handleStartQuiz(student.id, JSON.stringify({ articleSlug: fixture.slug, count: 10 }), new Date());
  attemptId = (started.body as { attemptId: string }).attemptId;
  cookie = await cookieFor(student);
});

function post(path: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${baseUrl}${path}`, { method: "POST", body, headers: { "Content-Type": "application/json", Cookie: cookie, ...headers } });
}

const answerBody = (questionId: string, response: unknown) => JSON.stringify({ questionId, response });
const storedAnswers = () => db.quizAnswer.count({ where: { attemptId } });

describe("POST /api/attempts/{id}/answers on the Pages Router", () => {
  it("grades, stores, and answers JSON that no cache keeps", async () => {
    const response = await post(`/api/attempts/${attemptId}/answers`, answerBody(fixture.questions.cloze.id, "sundiata keita"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toMatchObject({ correct: true, correctAnswer: "Sundiata Keita", explanation: { source: { href: `/read/${fixture.slug}#${fixture.questions.cloze.source.refId}` } } });
    expect(await storedAnswers()).toBe(1);
  });

  it("answers a repeat with 409 and the original result", async () => {
    await post(`/api/attempts/${attemptId}/answers`, answerBody(fixture.questions.cloze.id, "Mansa Musa"));
    const again = await post(`/api/attempts/${attemptId}/answers`, answerBody(fixture.questions.cloze.id, "Sundiata Keita"));
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ correct: false, response: "Mansa Musa", correctAnswer: "Sundiata Keita" });
    expect(await storedAnswers()).toBe(1);
  });

  it("refuses a request without a session, from another site, from an instructor, or for another user's attempt", async () => {
    const body = answerBody(fixture.questions.cloze.id, "Sundiata Keita");
    const signedOut = await post(`/api/attempts/${attemptId}/answers`, body, { Cookie: "" });
    expect(signedOut.status).toBe(401);
    expect(await signedOut.json()).toEqual({ error: "Sign in to use the API" });
    const crossSite = await post(`/api/attempts/${attemptId}/answers`, body, { Origin: "https://evil.example" });
    expect(crossSite.status).toBe(403);
    const other = await createTestUser();
    const someoneElse = await post(`/api/attempts/${attemptId}/answers`, body, { Cookie: await cookieFor(other) });
    expect(someoneElse.status).toBe(404);
    const instructor = await createTestUser({ role: "INSTRUCTOR" });
    const notAStudent = await post(`/api/attempts/${attemptId}/answers`, body, { Cookie: await cookieFor(instructor) });
    expect(notAStudent.status).toBe(403);
    expect(await notAStudent.json()).toEqual({ error: "The study API is for student accounts; this account is an instructor's" });
    expect(await storedAnswers()).toBe(0);
  });

  it("refuses an account deleted or made an instructor's since sign-in, before and after answering, storing nothing", async () => {
    // The account is checked as the answer is written rather than read before (userCheckedByWrites);
    // a first answer makes this process remember the attempt's owner, so the next one is not read first.
    const first = await post(`/api/attempts/${attemptId}/answers`, answerBody(fixture.questions.cloze.id, "Sundiata Keita"));
    expect(first.status).toBe(200);
    await db.user.update({ where: { id: student.id }, data: { role: "INSTRUCTOR" } });
    const demoted = await post(`/api/attempts/${attemptId}/answers`, answerBody(fixture.questions.trueFalse.id, true));
    expect(demoted.status).toBe(403);
    expect(await demoted.json()).toEqual({ error: "The study API is for student accounts; this account is an instructor's" });
    // A refusal by the handler (here a malformed body) still gives the account's 403 first.
    expect((await post(`/api/attempts/${attemptId}/answers`, "{not json")).status).toBe(403);
    expect(await storedAnswers()).toBe(1);

    await db.user.update({ where: { id: student.id }, data: { role: "STUDENT" } });
    expect((await post(`/api/attempts/${attemptId}/answers`, answerBody(fixture.questions.trueFalse.id, true))).status).toBe(200);
    const before = await db.quizAnswer.count({ where: { userId: student.id } });
    expect(before).toBe(2);

    // Deleted: its attempts go with it, and the token left in the browser is no session.
    const other = await createTestUser();
    const otherStarted = await handleStartQuiz(other.id, JSON.stringify({ articleSlug: fixture.slug, count: 10 }), new Date());
    const otherAttempt = (otherStarted.body as { attemptId: string }).attemptId;
    const otherCookie = await cookieFor(other);
    expect((await post(`/api/attempts/${otherAttempt}/answers`, answerBody(fixture.questions.cloze.id, "Sundiata Keita"), { Cookie: otherCookie })).status).toBe(200);
    await db.user.delete({ where: { id: other.id } });
    const gone = await post(`/api/attempts/${otherAttempt}/answers`, answerBody(fixture.questions.trueFalse.id, true), { Cookie: otherCookie });
    expect(gone.status).toBe(401);
    expect(await gone.json()).toEqual({ error: "Sign in to use the API" });
    expect(await db.quizAnswer.count({ where: { attemptId: otherAttempt } })).toBe(0);
  });

  it("answers 400 naming the body when it is not JSON or not UTF-8, has the wrong shape, or is too large", async () => {
    const notJson = await post(`/api/attempts/${attemptId}/answers`, "{not json");
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ fieldErrors: { _body: [expect.stringContaining("not valid JSON")] } });
    const wrongShape = await post(`/api/attempts/${attemptId}/answers`, JSON.stringify({ questionId: 7 }));
    expect(wrongShape.status).toBe(400);
    expect(await wrongShape.json()).toMatchObject({ fieldErrors: { questionId: [expect.any(String)] } });
    const huge = await post(`/api/attempts/${attemptId}/answers`, answerBody(fixture.questions.cloze.id, "x".repeat(300_000)));
    expect(huge.status).toBe(400);
    expect(await huge.json()).toMatchObject({ fieldErrors: { _body: [expect.stringContaining("larger than")] } });
    // Bytes that are not UTF-8 are refused, not stored as text with replacement characters.
    const bytes = Buffer.concat([Buffer.from(`{"questionId":"${fixture.questions.cloze.id}","response":"Sundiata `), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
    const notUtf8 = await fetch(`${baseUrl}/api/attempts/${attemptId}/answers`, { method: "POST", body: bytes, headers: { "Content-Type": "application/json", Cookie: cookie } });
    expect(notUtf8.status).toBe(400);
    expect(await notUtf8.json()).toMatchObject({ fieldErrors: { _body: ["The body is not valid UTF-8 text"] } });
    expect(await storedAnswers()).toBe(0);
    // Refusing a body does not stop the next answer from being taken.
    expect((await post(`/api/attempts/${attemptId}/answers`, answerBody(fixture.questions.cloze.id, "Sundiata Keita"))).status).toBe(200);
  });

  it("stores nothing, and logs it, when the client goes away before the end of its body", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const { port } = server.address() as AddressInfo;
      const socket = net.connect(port, "127.0.0.1");
      await new Promise((resolve) => socket.once("connect", resolve));
      socket.write(`POST /api/attempts/${attemptId}/answers HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${cookie}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"questionId":`);
      await new Promise((resolve) => setTimeout(resolve, 100)); // the route is reading the body
      socket.destroy();
      await vi.waitFor(() => expect(String(logged.mock.calls[0]?.[0])).toContain(`[api] POST /api/attempts/${attemptId}/answers failed for user ${student.id}`));
      expect(String(logged.mock.calls[0]?.[1])).toMatch(/aborted|before the end of the body/);
      expect(await storedAnswers()).toBe(0);
    } finally {
      logged.mockRestore();
    }
  });

  it("answers 405 naming the allowed method for anything but POST", async () => {
    const response = await fetch(`${baseUrl}/api/attempts/${attemptId}/answers`, { headers: { Cookie: cookie } });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    expect(await response.json()).toMatchObject({ error: expect.stringContaining("use POST") });
    const options = await fetch(`${baseUrl}/api/attempts/${attemptId}/answers`, { method: "OPTIONS" });
    expect(options.status).toBe(204);
    expect(options.headers.get("allow")).toBe("POST, OPTIONS");
  });

  it("turns an unexpected failure into a logged 503 with Retry-After, never a 500", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const response = await post("/broken", "{}");
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
      expect(await response.json()).toMatchObject({ error: expect.stringContaining("Try again") });
      expect(String(logged.mock.calls[0]?.[0])).toContain(`[api] POST /broken failed for user ${student.id}`);
    } finally {
      logged.mockRestore();
    }
  });
});
