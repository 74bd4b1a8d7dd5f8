/**
 * A sliding-window limit per key (an IP address) in this process. It guards anonymous endpoints
 * against floods; behind a load balancer each instance counts on its own, which only loosens the
 * limit by the number of instances.
 */
export class RateLimiter {
  private hits = new Map<string, number[]>();
  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  allow(key: string, now: Date): boolean {
    const t = now.getTime();
    const recent = (this.hits.get(key) ?? []).filter((h) => t - h < this.windowMs);
    if (recent.length >= this.max) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(t);
    this.hits.set(key, recent);
    if (this.hits.size > 10_000) {
      for (const [k, v] of this.hits)
        if (v.every((h) => t - h >= this.windowMs)) this.hits.delete(k);
    }
    return true;
  }
}
