import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { resolveDatabaseTarget } from "@/lib/config/database-url";
import { PrismaClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/postgres/client";

export type Database = PrismaClient;

function createDatabaseClient(): Database {
  const target = resolveDatabaseTarget(process.env.DATABASE_URL);
  if (target.provider === "sqlite") {
    // WAL is switched on for the file by the migration step (prisma/sqlite-file.ts); the timeout is
    // SQLite's busy timeout, so a writer waits for another instead of failing with SQLITE_BUSY.
    return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: target.filePath, timeout: 10_000 }) });
  }
  // The PostgreSQL client is generated from the same models (prisma/postgres/schema.prisma), so its
  // API is the SQLite client's; TypeScript cannot see that the two generated classes are one shape.
  // See docs/decisions/002-two-databases.md.
  const client = new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: target.url, max: 10 }) });
  return client as unknown as Database;
}

// Next's dev server re-evaluates modules on every change; keep one client per process.
const globalForDatabase = globalThis as typeof globalThis & { footnoteDatabase?: Database };

export const db: Database = globalForDatabase.footnoteDatabase ?? createDatabaseClient();
globalForDatabase.footnoteDatabase = db;
