// Drives Prisma's WebAssembly schema engine (@prisma/schema-engine-wasm) through a driver adapter.
// The Prisma CLI would download a native engine on every migrate command, which cannot work
// offline; this module does the same work (and writes the same _prisma_migrations table) without it.
// See docs/decisions/001-wasm-schema-engine.md.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { DatabaseTarget } from "../lib/config/database-url";

type EngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
type SchemaEngine = Awaited<ReturnType<EngineModule["SchemaEngine"]["new"]>>;
type MigrationList = Parameters<SchemaEngine["applyMigrations"]>[0]["migrationsList"];

const projectRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

export type Flavour = {
  provider: DatabaseTarget["provider"];
  schemaPath: string;
  migrationsDir: string;
};

export const FLAVOURS: Record<DatabaseTarget["provider"], Flavour> = {
  sqlite: {
    provider: "sqlite",
    schemaPath: path.join(projectRoot, "prisma/schema.prisma"),
    migrationsDir: path.join(projectRoot, "prisma/migrations"),
  },
  postgresql: {
    provider: "postgresql",
    schemaPath: path.join(projectRoot, "prisma/postgres/schema.prisma"),
    migrationsDir: path.join(projectRoot, "prisma/postgres/migrations"),
  },
};

// Process-wide state lives on globalThis: a module runner (Vitest's) may load this file twice, but
// Node caches the wasm bindings once, and a second instantiation would swap the memory under the first.
const shared = globalThis as typeof globalThis & {
  footnoteSchemaEngine?: Promise<EngineModule>;
  footnoteSchemaEngineQueue?: Promise<unknown>;
};

// The engine reports a Rust panic through this global before it throws; keep the message so the
// error we raise says what went wrong instead of failing on the missing registry.
const panicRegistry = { message: "", set_message(message: string) { this.message = message; } };
(globalThis as typeof globalThis & { PRISMA_WASM_PANIC_REGISTRY?: typeof panicRegistry }).PRISMA_WASM_PANIC_REGISTRY ??= panicRegistry;

/** Instantiates the wasm module once per process (the package's own entry expects a bundler). */
function loadEngineModule(): Promise<EngineModule> {
  shared.footnoteSchemaEngine ??= (async () => {
    const require = createRequire(import.meta.url);
    const packageDir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const bindings = (await import(
      path.join(packageDir, "schema_engine_bg.js")
    )) as EngineModule & { __wbg_set_wasm(exports: WebAssembly.Exports): void };
    const bytes = fs.readFileSync(path.join(packageDir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports });
    bindings.__wbg_set_wasm(instance.exports);
    const start = instance.exports.__wbindgen_start;
    if (typeof start === "function") start();
    return bindings;
  })();
  return shared.footnoteSchemaEngine;
}

export function createAdapterFactory(target: DatabaseTarget): SqlMigrationAwareDriverAdapterFactory {
  if (target.provider === "sqlite") {
    if (target.filePath !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(target.filePath)), { recursive: true });
    return withMultiStatementRaw(new PrismaBetterSqlite3({ url: target.filePath, timeout: 10_000 }));
  }
  return withDisposableShadowDatabase(postgresConnectionFields(target.url));
}

/**
 * The adapter's own shadow database is dropped before its pool is closed, which PostgreSQL refuses.
 * This one closes the shadow pool first, then drops the database.
 */
