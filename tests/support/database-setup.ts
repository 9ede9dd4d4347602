// Vitest global setup for the integration projects: a freshly migrated database per run.
// SQLite: a new file in the run's temp folder. PostgreSQL: the public schema dropped and recreated.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { resolveDatabaseTarget } from "../../lib/config/database-url";
import { applyMigrations } from "../../prisma/schema-engine";
import { prepareSqliteFile } from "../../prisma/sqlite-file";

export default async function setup(project: TestProject): Promise<void> {
  const url = project.config.env.DATABASE_URL;
  const target = resolveDatabaseTarget(typeof url === "string" ? url : undefined);
  if (target.provider === "sqlite") {
    fs.mkdirSync(path.dirname(target.filePath), { recursive: true });
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${target.filePath}${suffix}`, { force: true });
    prepareSqliteFile(target.filePath);
  } else {
    const client = new pg.Client({ connectionString: target.url });
    try {
      await client.connect();
    } catch (error) {
      throw new Error(
        `PostgreSQL integration tests need a server at ${target.url} (${error instanceof Error ? error.message : String(error)}). ` +
          "Start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start",
      );
    }
    await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
    await client.end();
  }
  await applyMigrations(target);
}
