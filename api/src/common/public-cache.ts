/**
 * HTTP caching of anonymous GraphQL reads sent with GET (Apollo's automatic persisted queries let a
 * client send only the query's hash, so URLs stay short and a CDN can key on them).
 *
 * Every answer carries an ETag made of this process's content version (bumped when PostgreSQL
 * notifies, after commit, that public content changed — see the migration PublicReadPath), a time
 * bucket (content that changes with time alone, such as a banner's window, turns over with it) and
 * the request's key. A matching If-None-Match is answered 304 without running the query, a
 * repeat of a request already answered in this version and bucket is served from memory, and
 * identical requests arriving while the first is still running wait for its answer.
 * Requests with a session, and every POST, are never cached (`private, no-store` for GET with a
 * session).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

/** Channel the database notifies (after commit) when a table behind public content changes. */
export const PUBLIC_CONTENT_CHANNEL = 'kn_public_content';

export interface PublicCacheOptions {
  /** `max-age` for shared caches and the time bucket, in seconds; 0 turns caching off. */
  maxAgeSeconds: number;
  /** The clock the API runs on (the test clock in tests). */
  now: () => Date;
  /** Whether the request carries no session (cookie or bearer token). */
  isAnonymous: (req: Request) => boolean;
  /** Most answers kept in memory. */
  maxEntries?: number;
  /** Larger answers are not kept in memory (they still get the headers). */
  maxBodyBytes?: number;
}

interface Entry {
  etag: string;
  body: string;
  contentType: string;
}

export class PublicResponseCache {
  private version = 0;
  private readonly boot = randomBytes(4).toString('hex');
  private readonly entries = new Map<string, Entry>();
  /**
   * Answers being computed, by ETag: concurrent misses of one request wait for the first instead
   * of all running the query (no stampede when a version or a time bucket turns over).
   */
  private readonly inFlight = new Map<string, Promise<Entry | null>>();

  constructor(private readonly opts: PublicCacheOptions) {}

  /** Public content changed (or a change may have been missed): every earlier answer is stale. */
  bump(): void {
    this.version++;
    this.entries.clear();
  }

  /** The version part of the ETags issued now. */
  currentTag(): string {
    const bucket = Math.floor(this.opts.now().getTime() / 1000 / this.opts.maxAgeSeconds);
    return `${this.boot}.${this.version}.${bucket}`;
  }

  private remember(key: string, entry: Entry): void {
    const max = this.opts.maxEntries ?? 1000;
    if (this.entries.size >= max) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, entry);
  }

  /** Express middleware, mounted on the GraphQL path before the GraphQL server. */
  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'GET' || this.opts.maxAgeSeconds <= 0) return next();
    if (!this.opts.isAnonymous(req)) {
      beforeEnd(res, () => {
        res.removeHeader('ETag');
        res.setHeader('Cache-Control', 'private, no-store');
      });
      return next();
    }
    const key = requestKey(req);
    const etag = `"${this.currentTag()}.${key}"`;
    const cacheControl = `public, max-age=${this.opts.maxAgeSeconds}`;
    res.setHeader('Vary', 'X-Tenant, Accept-Language, Authorization, Cookie');
    const inm = req.headers['if-none-match'];
    if (inm && inm.split(/\s*,\s*/).some((t) => t.replace(/^W\//, '') === etag)) {
      res.setHeader('ETag', etag);
      res.setHeader('Cache-Control', cacheControl);
      res.status(304).end();
      return;
    }
    const serve = (entry: Entry) => {
      res.setHeader('ETag', etag);
      res.setHeader('Cache-Control', cacheControl);
      res.setHeader('Content-Type', entry.contentType);
      res.status(200).end(entry.body);
    };
    const hit = this.entries.get(key);
    if (hit && hit.etag === etag) return serve(hit);
    const pending = this.inFlight.get(etag);
    if (pending) {
      // The same request is running: take its answer, or run it too if it is not cacheable.
      void pending.then((entry) => (entry ? serve(entry) : next()), next);
      return;
    }
    let settle!: (entry: Entry | null) => void;
    const mine = new Promise<Entry | null>((resolve) => (settle = resolve));
    this.inFlight.set(etag, mine);
    let settled = false;
    const done = (entry: Entry | null) => {
      if (settled) return;
      settled = true;
      if (this.inFlight.get(etag) === mine) this.inFlight.delete(etag);
      settle(entry);
    };
    // A connection closed before the answer releases the waiters too.
    res.once('close', () => done(null));
    // Run the query; a successful answer (no errors) gets the headers and is remembered.
    beforeEnd(res, (body) => {
      let entry: Entry | null = null;
      if (res.statusCode === 200 && body !== null && succeeded(body)) {
        res.setHeader('ETag', etag);
        res.setHeader('Cache-Control', cacheControl);
        const contentType = String(res.getHeader('content-type') ?? 'application/json');
        entry = { etag, body, contentType };
        if (Buffer.byteLength(body) <= (this.opts.maxBodyBytes ?? 512 * 1024))
          this.remember(key, entry);
      } else {
        res.removeHeader('ETag');
        res.setHeader('Cache-Control', 'no-store');
      }
      done(entry);
    });
    next();
  };
}

/**
 * What the answer depends on: the commune, the language, the operation (its persisted id, or the
 * hash of its text), the operation name and the variables.
 */
function requestKey(req: Request): string {
  const q = req.query as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  let op = '';
  try {
    const ext = JSON.parse(str(q.extensions) || '{}') as {
      persistedQuery?: { sha256Hash?: unknown };
    };
    op = str(ext.persistedQuery?.sha256Hash);
  } catch {
    // Malformed extensions: keyed by the query text below (Apollo answers the error).
  }
  if (!op) op = createHash('sha256').update(str(q.query)).digest('hex');
  return createHash('sha256')
    .update(
      JSON.stringify([
        req.headers['x-tenant'] ?? '',
        req.headers['accept-language'] ?? '',
        op,
        str(q.operationName),
        str(q.variables),
      ]),
    )
    .digest('base64url')
    .slice(0, 22);
}

/** Runs `fn` with the body just before the response's headers are sent with it. */
function beforeEnd(res: Response, fn: (body: string | null) => void): void {
  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  res.end = ((...args: unknown[]) => {
    const chunk = args[0];
    const body =
      typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : null;
    if (!res.headersSent) fn(body);
    return end(...args);
  }) as Response['end'];
}

function succeeded(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: unknown };
    return parsed.data !== undefined && parsed.data !== null && !parsed.errors;
  } catch {
    return false;
  }
}