function withDisposableShadowDatabase(config: pg.PoolConfig): SqlMigrationAwareDriverAdapterFactory {
  const main = new PrismaPg({ ...config, Client: CatalogFriendlyClient });
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: () => main.connect(),
    connectToShadowDb: async () => {
      const admin = await main.connect();
      const database = `footnote_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
      await admin.executeScript(`CREATE DATABASE "${database}"`);
      const shadow = await new PrismaPg({ ...config, database, Client: CatalogFriendlyClient }).connect();
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await admin.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
        await admin.dispose();
      };
      return shadow;
    },
  };
}

/**
 * Separate fields rather than a connection string: the adapter opens the shadow database by
 * overriding `database`, which a connection string would silently take precedence over.
 */
function postgresConnectionFields(url: string): pg.PoolConfig {
  const parsed = new URL(url);
  return {
    host: decodeURIComponent(parsed.hostname) || "localhost",
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username) || undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    database: decodeURIComponent(parsed.pathname.replace(/^\//, "")) || undefined,
    ssl: parsed.searchParams.get("sslmode") === "require" ? { rejectUnauthorized: false } : undefined,
  };
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * The engine reads pg_catalog columns of PostgreSQL's one-byte "char" type (relkind, contype...),
 * which @prisma/adapter-pg 7.10 does not map. Their text form is already a string, so the migration
 * tooling reports them as text. Only scripts/db.ts uses this client; the app never reads "char".
 */
class CatalogFriendlyClient extends pg.Client {}
// pg's query() has many overloads; patching the prototype forwards all of them unchanged.
Object.defineProperty(CatalogFriendlyClient.prototype, "query", {
  value: function query(this: pg.Client, ...args: unknown[]) {
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (error: unknown, value: unknown) => (last as (e: unknown, v: unknown) => void)(error, relabelCharFields(value));
    }
    const result = (pg.Client.prototype.query as (...a: unknown[]) => unknown).apply(this, args);
    return result instanceof Promise ? result.then(relabelCharFields) : result;
  },
});

function relabelCharFields(value: unknown): unknown {
  const fields = (value as { fields?: { dataTypeID: number }[] } | undefined)?.fields;
  for (const field of fields ?? []) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
  return value;
}

/**
 * The wasm engine replays a whole migration file through `executeRaw` on SQLite's shadow database,
 * while better-sqlite3 prepares one statement at a time. Scripts without parameters go through
 * `executeScript` instead, which runs them all.
 */
function withMultiStatementRaw(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  const patch = <A extends SqlDriverAdapter>(adapter: A): A => {
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) => {
      if (query.args.length === 0 && hasSeveralStatements(query.sql)) {
        await adapter.executeScript(query.sql);
        return 0;
      }
      return executeRaw(query);
    };
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => patch(await factory.connect()),
    connectToShadowDb: async () => patch(await factory.connectToShadowDb()),
  };
}

function hasSeveralStatements(sql: string): boolean {
  const withoutComments = sql.replace(/--.*$/gm, "").trim().replace(/;\s*$/, "");
  return withoutComments.includes(";");
}

// One engine at a time per process: two engines interleaving their async calls on the one wasm
// instance corrupt each other's memory (seen when both test databases were migrated at once).
function withEngine<T>(flavour: Flavour, target: DatabaseTarget | null, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const turn = (shared.footnoteSchemaEngineQueue ?? Promise.resolve()).then(() => runEngine(flavour, target, run));
  shared.footnoteSchemaEngineQueue = turn.catch(() => undefined);
  return turn;
}

async function runEngine<T>(flavour: Flavour, target: DatabaseTarget | null, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const bindings = await loadEngineModule();
  const schema = fs.readFileSync(flavour.schemaPath, "utf8");
  const logs: string[] = [];
  const factory = target
    ? createAdapterFactory(target)
    : createAdapterFactory(flavour.provider === "sqlite" ? { provider: "sqlite", url: "file::memory:", filePath: ":memory:" } : { provider: "postgresql", url: process.env.SHADOW_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" });
  const tracked = trackConnections(factory);
  try {
    const engine = await bindings.SchemaEngine.new(
      { datamodels: [[flavour.schemaPath, schema]] },
      (message: string) => logs.push(message),
      bindMigrationAwareSqlAdapterFactory(tracked.factory),
    );
    try {
      return await run(engine);
    } finally {
      engine.free();
    }
  } catch (error) {
    const panic = panicRegistry.message ? `\npanic: ${panicRegistry.message}` : "";
    const detail = (logs.length > 0 ? `\n${logs.slice(-5).join("\n")}` : "") + panic;
    throw new Error(`Schema engine (${flavour.provider}): ${describeEngineError(error)}${detail}`);
  } finally {
    // Freeing the engine does not close the connections it opened; an open SQLite connection would
    // keep its lock and make the app's first write wait out the busy timeout.
    await tracked.disposeAll();
  }
}

function trackConnections(factory: SqlMigrationAwareDriverAdapterFactory) {
  const open: SqlDriverAdapter[] = [];
  const remember = async (connecting: Promise<SqlDriverAdapter>) => {
    const adapter = await connecting;
    open.push(adapter);
    return adapter;
  };
  return {
    factory: {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: () => remember(factory.connect()),
      connectToShadowDb: () => remember(factory.connectToShadowDb()),
    } satisfies SqlMigrationAwareDriverAdapterFactory,
    disposeAll: async () => {
      await Promise.allSettled(open.splice(0).map((adapter) => adapter.dispose()));
    },
  };
}

function describeEngineError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null && "message" in error) return String((error as { message: unknown }).message);
  return String(error);
}

export function readMigrationList(flavour: Flavour): MigrationList {
  const dirs = fs.existsSync(flavour.migrationsDir)
    ? fs.readdirSync(flavour.migrationsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()
    : [];
  const lockPath = path.join(flavour.migrationsDir, "migration_lock.toml");
  return {
    baseDir: flavour.migrationsDir,
    lockfile: { path: lockPath, content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => {
      const filePath = path.join(flavour.migrationsDir, name, "migration.sql");
      return {
        // The engine records this path as the migration's name, as the CLI does with the folder name.
        path: name,
        migrationFile: {
          path: `${name}/migration.sql`,
          content: fs.existsSync(filePath)
            ? { tag: "ok" as const, value: fs.readFileSync(filePath, "utf8") }
            : { tag: "error" as const, value: `missing ${filePath}` },
        },
      };
    }),
  };
}

const noFilter = { externalTables: [], externalEnums: [] };

/** Applies every committed migration the database has not seen yet; returns their names. */
export async function applyMigrations(target: DatabaseTarget): Promise<string[]> {
  const flavour = FLAVOURS[target.provider];
  return withEngine(flavour, target, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList: readMigrationList(flavour), filters: noFilter });
    return result.appliedMigrationNames;
  });
}

/**
 * The SQL that would bring the committed migrations up to the schema file, or "" when they match.
 * Replays the migrations in a shadow database (in memory for SQLite, a throwaway database for PostgreSQL).
 */
export async function diffMigrationsToSchema(flavour: Flavour): Promise<string> {
  return withEngine(flavour, null, async (engine) => {
    const schema = fs.readFileSync(flavour.schemaPath, "utf8");
    const migrations = readMigrationList(flavour);
    const result = await engine.diff({
      from: migrations.migrationDirectories.length === 0 ? { tag: "empty" } : { tag: "migrations", ...migrations },
      to: { tag: "schemaDatamodel", files: [{ path: flavour.schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: noFilter,
    });
    return (result.stdout ?? "").trim();
  });
}
