// Everything the app needs before Next starts: the database migrated, the auth secret, the content
// synced and, on a new database, the demo accounts. Used by `npm start`, `npm run dev`, the e2e
// harness and the benchmark, so all four start the same way.
import path from "node:path";
import { resolveDatabaseTarget } from "../lib/config/database-url";
import { applyMigrations } from "../prisma/schema-engine";
import { prepareSqliteFile } from "../prisma/sqlite-file";
import { ensureAuthSecret } from "../server/secret";
import { DEMO_ACCOUNTS, DEMO_CLASS_NAME, seedDemoAccounts } from "../server/demo-accounts";
import { syncContentFolder } from "../server/content/sync";

export const projectRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

export type PreparedEnvironment = { NEXTAUTH_SECRET: string; DATABASE_URL: string };

export async function prepare(options: { quiet?: boolean } = {}): Promise<PreparedEnvironment> {
  const log = options.quiet ? () => {} : (message: string) => console.log(`[footnote] ${message}`);
  const target = resolveDatabaseTarget(process.env.DATABASE_URL);
  if (target.provider === "sqlite") prepareSqliteFile(target.filePath);
  const applied = await applyMigrations(target);
  log(
    `database: ${target.provider === "sqlite" ? target.filePath : "PostgreSQL"}` +
      (applied.length > 0 ? ` (applied ${applied.length} migration(s))` : " (up to date)"),
  );

  const dataDir = process.env.FOOTNOTE_DATA_DIR ?? path.join(projectRoot, "data");
  const { secret, source } = ensureAuthSecret(dataDir);
  process.env.NEXTAUTH_SECRET = secret;
  if (source === "generated") log(`generated a session secret in ${path.relative(projectRoot, dataDir) || dataDir}/nextauth-secret`);

  const sync = await syncContentFolder(path.join(projectRoot, "content"));
  for (const line of sync.lines) log(line);

  const seeded = await seedDemoAccounts();
  if (seeded.created) {
    log("new database: created demo accounts");
    for (const account of DEMO_ACCOUNTS) log(`  ${account.role.padEnd(10)} ${account.email}  password: ${account.password}`);
    log(`  class "${DEMO_CLASS_NAME}", join code ${seeded.joinCode}`);
  }
  return { NEXTAUTH_SECRET: secret, DATABASE_URL: target.url };
}
