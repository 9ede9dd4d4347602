import "server-only";
import crypto from "node:crypto";
import { WeightedLru } from "@/lib/cache/weighted-lru";
import { attemptItemSchema, type AttemptItem } from "@/lib/study/schema";
import { itemQuestionId, readAttemptItems } from "./data";

// An attempt's questions are a snapshot taken when it starts (QuizAttempt.items, about 2–4 KB of
// JSON per question) and never change afterwards, so the answer path keeps recent attempts'
// snapshots in memory instead of reading and parsing all of them for every answer. Attempts on
// one article draw from the same bank, so the parsed, checked items are shared: each distinct item
// (the same question with the same content) is parsed and checked with zod once, and an attempt in
// memory is little more than its question ids. Only immutable columns are kept; what can change
// (finishedAt, and the attempt itself being deleted) is read from the database on every answer.
// docs/decisions/040-direct-sqlite-hot-paths.md has the figures.

export type StoredSnapshot = { articleId: string; assignmentId: string | null; options: string; items: string };

export type AttemptSnapshot = {
  articleId: string;
  assignmentId: string | null;
  /** The retention in force when the attempt began; it schedules the attempt's answers. */
  desiredRetention: number;
  itemCount: number;
  /** The position of a question in the attempt, or undefined when the question is not in it. */
  positionOf: (questionId: string) => number | undefined;
  /** The checked item at a position; throws (a ZodError) for an item that fails its schema. */
  itemAt: (position: number) => AttemptItem;
};

/** Attempts kept, weighed by their number of items: about 5,000 twenty-question quizzes. */
export const SNAPSHOT_CACHE_ITEMS = 100_000;
/** Distinct items kept, weighed by their JSON length: 8 MB of JSON is about 14 MB parsed. */
export const ITEM_POOL_JSON_BYTES = 8 * 1024 * 1024;

const snapshots = new WeightedLru<string, AttemptSnapshot>(SNAPSHOT_CACHE_ITEMS);
const itemPool = new WeightedLru<string, AttemptItem>(ITEM_POOL_JSON_BYTES);

type Slot = { item: AttemptItem } | { error: Error };

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The shared, frozen copy of a stored item, checked once; or the error that item fails with. */
function internItem(raw: unknown): Slot {
  const json = JSON.stringify(raw) ?? "null";
  const key = crypto.createHash("sha256").update(json).digest("base64url");
  const pooled = itemPool.get(key);
  if (pooled) return { item: pooled };
  const parsed = attemptItemSchema.safeParse(raw);
  if (!parsed.success) return { error: parsed.error };
  itemPool.set(key, deepFreeze(parsed.data), json.length);
  return { item: parsed.data };
}

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
  const slots = items.map(internItem);
  return {
    articleId: stored.articleId,
    assignmentId: stored.assignmentId,
    desiredRetention: retentionOf(stored.options),
    itemCount: items.length,
    positionOf: (questionId) => positions.get(questionId),
    itemAt(position) {
      const slot = slots[position];
      if (!slot) throw new RangeError(`No item at position ${position} of this attempt`);
      if ("error" in slot) throw slot.error;
      return slot.item;
    },
  };
}

function remember(attemptId: string, snapshot: AttemptSnapshot): void {
  snapshots.set(attemptId, snapshot, Math.max(1, snapshot.itemCount));
}

/** Remembers the snapshot of an attempt just stored, so that its first answer finds it in memory. */
export function rememberSnapshot(attemptId: string, stored: StoredSnapshot): void {
  remember(attemptId, buildSnapshot(stored));
}

/** The attempt's snapshot, from memory or else from `load` (the stored columns), then remembered. */
export async function attemptSnapshot(attemptId: string, load: () => Promise<StoredSnapshot | null>): Promise<AttemptSnapshot | null> {
  const cached = snapshots.get(attemptId);
  if (cached) return cached;
  const stored = await load();
  if (!stored) return null;
  const snapshot = buildSnapshot(stored);
  remember(attemptId, snapshot);
  return snapshot;
}
