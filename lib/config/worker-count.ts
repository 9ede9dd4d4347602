import { z } from "zod";

/**
 * SQLite takes one writer at a time, so past a few processes more of them only queue for its write
 * lock; PostgreSQL takes one worker per core. See docs/decisions/041-one-worker-per-core.md.
 */
export const MAX_SQLITE_WORKERS = 4;
export const MAX_WORKERS = 64;

const workerCountSchema = z
  .string()
  .trim()
  .regex(/^\d+$/, "must be a whole number")
  .transform(Number)
  .pipe(z.number().int().min(1, "must be at least 1").max(MAX_WORKERS, `must be at most ${MAX_WORKERS}`));

/**
 * How many server processes `npm start` runs: WEB_CONCURRENCY when set, otherwise one per core (at
 * most MAX_SQLITE_WORKERS on SQLite). Throws a message naming the variable and the value it got.
 */
export function resolveWorkerCount(raw: string | undefined, provider: "sqlite" | "postgresql", cores: number): number {
  if (raw === undefined || raw.trim() === "") {
    return Math.min(Math.max(1, Math.floor(cores)), provider === "sqlite" ? MAX_SQLITE_WORKERS : MAX_WORKERS);
  }
  const parsed = workerCountSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`WEB_CONCURRENCY ${parsed.error.issues.map((issue) => issue.message).join("; ")}, got "${raw}"`);
  }
  return parsed.data;
}
