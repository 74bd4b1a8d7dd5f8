import type { IncomingHttpHeaders } from 'node:http';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ANONYMOUS, type Viewer } from './common/access.js';
import type { Config } from './config.js';
import { Tenant } from './tenant/tenant.entity.js';
import type { AuthService } from './auth/auth.service.js';
import { AppError, ErrorCode } from './common/errors.js';
import { TenantLevel, TenantStatus } from './tenant/tenant.enums.js';
import { Loaders } from './common/loaders.js';
import type { FileStorage } from './attachment/file.storage.js';
import { PERSONAL_DATA_READ_PURPOSE, PersonalDataAudit } from './audit/audit.service.js';
import {
  INVALID_KEY_MESSAGE,
  resolveApiKey,
  communeForKey,
  type PartnerAccess,
} from './partner/api-key.service.js';
import type { PublicLimits } from './common/public-limits.js';
import { isStaff } from './common/access.js';

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

/**
 * The test clock of demo mode: another clock shifted by an offset the e2e tests set, so time keeps
 * running from the moment they chose. Everything that asks `clock.now()` (jobs, scheduling,
 * sessions, due dates) sees the shifted time.
 */
export class ShiftedClock implements Clock {
  private offsetMs = 0;
  constructor(private readonly base: Clock) {}
  now(): Date {
    return new Date(this.base.now().getTime() + this.offsetMs);
  }
  set(at: Date): void {
    this.offsetMs = at.getTime() - this.base.now().getTime();
  }
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

/** What every resolver and service receives first. One per HTTP request or WebSocket operation. */
export interface Context {
  /** A fork of the ORM's EntityManager: its own identity map and unit of work for this request. */
  em: EntityManager;
  viewer: Viewer;
  tenant: Tenant;
  config: Config;
  clock: Clock;
  requestId: string;
  /** The raw session token the caller presented, for logout. */
  sessionToken: string | null;
  loaders: Loaders;
  auth: AuthService;
  storage: FileStorage;
  /** Staff reads of authors' personal data, written to the audit log in batches. */
  personalData: PersonalDataAudit;
  /** Base address of media files (`${mediaUrl}/media/<id>/<file>`). */
  mediaUrl: string;
  /** The cache of tenants: a service that changes a tenant's settings drops its entry. */
  tenants: TenantCache;
  /** The caller's address (behind the apps: the browser's, forwarded) and browser, for sign-in. */
  clientIp: string | null;
  userAgent: string | null;
  /** The caller's language (`Accept-Language`): system texts stored in Vietnamese are given in it. */
  lang: 'vi' | 'en';
  /** A partner's API key the request was made with (no session): what it may do. */
  partner: PartnerAccess | null;
  /** Strangers' limits (submissions, tracking lookups); null where none apply. */
  limits: PublicLimits | null;
}

export interface ContextDeps {
  orm: MikroORM;
  config: Config;
  clock: Clock;
  auth: AuthService;
  tenants: TenantCache;
  storage: FileStorage;
  /** Known once the server listens (its own address) unless configured. */
  mediaUrl: string;
  limits?: PublicLimits | null;
}

/**
 * Tenants change rarely; a short cache saves a query per request. The cached entity is detached
 * (shared by requests, read-only): services use `ctx.tenant.id` and never persist it.
 */
export class TenantCache {
  private byCode = new Map<string, { tenant: Tenant; at: number }>();
  constructor(private readonly ttlMs = 60_000) {}

