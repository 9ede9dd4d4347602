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
// The attempt also stores each item's pool key (QuizAttempt.itemKeys), so that a server process
// that did not start it (another worker, decision 041) finds its items in its own pool without
// reading and parsing the 40–80 KB of `items`. docs/decisions/040-direct-sqlite-hot-paths.md has
// the figures.

export type StoredSnapshot = { articleId: string; assignmentId: string | null; options: string; items: string };
/** The small columns of a stored attempt: everything but `items`, with `itemKeys` in its place. */
export type StoredIndex = Omit<StoredSnapshot, "items"> & { itemKeys: string | null };

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

// One pair of caches per process, whichever bundle runs this module: Next compiles it into the App
// Router's bundles and the Pages Router's separately (decision 043), and a quiz started through
// one is answered through the other. Kept on globalThis, as server/db.ts keeps its client.
type Caches = { snapshots: WeightedLru<string, AttemptSnapshot>; itemPool: WeightedLru<string, AttemptItem> };
const processWide = globalThis as typeof globalThis & { footnoteAttemptCaches?: Caches };
const { snapshots, itemPool } = (processWide.footnoteAttemptCaches ??= {
  snapshots: new WeightedLru<string, AttemptSnapshot>(SNAPSHOT_CACHE_ITEMS),
  itemPool: new WeightedLru<string, AttemptItem>(ITEM_POOL_JSON_BYTES),
});

type Slot = { item: AttemptItem } | { error: Error };

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** An item's key in the pool: a hash of its JSON, so the same question with the same content shares one. */
function itemKey(json: string): string {
  return crypto.createHash("sha256").update(json).digest("base64url");
}

/** The shared, frozen copy of a stored item, checked once; or the error that item fails with. */
function internItem(raw: unknown): { key: string; slot: Slot } {
  const json = JSON.stringify(raw) ?? "null";
  const key = itemKey(json);
  const pooled = itemPool.get(key);
  if (pooled) return { key, slot: { item: pooled } };
  const parsed = attemptItemSchema.safeParse(raw);
  if (!parsed.success) return { key, slot: { error: parsed.error } };
  itemPool.set(key, deepFreeze(parsed.data), json.length);
  return { key, slot: { item: parsed.data } };
}

function retentionOf(options: string): number {
  const parsed: unknown = JSON.parse(options);
  const value = typeof parsed === "object" && parsed !== null ? (parsed as { desiredRetention?: unknown }).desiredRetention : undefined;
  return typeof value === "number" ? value : 0.9;
}

function snapshotOf(columns: Omit<StoredSnapshot, "items">, questionIds: (string | undefined)[], slots: Slot[]): AttemptSnapshot {
  const positions = new Map<string, number>();
  questionIds.forEach((id, position) => {
    if (id !== undefined && !positions.has(id)) positions.set(id, position);
  });
  return {
    articleId: columns.articleId,
    assignmentId: columns.assignmentId,
    desiredRetention: retentionOf(columns.options),
    itemCount: slots.length,
    positionOf: (questionId) => positions.get(questionId),
    itemAt(position) {
      const slot = slots[position];
      if (!slot) throw new RangeError(`No item at position ${position} of this attempt`);
      if ("error" in slot) throw slot.error;
      return slot.item;
    },
  };
}

/**
 * The snapshot of an attempt's stored columns, and its `itemKeys` column: each item's question id
 * and pool key, as JSON. An attempt about to be stored gets both (the keys go into its row).
 */
export function prepareSnapshot(stored: StoredSnapshot): { snapshot: AttemptSnapshot; itemKeys: string } {
  const items = readAttemptItems(stored.items);
  const questionIds = items.map(itemQuestionId);
  const interned = items.map(internItem);
  return {
    snapshot: snapshotOf(
      stored,
      questionIds,
      interned.map(({ slot }) => slot),
    ),
    itemKeys: JSON.stringify(interned.map(({ key }, position) => [questionIds[position] ?? null, key])),
  };
}

export function buildSnapshot(stored: StoredSnapshot): AttemptSnapshot {
  return prepareSnapshot(stored).snapshot;
}

/**
 * The snapshot from the pool alone, when the attempt's `itemKeys` name items that are all in it
 * (they hold only items that passed their schema); null when the keys are missing or any item is
 * not in the pool, and the items must be read.
 */
function snapshotFromPool(index: StoredIndex): AttemptSnapshot | null {
  if (index.itemKeys === null) return null;
  let entries: unknown;
  try {
    entries = JSON.parse(index.itemKeys);
  } catch {
    return null;
  }
  if (!Array.isArray(entries)) return null;
  const questionIds: (string | undefined)[] = [];
  const slots: Slot[] = [];
  for (const entry of entries) {
    if (!Array.isArray(entry) || typeof entry[1] !== "string") return null;
    const item = itemPool.get(entry[1]);
    if (!item) return null;
    questionIds.push(typeof entry[0] === "string" ? entry[0] : undefined);
    slots.push({ item });
  }
  return snapshotOf(index, questionIds, slots);
}

/** Remembers an attempt's snapshot (one just stored, so that its first answer finds it in memory). */
export function rememberSnapshot(attemptId: string, snapshot: AttemptSnapshot): void {
  snapshots.set(attemptId, snapshot, Math.max(1, snapshot.itemCount));
}

/** The attempt's snapshot if this process holds it, without reading anything. */
export function cachedSnapshot(attemptId: string): AttemptSnapshot | undefined {
  return snapshots.get(attemptId);
}

/**
 * The attempt's snapshot: from memory; else from its small columns (`loadIndex`) and the item pool;
 * else, when an item is not in the pool or the attempt has no `itemKeys`, from its items as stored
 * (`loadItems`). Then remembered. Null when the attempt is not there.
 */
export async function attemptSnapshot(
  attemptId: string,
  loadIndex: () => Promise<StoredIndex | null>,
  loadItems: () => Promise<string | null>,
): Promise<AttemptSnapshot | null> {
  const cached = snapshots.get(attemptId);
  if (cached) return cached;
  const index = await loadIndex();
  if (!index) return null;
  let snapshot = snapshotFromPool(index);
  if (!snapshot) {
    const items = await loadItems();
    if (items === null) return null;
    snapshot = buildSnapshot({ ...index, items });
  }
  rememberSnapshot(attemptId, snapshot);
  return snapshot;
}
