import Database from "better-sqlite3";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { resolveDatabaseTarget } from "@/lib/config/database-url";
import { db, directSqlite } from "@/server/db";
import { createTestUser } from "../factories/users";
import { waitForWritableDatabase } from "../factories/study";

// Several server processes share one SQLite file (docs/decisions/041-one-worker-per-core.md). These
// tests stand in for another process with a second connection to the same file.

const direct = await directSqlite();
const target = resolveDatabaseTarget(process.env.DATABASE_URL);
const filePath = target.provider === "sqlite" ? target.filePath : "";

beforeAll(() => waitForWritableDatabase(), 120_000);

let others: Database.Database[] = [];
/** Another process's connection; `timeout` 0 fails at once where it would have to wait for the lock. */
function otherProcess(timeout: number): Database.Database {
  const connection = new Database(filePath, { timeout });
  others.push(connection);
  return connection;
}
afterEach(() => {
  for (const connection of others) {
    if (connection.inTransaction) connection.prepare("ROLLBACK").run();
    connection.close();
  }
  others = [];
});

const probeWrite = (connection: Database.Database) => connection.prepare('DELETE FROM "User" WHERE "id" = ?').run("__no-such-user__");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.runIf(direct !== null)("one SQLite file, several processes", () => {
  it("a Prisma transaction holds the write lock from its start, so no other process commits between its read and its write", async () => {
    const user = await createTestUser();
    const other = otherProcess(0);
    await db.$transaction(async (tx) => {
      const before = await tx.user.findUniqueOrThrow({ where: { id: user.id } });
      // With a deferred BEGIN this write would commit, and the update below would fail with
      // SQLITE_BUSY_SNAPSHOT.
      expect(() => probeWrite(other)).toThrow(/locked|busy/i);
      await tx.user.update({ where: { id: user.id }, data: { name: `${before.name} (renamed)` } });
    });
    expect(probeWrite(other).changes).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Test User (renamed)");
  });

  it("a group commit waits for another process's write lock while the event loop goes on", async () => {
    const sqlite = direct!;
    const user = await createTestUser();
    const other = otherProcess(5_000);
    other.prepare("BEGIN IMMEDIATE").run();
    let settled = false;
    const pending = sqlite
      .exclusive(() => sqlite.statement('UPDATE "User" SET "name" = ? WHERE "id" = ?').run("written while locked", user.id).changes)
      .finally(() => (settled = true));
    // A group that slept in SQLite's busy handler would hold this thread, and these timers, until
    // the busy timeout ran out, and the other connection could never commit.
    let ticks = 0;
    for (let index = 0; index < 10; index++) {
      await sleep(5);
      ticks += 1;
    }
    expect(ticks).toBe(10);
    expect(settled).toBe(false);
    other.prepare("COMMIT").run();
    await expect(pending).resolves.toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("written while locked");
  });

  it("a group commit never joins an open Prisma transaction: queued during one, it runs after it and outlives its rollback", async () => {
    const sqlite = direct!;
    const user = await createTestUser();
    let pending: Promise<number> | undefined;
    await expect(
      db.$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { name: "inside the rolled-back transaction" } });
        pending = sqlite.exclusive(() => sqlite.statement('UPDATE "User" SET "name" = ? WHERE "id" = ?').run("written by the group", user.id).changes);
        await sleep(30);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    await expect(pending).resolves.toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("written by the group");
  });
});
