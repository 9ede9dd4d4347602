import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import BetterSqlite3 from "better-sqlite3";
import { resolveDatabaseTarget } from "@/lib/config/database-url";
import { PrismaClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/postgres/client";

export type Database = PrismaClient;

/**
 * The SQLite connection Prisma uses, for the few hot paths that run their statements on it directly
 * (docs/decisions/040-direct-sqlite-hot-paths.md). One connection serves the whole process, so
 * direct work never waits on a lock held by Prisma, and `exclusive` runs it between Prisma's
 * transactions, never inside one.
 */
export type DirectSqlite = {
  /** A prepared statement, compiled once per process; integers come back as numbers. */
  statement: (sql: string) => BetterSqlite3.Statement;
  /**
   * Runs `work` (synchronous) in a write transaction, after any Prisma transaction in progress,
   * and settles once it is committed. Work queued in the same turn of the event loop shares one
   * transaction (group commit); a piece that throws undoes only its own writes.
   */
  exclusive: <T>(work: () => T) => Promise<T>;
};

type SqliteAdapter = SqlDriverAdapter & { client?: unknown };

// The Prisma adapter keeps its better-sqlite3 connection in `client` and serialises transactions
// with a mutex taken by startTransaction (whose commit only releases it; Prisma sends COMMIT itself).
// Both are internals of the pinned @prisma/adapter-better-sqlite3; createDirectSqlite checks them.
class CapturingSqliteFactory implements SqlDriverAdapterFactory {
  readonly provider = "sqlite";
  readonly adapterName: string;
  adapter: SqliteAdapter | null = null;
  constructor(private readonly inner: PrismaBetterSqlite3) {
    this.adapterName = inner.adapterName;
  }
  async connect(): Promise<SqlDriverAdapter> {
    const adapter: SqliteAdapter = await this.inner.connect();
    this.adapter = adapter;
    return adapter;
  }
}

function createDirectSqlite(adapter: SqliteAdapter): DirectSqlite {
  const connection = adapter.client;
  if (!(connection instanceof BetterSqlite3)) {
    throw new Error("@prisma/adapter-better-sqlite3 no longer exposes its connection as `client`; see docs/decisions/040-direct-sqlite-hot-paths.md");
  }
  const statements = new Map<string, BetterSqlite3.Statement>();
  const statement = (sql: string) => {
    let prepared = statements.get(sql);
    if (!prepared) {
      prepared = connection.prepare(sql);
      if (prepared.reader) prepared.safeIntegers(false);
      statements.set(sql, prepared);
    }
    return prepared;
  };
  // Group commit: work queued while the event loop is busy runs in one transaction at the next
  // turn, each piece under its own savepoint, so one piece failing (a unique violation, say) undoes
  // only its own writes. A commit writes each changed page to the WAL once, however many pieces
  // changed it. Every piece's promise settles after the COMMIT, so nothing is reported before it
  // is stored.
  type Job = { work: () => unknown; resolve: (value: unknown) => void; reject: (error: unknown) => void };
  let queue: Job[] = [];
  const flush = async () => {
    const jobs = queue;
    queue = [];
    let transaction: Awaited<ReturnType<SqliteAdapter["startTransaction"]>>;
    try {
      transaction = await adapter.startTransaction();
    } catch (error) {
      for (const job of jobs) job.reject(error);
      return;
    }
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
      // startTransaction ran BEGIN; everything from here to COMMIT is synchronous.
      for (const job of jobs) {
        statement("SAVEPOINT piece").run();
        try {
          outcomes.push({ ok: true, value: job.work() });
          statement("RELEASE piece").run();
        } catch (error) {
          statement("ROLLBACK TO piece").run();
          statement("RELEASE piece").run();
          outcomes.push({ ok: false, error });
        }
      }
      statement("COMMIT").run();
    } catch (error) {
      if (connection.inTransaction) statement("ROLLBACK").run();
      for (const job of jobs) job.reject(error);
      return;
    } finally {
      await transaction.commit();
    }
    jobs.forEach((job, index) => {
      const outcome = outcomes[index];
      if (outcome?.ok) job.resolve(outcome.value);
      else job.reject(outcome?.error);
    });
  };
  return {
    statement,
    exclusive<T>(work: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        if (queue.length === 0) setImmediate(() => void flush());
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      });
    },
  };
}

type Clients = { db: Database; sqliteFactory: CapturingSqliteFactory | null };

function createDatabaseClients(): Clients {
  const target = resolveDatabaseTarget(process.env.DATABASE_URL);
  if (target.provider === "sqlite") {
    // WAL is switched on for the file by the migration step (prisma/sqlite-file.ts), and a WAL
    // database opens with synchronous=NORMAL (better-sqlite3's build default): a commit survives the
    // process being killed; a power cut may lose the last ones. The timeout is SQLite's busy
    // timeout, so a writer waits for another process instead of failing with SQLITE_BUSY.
    const sqliteFactory = new CapturingSqliteFactory(new PrismaBetterSqlite3({ url: target.filePath, timeout: 10_000 }));
    return { db: new PrismaClient({ adapter: sqliteFactory }), sqliteFactory };
  }
  // The PostgreSQL client is generated from the same models (prisma/postgres/schema.prisma), so its
  // API is the SQLite client's; TypeScript cannot see that the two generated classes are one shape.
  // See docs/decisions/002-two-databases.md.
  const client = new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: target.url, max: 10 }) });
  return { db: client as unknown as Database, sqliteFactory: null };
}

// Next's dev server re-evaluates modules on every change; keep one client per process.
const globalForDatabase = globalThis as typeof globalThis & { footnoteDatabase?: Clients };
const clients = globalForDatabase.footnoteDatabase ?? createDatabaseClients();
globalForDatabase.footnoteDatabase = clients;

export const db: Database = clients.db;

let direct: { adapter: SqliteAdapter; api: DirectSqlite } | null = null;

/** The direct SQLite connection, or null when the database is PostgreSQL. */
export async function directSqlite(): Promise<DirectSqlite | null> {
  const factory = clients.sqliteFactory;
  if (!factory) return null;
  if (!factory.adapter) await db.$connect();
  const adapter = factory.adapter;
  if (!adapter) throw new Error("Prisma connected without opening the SQLite adapter");
  if (direct?.adapter !== adapter) direct = { adapter, api: createDirectSqlite(adapter) };
  return direct.api;
}
