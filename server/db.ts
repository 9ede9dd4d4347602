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
   * transaction (group commit); a piece that throws undoes only its own writes. `work` may run
   * twice (see flush), so it must do nothing but read and write the database.
   */
  exclusive: <T>(work: () => T) => Promise<T>;
};

type SqliteAdapter = SqlDriverAdapter & { client?: unknown };

/** How long a write waits for another transaction's lock before it fails with SQLITE_BUSY. */
const SQLITE_BUSY_TIMEOUT_MS = 10_000;
/** How long a group commit may wait for the write lock before it gives the turn back (see flush). */
const GROUP_LOCK_WAIT_MS = 3;
/** How often, while it waits, a group commit tries the lock again. */
const LOCK_POLL_MS = 0.1;
/** Something to sleep on: Atomics.wait with a timeout blocks this thread for that long. */
const lockPoll = new Int32Array(new SharedArrayBuffer(4));
/**
 * WAL pages after which a commit copies the log back into the database (SQLite's default is 1000).
 * A checkpoint writes each page once however often the log changed it, and the answer path changes
 * the same index pages again and again, so a longer log means fewer page writes and fsyncs. 4000
 * pages is a log of 16 MiB at most between checkpoints (docs/decisions/040-direct-sqlite-hot-paths.md).
 */
const WAL_AUTOCHECKPOINT_PAGES = 4000;

// The Prisma adapter keeps its better-sqlite3 connection in `client` and opens its transactions with
// `client.prepare("BEGIN")`. Both are internals of the pinned @prisma/adapter-better-sqlite3;
// sqliteConnection checks the first, and tests/integration/sqlite-locking.test.ts fails without the second.
class CapturingSqliteFactory implements SqlDriverAdapterFactory {
  readonly provider = "sqlite";
  readonly adapterName: string;
  adapter: SqliteAdapter | null = null;
  constructor(private readonly inner: PrismaBetterSqlite3) {
    this.adapterName = inner.adapterName;
  }
  async connect(): Promise<SqlDriverAdapter> {
    const adapter: SqliteAdapter = await this.inner.connect();
    beginTransactionsImmediately(adapter);
    const connection = sqliteConnection(adapter);
    // Savepoints (each group commit's pieces, and every statement that may need undoing on its own)
    // journal the pages they change; in memory, rather than in a temporary file, that costs no
    // system calls. Temporary tables and sorts stay in memory too, which this app's queries keep small.
    connection.pragma("temp_store = MEMORY");
    connection.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
    this.adapter = adapter;
    return adapter;
  }
}

function sqliteConnection(adapter: SqliteAdapter): BetterSqlite3.Database {
  const connection = adapter.client;
  if (!(connection instanceof BetterSqlite3)) {
    throw new Error("@prisma/adapter-better-sqlite3 no longer exposes its connection as `client`; see docs/decisions/040-direct-sqlite-hot-paths.md");
  }
  return connection;
}

/**
 * The adapter opens every transaction with a plain (deferred) `BEGIN`, which takes the write lock
 * only at the first write. When another process (another server worker, or a command-line tool)
 * commits between a transaction's first read and its first write, SQLite cannot wait for the lock
 * and fails the write with SQLITE_BUSY_SNAPSHOT. `BEGIN IMMEDIATE` takes the write lock up front,
 * waiting (the busy timeout) while another process holds it, so read-then-write transactions stay
 * correct with several processes on one file (docs/decisions/041-one-worker-per-core.md).
 */
function beginTransactionsImmediately(adapter: SqliteAdapter): void {
  const connection = sqliteConnection(adapter);
  const prepare = connection.prepare.bind(connection);
  let beginImmediate: BetterSqlite3.Statement | undefined;
  connection.prepare = ((source: string) => {
    if (source !== "BEGIN") return prepare(source);
    beginImmediate ??= prepare("BEGIN IMMEDIATE");
    return beginImmediate;
  }) as typeof connection.prepare;
}

