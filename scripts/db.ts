// Database tooling without the Prisma CLI's native engine (docs/decisions/001-wasm-schema-engine.md).
//   npm run db -- migrate          apply committed migrations to DATABASE_URL (default: the SQLite file)
//   npm run db -- new <name>       write a migration for SQLite and PostgreSQL from prisma/schema.prisma
//   npm run db -- check            fail if the PostgreSQL schema or either migration folder lags the schema
//   npm run db -- generate         generate both Prisma clients
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { resolveDatabaseTarget } from "../lib/config/database-url";
import { FLAVOURS, applyMigrations, diffMigrationsToSchema } from "../prisma/schema-engine";
import { prepareSqliteFile } from "../prisma/sqlite-file";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const postgresSchemaPath = FLAVOURS.postgresql.schemaPath;

/** prisma/postgres/schema.prisma is the SQLite schema with another provider and client folder. */
function renderPostgresSchema(): string {
  const sqlite = fs.readFileSync(FLAVOURS.sqlite.schemaPath, "utf8");
  const body = sqlite
    .replace(/^\/\/ The one source of truth[\s\S]*?\n\n/, "")
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('output       = "../server/generated/sqlite"', 'output       = "../../server/generated/postgres"');
  if (!body.includes('"postgresql"') || !body.includes("generated/postgres")) {
    throw new Error("prisma/schema.prisma: could not find the datasource provider or generator output to rewrite");
  }
  return `// GENERATED from prisma/schema.prisma by \`npm run db -- new\`; do not edit.\n\n${body}`;
}

function isEmptyDiff(sql: string): boolean {
  return sql.replace(/--.*$/gm, "").trim() === "";
}

function timestamp(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getUTCFullYear()}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}`;
}

async function newMigration(name: string | undefined): Promise<void> {
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    throw new Error("usage: npm run db -- new <name>   (name in lower_snake_case, e.g. add_attempts)");
  }
  fs.mkdirSync(path.dirname(postgresSchemaPath), { recursive: true });
  fs.writeFileSync(postgresSchemaPath, renderPostgresSchema());
  const folder = `${timestamp(new Date())}_${name}`;
  for (const flavour of Object.values(FLAVOURS)) {
    const sql = await diffMigrationsToSchema(flavour);
    if (isEmptyDiff(sql)) {
      console.log(`${flavour.provider}: no changes`);
      continue;
    }
    const dir = path.join(flavour.migrationsDir, folder);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), `${sql}\n`);
    fs.writeFileSync(
      path.join(flavour.migrationsDir, "migration_lock.toml"),
      `# Written by npm run db -- new. Do not edit.\nprovider = "${flavour.provider}"\n`,
    );
    console.log(`${flavour.provider}: wrote ${path.relative(root, dir)}/migration.sql`);
  }
}

async function check(): Promise<void> {
  const problems: string[] = [];
  const committed = fs.existsSync(postgresSchemaPath) ? fs.readFileSync(postgresSchemaPath, "utf8") : "";
  if (committed !== renderPostgresSchema()) {
    problems.push("prisma/postgres/schema.prisma is out of step with prisma/schema.prisma: run npm run db -- new <name>");
  }
  for (const flavour of Object.values(FLAVOURS)) {
    const sql = await diffMigrationsToSchema(flavour);
    if (!isEmptyDiff(sql)) problems.push(`${flavour.provider}: migrations lag the schema by:\n${sql}`);
  }
  if (problems.length > 0) throw new Error(problems.join("\n"));
  console.log("schemas and migrations are in step for sqlite and postgresql");
}

function generate(): void {
  for (const flavour of Object.values(FLAVOURS)) {
    execFileSync(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), "generate", "--schema", flavour.schemaPath], {
      stdio: ["ignore", "ignore", "inherit"],
      cwd: root,
      env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    });
  }
  console.log("generated Prisma clients for sqlite and postgresql in server/generated/");
}

export async function migrate(): Promise<void> {
  const target = resolveDatabaseTarget(process.env.DATABASE_URL);
  if (target.provider === "sqlite") prepareSqliteFile(target.filePath);
  const applied = await applyMigrations(target);
  const where = target.provider === "sqlite" ? target.filePath : "PostgreSQL";
  console.log(applied.length > 0 ? `applied ${applied.length} migration(s) to ${where}: ${applied.join(", ")}` : `database ${where} is up to date`);
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  switch (command) {
    case "migrate":
      return migrate();
    case "new":
      return newMigration(rest[0]);
    case "check":
      return check();
    case "generate":
      return generate();
    default:
      console.error("usage: npm run db -- <migrate | new <name> | check | generate>");
      process.exit(2);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
