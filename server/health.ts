import "server-only";
import { db } from "./db";

export type HealthReport = { status: "ok"; db: "ok" } | { status: "error"; db: "error"; reason: string };

/** Asks the database for one row; any failure is reported with its message, never thrown. */
export async function checkHealth(): Promise<HealthReport> {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return { status: "ok", db: "ok" };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] ?? "unknown error" : String(error);
    console.error("[health] database check failed:", error);
    return { status: "error", db: "error", reason: `database unreachable: ${reason}` };
  }
}
