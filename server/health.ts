import "server-only";
import { db } from "./db";

export type HealthReport = { status: "ok"; db: "ok" } | { status: "error"; db: "error"; reason: string };

/** Asks the database for one row; any failure is reported with its message, never thrown. */
export async function checkHealth(): Promise<HealthReport> {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return { status: "ok", db: "ok" };
  } catch (error) {
    // Prisma's messages start with the call site and end with the driver's own words: keep those.
    const lines = (error instanceof Error ? error.message : String(error)).split("\n").map((line) => line.trim()).filter(Boolean);
    const reason = lines.at(-1) ?? (error instanceof Error ? error.name : "unknown error");
    console.error("[health] database check failed:", error);
    return { status: "error", db: "error", reason: `database unreachable: ${reason}` };
  }
}
