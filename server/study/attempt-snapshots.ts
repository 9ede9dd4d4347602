import "server-only";
import { WeightedLru } from "@/lib/cache/weighted-lru";
import type { AttemptItem } from "@/lib/study/schema";
import { itemQuestionId, parseAttemptItem, readAttemptItems } from "./data";

// An attempt's questions are a snapshot taken when it starts (QuizAttempt.items, about 2–4 KB of
// JSON per question) and never change afterwards, so the answer path keeps the parsed snapshots of
// recent attempts in memory instead of reading and parsing all of them for every answer. Only
// immutable columns are kept; what can change (finishedAt, and the attempt itself being deleted)
// is read from the database on every answer. Bounded by the JSON length held, least recently used
// first out. docs/decisions/040-direct-sqlite-hot-paths.md has the figures.

export type StoredSnapshot = { articleId: string; assignmentId: string | null; options: string; items: string };

export type AttemptSnapshot = {
  articleId: string;
  assignmentId: string | null;
  /** The retention in force when the attempt began; it schedules the attempt's answers. */
  desiredRetention: number;
  /** The position of a question in the attempt, or undefined when the question is not in it. */
  positionOf: (questionId: string) => number | undefined;
  /** The item at a position, checked with zod the first time it is used. */
  itemAt: (position: number) => AttemptItem;
};

export const SNAPSHOT_CACHE_BUDGET = 16 * 1024 * 1024;

function retentionOf(options: string): number {
  const parsed: unknown = JSON.parse(options);
  const value = typeof parsed === "object" && parsed !== null ? (parsed as { desiredRetention?: unknown }).desiredRetention : undefined;
  return typeof value === "number" ? value : 0.9;
}

export function buildSnapshot(stored: StoredSnapshot): AttemptSnapshot {
  const items = readAttemptItems(stored.items);
  const positions = new Map<string, number>();
  items.forEach((item, position) => {
    const id = itemQuestionId(item);
    if (id !== undefined && !positions.has(id)) positions.set(id, position);
  });
  const parsed = new Map<number, AttemptItem>();
  return {
    articleId: stored.articleId,
    assignmentId: stored.assignmentId,
    desiredRetention: retentionOf(stored.options),
    positionOf: (questionId) => positions.get(questionId),
    itemAt(position) {
      let item = parsed.get(position);
      if (!item) {
        item = parseAttemptItem(items[position]);
        parsed.set(position, item);
      }
      return item;
    },
  };
}

const cache = new WeightedLru<string, AttemptSnapshot>(SNAPSHOT_CACHE_BUDGET);

/** Remembers the snapshot of an attempt just stored, so that its first answer finds it in memory. */
export function rememberSnapshot(attemptId: string, stored: StoredSnapshot): void {
  cache.set(attemptId, buildSnapshot(stored), stored.items.length + stored.options.length);
}

/** The attempt's snapshot, from memory or else from `load` (the stored columns), then remembered. */
export async function attemptSnapshot(attemptId: string, load: () => Promise<StoredSnapshot | null>): Promise<AttemptSnapshot | null> {
  const cached = cache.get(attemptId);
  if (cached) return cached;
  const stored = await load();
  if (!stored) return null;
  const snapshot = buildSnapshot(stored);
  cache.set(attemptId, snapshot, stored.items.length + stored.options.length);
  return snapshot;
}
