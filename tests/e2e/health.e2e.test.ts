// /api/health tells a load balancer the truth: 200 while the database answers, 503 with the reason
// when it does not (here: the PostgreSQL database is dropped under the running app).
import pg from "pg";
import { describe, expect, it } from "vitest";
import { startApp } from "./support/app-server";

const adminUrl = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

describe("health", () => {
  it("answers 200 with the database up and 503 with the reason when it is gone", async () => {
    const name = `footnote_health_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const app = await startApp({ databaseUrl: url.toString() });
    try {
      const up = await fetch(`${app.baseUrl}/api/health`);
      expect(up.status).toBe(200);
      expect(await up.json()).toEqual({ status: "ok", db: "ok" });

      await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
      const down = await fetch(`${app.baseUrl}/api/health`);
      expect(down.status).toBe(503);
      const body = (await down.json()) as { status: string; db: string; reason: string };
      expect(body).toMatchObject({ status: "error", db: "error" });
      expect(body.reason).toMatch(/^database unreachable: .+/);
    } finally {
      await app.stop();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  }, 120_000);
});
