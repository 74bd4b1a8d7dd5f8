/**
 * Request-scoped loaders. Each feature declares its DataLoaders in its own `*.loaders.ts` with
 * `loaderSet(...)`; the first use in a request builds that feature's set and memoizes it here, on
 * the request's context. A loader's cache must never outlive the request, or one viewer could be
 * served another's data — so nothing here is global, and `common/` needs to know no feature.
 */
export class Loaders {
  private readonly memos = new Map<string, Promise<unknown>>();
  private readonly sets = new Map<unknown, unknown>();

  /** Computes a value once per request (several field resolvers of one object share it). */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
    let hit = this.memos.get(key) as Promise<T> | undefined;
    if (!hit) {
      hit = compute();
      this.memos.set(key, hit);
    }
    return hit;
  }

  /** The request's instance of a feature's loader set, built on first use. */
  of<C, T>(factory: (ctx: C) => T, ctx: C): T {
    if (!this.sets.has(factory)) this.sets.set(factory, factory(ctx));
    return this.sets.get(factory) as T;
  }
}

/**
 * Declares a feature's loaders: `export const ideaLoaders = loaderSet((ctx: Context) => ({…}))`,
 * used as `ideaLoaders(ctx).eventsByIdea.load(id)`.
 */
export function loaderSet<C extends { loaders: Loaders }, T>(
  factory: (ctx: C) => T,
): (ctx: C) => T {
  return (ctx) => ctx.loaders.of(factory, ctx);
}

/** Groups rows by a key, in the order of `keys` (what a DataLoader batch function returns). */
export function groupBy<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (r: R) => K): R[][] {
  const by = new Map<K, R[]>();
  for (const r of rows) {
    const k = keyOf(r);
    let list = by.get(k);
    if (!list) by.set(k, (list = []));
    list.push(r);
  }
  return keys.map((k) => by.get(k) ?? []);
}

/** One row (or null) per key, in the order of `keys`. */
export function oneBy<K, R>(
  keys: readonly K[],
  rows: readonly R[],
  keyOf: (r: R) => K,
): (R | null)[] {
  const by = new Map<K, R>();
  for (const r of rows) if (!by.has(keyOf(r))) by.set(keyOf(r), r);
  return keys.map((k) => by.get(k) ?? null);
}
