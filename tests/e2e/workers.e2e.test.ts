// `npm start` serves with several worker processes on one port and one database
// (docs/decisions/041-one-worker-per-core.md): answers spread over them are all stored once, a
// worker that dies is replaced, and a bad WEB_CONCURRENCY stops the start with a message.
import { describe, expect, it } from "vitest";
import { postJson, sampleResponse, signInWithCredentials, startApp, type PublicQuestion } from "./support/app-server";

const STUDENT = { email: "amina@footnote.test", password: "footnote-student-demo" };
const SLUG = "al-qaeda-in-the-islamic-maghreb";
const CONCURRENT = 24;

/** Runs `tasks` with at most `limit` in flight, so requests go out over many connections at once. */
async function runConcurrently<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < tasks.length) {
        const index = next++;
        results[index] = await tasks[index]!();
      }
    }),
  );
  return results;
}

async function until<T>(read: () => T, done: (value: T) => boolean, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last seen: ${JSON.stringify(value)})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("worker processes", () => {
  it("share one port and one SQLite file: parallel answers are each stored once, and a dead worker is replaced", async () => {
    const app = await startApp({ env: { WEB_CONCURRENCY: "2" } });
    try {
      await until(app.serverPids, (pids) => pids.length === 2, 30_000, "two worker processes");
      await until(app.output, (output) => output.includes("with 2 worker process(es)"), 30_000, "both workers to listen");
      const cookie = await signInWithCredentials(app.baseUrl, STUDENT);
      const attempts = await runConcurrently(
        Array.from({ length: 6 }, () => async () => {
          const response = await postJson(app.baseUrl, cookie, "/api/quizzes", { articleSlug: SLUG, count: 20 });
          expect(response.status).toBe(201);
          return (await response.json()) as { attemptId: string; questions: PublicQuestion[] };
        }),
        CONCURRENT,
      );
      const answers = attempts.flatMap((attempt) => attempt.questions.map((question) => ({ attempt, question })));
      // Each question twice over, in parallel: one of the two is stored, the other is a 409,
      // whichever worker each lands on.
      const statuses = await runConcurrently(
        [...answers, ...answers].map(({ attempt, question }) => async () => {
          const response = await postJson(app.baseUrl, cookie, `/api/attempts/${attempt.attemptId}/answers`, { questionId: question.id, response: sampleResponse(question) });
          return response.status;
        }),
        CONCURRENT,
      );
      expect(statuses.filter((status) => status === 200)).toHaveLength(answers.length);
      expect(statuses.filter((status) => status === 409)).toHaveLength(answers.length);
      for (const attempt of attempts) {
        const summary = (await (await postJson(app.baseUrl, cookie, `/api/attempts/${attempt.attemptId}/finish`)).json()) as { answered: number; total: number };
        expect(summary).toMatchObject({ answered: attempt.questions.length, total: attempt.questions.length });
      }

      const [victim] = app.serverPids();
      process.kill(victim!, "SIGKILL");
      const replaced = await until(app.serverPids, (pids) => pids.length === 2 && !pids.includes(victim!), 60_000, "a new worker");
      expect(replaced).not.toContain(victim);
      expect(app.output()).toMatch(new RegExp(`worker process ${victim} exited with signal SIGKILL; starting another`));
      await until(
        () => app.output().split("with 2 worker process(es)").length - 1,
        (count) => count >= 2,
        60_000,
        "the new worker to listen",
      );
      const quiz = await postJson(app.baseUrl, cookie, "/api/quizzes", { articleSlug: SLUG, count: 5 });
      expect(quiz.status).toBe(201);
    } finally {
      await app.stop();
    }
    expect(app.serverPids()).toEqual([]);
  }, 180_000);

  it("refuses a WEB_CONCURRENCY that is not a whole number, naming it", async () => {
    await expect(startApp({ env: { WEB_CONCURRENCY: "lots" } })).rejects.toThrow('WEB_CONCURRENCY must be a whole number, got "lots"');
  }, 120_000);
});
