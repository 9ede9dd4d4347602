/**
 * A least-recently-used map bounded by the total weight of its values (bytes, say) rather than
 * their number. Reading an entry makes it the most recent; adding one evicts from the least
 * recent until the total fits. A value heavier than the whole budget is not kept.
 */
export class WeightedLru<K, V> {
  #entries = new Map<K, { value: V; weight: number }>();
  #weight = 0;

  constructor(readonly budget: number) {
    if (!(budget > 0)) throw new Error(`WeightedLru needs a positive budget, got ${budget}`);
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The total weight held, never above the budget. */
  get weight(): number {
    return this.#weight;
  }

  get(key: K): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  set(key: K, value: V, weight: number): void {
    if (!(weight >= 0)) throw new Error(`WeightedLru weights are 0 or more, got ${weight}`);
    this.delete(key);
    if (weight > this.budget) return;
    this.#entries.set(key, { value, weight });
    this.#weight += weight;
    for (const [oldest, entry] of this.#entries) {
      if (this.#weight <= this.budget) break;
      this.#entries.delete(oldest);
      this.#weight -= entry.weight;
    }
  }

  delete(key: K): boolean {
    const entry = this.#entries.get(key);
    if (!entry) return false;
    this.#entries.delete(key);
    this.#weight -= entry.weight;
    return true;
  }
}