function createDirectSqlite(adapter: SqliteAdapter): DirectSqlite {
  const connection = sqliteConnection(adapter);
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
  // turn. A commit writes each changed page to the WAL once, however many pieces changed it. Every
  // piece's promise settles after the COMMIT, so nothing is reported before it is stored. From
  // BEGIN to COMMIT it is synchronous, so no Prisma query can run in between.
  // A piece that fails (a unique violation, say) must undo only its own writes. Savepoints would do
  // that, but one per piece costs as much as a third of the group's writes, and pieces rarely fail.
  // So a group first runs without them; when a piece fails, the whole group is rolled back and run
  // again at once, each piece under its own savepoint ("careful"). Work therefore may run twice.
  // Rolling back in WAL mode only drops the changed pages from memory: nothing was written.
  type Job = { work: () => unknown; resolve: (value: unknown) => void; reject: (error: unknown) => void };
  // A flush is scheduled exactly while the queue holds work: the first piece queued schedules it,
  // and a flush either empties the queue or schedules its own retry.
  let queue: Job[] = [];
  let waitingSince: number | null = null;
  // Set when a group failed without savepoints: the next group (the same pieces first) uses them.
  let careful = false;
  // Taking the write lock blocks the event loop for at most GROUP_LOCK_WAIT_MS: when a Prisma
  // transaction is open on this connection, or another process (another server worker) holds the
  // lock for longer, the group tries again at the next turn while this process goes on serving.
  // Another worker's commit holds the lock for a millisecond or two, so a short wait usually saves a
  // turn of the event loop (docs/decisions/041-one-worker-per-core.md). The wait is ours rather than
  // SQLite's busy handler, which sleeps 1 ms and then 2 ms: a lock freed after 0.3 ms left this
  // process asleep for the rest of the millisecond. Here it tries again every LOCK_POLL_MS.
  const tryBeginImmediate = (): boolean => {
    if (connection.inTransaction) return false;
    statement("PRAGMA busy_timeout = 0").get();
    try {
      const deadline = performance.now() + GROUP_LOCK_WAIT_MS;
      for (;;) {
        try {
          statement("BEGIN IMMEDIATE").run();
          return true;
        } catch (error) {
          if (!(error instanceof BetterSqlite3.SqliteError && error.code.startsWith("SQLITE_BUSY"))) throw error;
          if (performance.now() >= deadline) return false;
          Atomics.wait(lockPoll, 0, 0, LOCK_POLL_MS);
        }
      }
    } finally {
      statement(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`).get();
    }
  };
  function flush(): void {
    let begun: boolean;
    try {
      begun = tryBeginImmediate();
    } catch (error) {
      rejectAll(error);
      return;
    }
    if (!begun) {
      waitingSince ??= Date.now();
      if (Date.now() - waitingSince < SQLITE_BUSY_TIMEOUT_MS) setTimeout(flush, 1);
      else rejectAll(new Error(`the database stayed locked by another transaction for ${SQLITE_BUSY_TIMEOUT_MS / 1000} s`));
      return;
    }
    waitingSince = null;
    const jobs = queue;
    queue = [];
    if (careful) {
      careful = false;
      runEachUnderSavepoint(jobs);
    } else if (!runTogether(jobs)) {
      // The queue is still empty: nothing else runs while a flush does.
      queue = jobs;
      careful = true;
      flush();
    }
  }
  /**
   * Runs a group without savepoints, in the open transaction, and commits it, settling every piece.
   * False, with the transaction rolled back and nothing settled, when a piece or the commit fails.
   */
  function runTogether(jobs: Job[]): boolean {
    const values: unknown[] = [];
    try {
      for (const job of jobs) values.push(job.work());
      statement("COMMIT").run();
    } catch {
      // Some errors (SQLITE_FULL, an I/O error) end the transaction themselves.
      if (connection.inTransaction) statement("ROLLBACK").run();
      return false;
    }
    jobs.forEach((job, index) => job.resolve(values[index]));
    return true;
  }
  /** Runs a group in the open transaction, each piece under its own savepoint, commits it and settles every piece. */
  function runEachUnderSavepoint(jobs: Job[]): void {
    const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
    try {
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
    }
    jobs.forEach((job, index) => {
      const outcome = outcomes[index];
      if (outcome?.ok) job.resolve(outcome.value);
      else job.reject(outcome?.error);
    });
  }
  function rejectAll(error: unknown): void {
    const jobs = queue;
    queue = [];
    waitingSince = null;
    for (const job of jobs) job.reject(error);
  }
  return {
    statement,
    exclusive<T>(work: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        if (queue.length === 0) setImmediate(flush);
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
    const sqliteFactory = new CapturingSqliteFactory(new PrismaBetterSqlite3({ url: target.filePath, timeout: SQLITE_BUSY_TIMEOUT_MS }));
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
