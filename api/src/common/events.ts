/**
 * Domain events for live updates. Published with pg_notify inside the transaction that made the
 * change, so subscribers on every API process hear an event once it has committed (and never one
 * that rolled back). Each event is re-checked against each subscriber's permissions. Features
 * define their own payloads (`idea/idea.events.ts`, the council's review events).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PubSub } from 'type-graphql';
import type { PgListener } from './pg-listener.js';

export const EVENTS_CHANNEL = 'kn_events';

/** Small and free of personal data: NOTIFY payloads are limited and may be logged. */
export async function publishEvent(em: EntityManager, payload: { topic: string }): Promise<void> {
  // em.execute runs in the caller's transaction, so NOTIFY is delivered at commit (or never).
  await em.execute('select pg_notify(?, ?)', [EVENTS_CHANNEL, JSON.stringify(payload)]);
}

/** type-graphql's PubSub over the LISTEN connection: events come only from PostgreSQL. */
export class PgPubSub implements PubSub {
  private subscribers = new Map<string, Set<(payload: unknown) => void>>();

  constructor(listener: PgListener) {
    void listener.on(EVENTS_CHANNEL, (raw) => {
      let payload: { topic?: string };
      try {
        payload = JSON.parse(raw);
      } catch {
        return;
      }
      for (const push of this.subscribers.get(payload.topic ?? '') ?? []) push(payload);
    });
  }

  publish(): void {
    throw new Error('Events are published with publishEvent() inside a transaction.');
  }

  subscribe(routingKey: string): AsyncIterable<unknown> {
    const queue: unknown[] = [];
    let wake: (() => void) | null = null;
    let done = false;
    const push = (payload: unknown) => {
      if (queue.length > 1000) queue.shift(); // a stalled client must not grow memory forever
      queue.push(payload);
      wake?.();
    };
    let set = this.subscribers.get(routingKey);
    if (!set) this.subscribers.set(routingKey, (set = new Set()));
    set.add(push);
    const cleanup = () => {
      done = true;
      set.delete(push);
      wake?.();
    };
    return {
      [Symbol.asyncIterator]() {
        return {
          async next(): Promise<IteratorResult<unknown>> {
            while (!done && queue.length === 0) await new Promise<void>((r) => (wake = r));
            wake = null;
            if (done) return { value: undefined, done: true };
            return { value: queue.shift(), done: false };
          },
          async return(): Promise<IteratorResult<unknown>> {
            cleanup();
            return { value: undefined, done: true };
          },
        };
      },
    };
  }
}