  async get(em: EntityManager, code: string): Promise<Tenant | null> {
    const hit = this.peek(code);
    if (hit) return hit;
    const tenant = await em.findOne(Tenant, { code });
    if (tenant) this.byCode.set(code, { tenant, at: Date.now() });
    return tenant;
  }
  /** The cached tenant of a code, without reading the database (null if not cached). */
  peek(code: string): Tenant | null {
    const hit = this.byCode.get(code);
    return hit && Date.now() - hit.at < this.ttlMs ? hit.tenant : null;
  }
  async getById(em: EntityManager, id: string): Promise<Tenant | null> {
    for (const { tenant, at } of this.byCode.values()) {
      if (tenant.id === id && Date.now() - at < this.ttlMs) return tenant;
    }
    const tenant = await em.findOne(Tenant, { id });
    if (tenant) this.byCode.set(tenant.code, { tenant, at: Date.now() });
    return tenant;
  }
  /** Forgets a tenant after its settings changed, so the next request reads them again. */
  forget(code: string): void {
    this.byCode.delete(code);
  }
}

export function readToken(headers: IncomingHttpHeaders | Record<string, unknown>): string | null {
  const auth = headers['authorization'];
  if (typeof auth === 'string' && auth.startsWith('Bearer ')) return auth.slice(7).trim() || null;
  const cookie = headers['cookie'];
  if (typeof cookie === 'string') {
    const m = /(?:^|;\s*)kn_session=([^;]+)/.exec(cookie);
    if (m?.[1]) return decodeURIComponent(m[1]);
  }
  return null;
}

/**
 * Builds the context for HTTP and graphql-ws alike. The tenant comes from the staff member's
 * account; for anonymous callers from the `X-Tenant` header (a commune code) or the default.
 */
export async function createContext(
  deps: ContextDeps,
  input: {
    token: string | null;
    tenantCode: string | null;
    requestId: string;
    purpose?: string;
    clientIp?: string | null;
    userAgent?: string | null;
    /** The caller's language (GraphQL over HTTP); Vietnamese elsewhere. */
    lang?: 'vi' | 'en';
    /**
     * GraphQL over HTTP only, where the pipeline lets such a session run nothing but TOTP
     * enrolment: elsewhere a session that must first enrol TOTP counts as no session.
     */
    enrolmentOnlySessions?: boolean;
    /** The `X-Api-Key` header; a session, when there is one, takes precedence. */
    apiKey?: string | null;
  },
): Promise<Context> {
  const em = deps.orm.em.fork();
  let viewer: Viewer = ANONYMOUS;
  let tenant: Tenant | null = null;
  let partner: PartnerAccess | null = null;
  if (!input.token && input.apiKey) {
    // A commune's key reads its own commune, as the public does; a province's key the commune of
    // the province that X-Tenant names (see communeForKey).
    partner = await resolveApiKey(em, input.apiKey, deps.clock.now());
    const keyTenant = await deps.tenants.getById(em, partner!.tenantId);
    // A key whose commune is gone reads nothing (never the default commune instead).
    if (!keyTenant)
      throw new AppError(ErrorCode.UNAUTHENTICATED, INVALID_KEY_MESSAGE, { http: { status: 401 } });
    const requested =
      keyTenant.level === TenantLevel.PROVINCE && input.tenantCode
        ? await deps.tenants.get(em, input.tenantCode)
        : null;
    tenant = communeForKey(partner!, keyTenant, requested, input.tenantCode);
  }
  if (input.token) {
    const session = await deps.auth.resolveSession(em, input.token, deps.clock.now());
    if (session && (!session.viewer.twoFactorEnrolmentRequired || input.enrolmentOnlySessions)) {
      viewer = session.viewer;
      tenant = await deps.tenants.getById(em, session.viewer.tenantId);
    }
  }
  if (!tenant) {
    const code = input.tenantCode || deps.config.defaultTenantCode;
    tenant = await deps.tenants.get(em, code);
    // `tenant` tells the apps (the public site) why: a commune not served, or one suspended.
    if (!tenant)
      throw new AppError(ErrorCode.NOT_FOUND, `Không tìm thấy xã/phường có mã "${code}".`, {
        tenant: 'UNKNOWN',
        // Raised while building the context, where Apollo answers 500 unless told otherwise.
        http: { status: 404 },
      });
  }
  if (tenant.status === TenantStatus.SUSPENDED)
    throw new AppError(ErrorCode.FORBIDDEN, `${tenant.name} đang tạm ngừng sử dụng nền tảng.`, {
      tenant: 'SUSPENDED',
      http: { status: 403 },
    });
  const staffName = isStaff(viewer) ? viewer.fullName : '';
  return {
    em,
    viewer,
    tenant,
    config: deps.config,
    clock: deps.clock,
    requestId: input.requestId,
    sessionToken: input.token,
    loaders: new Loaders(),
    auth: deps.auth,
    storage: deps.storage,
    mediaUrl: deps.mediaUrl,
    tenants: deps.tenants,
    clientIp: input.clientIp ?? null,
    userAgent: input.userAgent ?? null,
    lang: input.lang ?? 'vi',
    partner,
    limits: deps.limits ?? null,
    personalData: new PersonalDataAudit(
      em,
      viewer,
      async () => staffName,
      tenant.id,
      () => deps.clock.now(),
      input.purpose ?? PERSONAL_DATA_READ_PURPOSE,
    ),
  };
}
