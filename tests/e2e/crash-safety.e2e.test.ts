// Kill -9 the server while 50 clients submit answers, restart it, and check that nothing a client was
// told was saved is lost, that the database is intact, and that the attempts carry on.
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { postJson, sampleResponse, signInWithCredentials, startApp, type PublicQuestion } from "./support/app-server";

const CLIENTS = 50;
const STUDENT = { email: "amina@footnote.test", password: "footnote-student-demo" };
const SLUG = "al-qaeda-in-the-islamic-maghreb";
const postgresAdminUrl = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

type Attempt = { attemptId: string; questions: PublicQuestion[] };
type Ack = { attemptId: string; questionId: string };

async function withPostgresDatabase<T>(run: (url: string) => Promise<T>): Promise<T> {
  const name = `footnote_crash_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  try {
    return await run(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

async function storedAnswers(databaseUrl: string): Promise<{ keys: Set<string>; integrity: string }> {
  if (databaseUrl.startsWith("file:")) {
    const db = new Database(databaseUrl.slice("file:".length), { readonly: true });
    try {
      const integrity = String(db.pragma("integrity_check", { simple: true }));
      const rows = db.prepare('SELECT "attemptId", "questionId" FROM "QuizAnswer"').all() as Ack[];
      return { keys: new Set(rows.map((row) => `${row.attemptId}/${row.questionId}`)), integrity };
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const rows = (await client.query<Ack>('SELECT "attemptId", "questionId" FROM "QuizAnswer"')).rows;
    // PostgreSQL has no integrity_check; amcheck would need an extension. A full read of the table
    // and its unique index through an index-only count is the check available everywhere.
    const indexCount = await client.query<{ count: string }>('SELECT count(*) FROM (SELECT DISTINCT "attemptId", "questionId" FROM "QuizAnswer") t');
    const integrity = Number(indexCount.rows[0]?.count) === rows.length ? "ok" : "duplicate answers";
    return { keys: new Set(rows.map((row) => `${row.attemptId}/${row.questionId}`)), integrity };
  } finally {
    await client.end();
  }
}

async function crashAndRecover(databaseUrl?: string) {
  const app = await startApp(databaseUrl ? { databaseUrl } : {});
  let restarted: Awaited<ReturnType<typeof startApp>> | undefined;
  try {
    const cookie = await signInWithCredentials(app.baseUrl, STUDENT);
    const attempts: Attempt[] = [];
    for (let client = 0; client < CLIENTS; client++) {
      const response = await postJson(app.baseUrl, cookie, "/api/quizzes", { articleSlug: SLUG, count: 20 });
      expect(response.status).toBeLessThan(300);
      attempts.push((await response.json()) as Attempt);
    }

    const acknowledged: Ack[] = [];
    let crashed = false;
    const clients = attempts.map(async (attempt) => {
      for (const question of attempt.questions) {
        if (crashed) return;
        try {
          const response = await postJson(app.baseUrl, cookie, `/api/attempts/${attempt.attemptId}/answers`, {
            questionId: question.id,
            response: sampleResponse(question),
          });
          if (response.ok) acknowledged.push({ attemptId: attempt.attemptId, questionId: question.id });
          else expect(response.status).not.toBeGreaterThanOrEqual(500);
        } catch {
          return; // the connection died with the server
        }
      }
    });
    // Crash once the clients are in full flow: after a good number of answers were acknowledged.
    while (acknowledged.length < 150) await new Promise((resolve) => setTimeout(resolve, 10));
    crashed = true;
    await app.kill("SIGKILL");
    await Promise.all(clients);

    const stored = await storedAnswers(app.databaseUrl);
    expect(stored.integrity).toBe("ok");
    const lost = acknowledged.filter((ack) => !stored.keys.has(`${ack.attemptId}/${ack.questionId}`));
    expect(lost).toEqual([]);

    restarted = await startApp({ dataDir: app.dataDir, databaseUrl: app.databaseUrl });
    const cookieAfter = await signInWithCredentials(restarted.baseUrl, STUDENT);
    // Each attempt resumes: its next unanswered question can be answered; an answered one gets 409.
    for (const attempt of attempts.slice(0, 10)) {
      const next = attempt.questions.find((question) => !stored.keys.has(`${attempt.attemptId}/${question.id}`));
      if (next) {
        const response = await postJson(restarted.baseUrl, cookieAfter, `/api/attempts/${attempt.attemptId}/answers`, { questionId: next.id, response: sampleResponse(next) });
        expect(response.status).toBe(200);
      }
      const answered = attempt.questions.find((question) => stored.keys.has(`${attempt.attemptId}/${question.id}`));
      if (answered) {
        const response = await postJson(restarted.baseUrl, cookieAfter, `/api/attempts/${attempt.attemptId}/answers`, { questionId: answered.id, response: sampleResponse(answered) });
        expect(response.status).toBe(409);
      }
    }
    return { acknowledged: acknowledged.length, stored: stored.keys.size };
  } finally {
    await restarted?.stop();
    await app.stop();
  }
}

describe("crash safety", () => {
  it("keeps every acknowledged answer on SQLite through a kill -9", async () => {
    const result = await crashAndRecover();
    expect(result.stored).toBeGreaterThanOrEqual(result.acknowledged);
  }, 240_000);

  it("keeps every acknowledged answer on PostgreSQL through a kill -9", async () => {
    const result = await withPostgresDatabase((url) => crashAndRecover(url));
    expect(result.stored).toBeGreaterThanOrEqual(result.acknowledged);
  }, 240_000);
});
