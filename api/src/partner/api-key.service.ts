/**
 * Partners' API keys: created by the commune's ADMIN (shown once, kept as a SHA-256), sent as
 * `X-Api-Key`, limited per key per minute in PostgreSQL (every API instance counts the same
 * minute), counted on every use, revocable at once. A key reads and submits as the public does —
 * never as staff — and only what its scopes allow (see {@link guardPartnerOperation}).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { HeaderMap } from '@apollo/server';
import type { Context } from '../context.js';
import { assertAllowed, mayManageApiKeys } from '../common/access.js';
import { AppError, ErrorCode, ForbiddenError, NotFoundError } from '../common/errors.js';
import { Validator, isUuid } from '../common/validate.js';
import { audit, auditActor } from '../audit/audit.service.js';
import { AuditAction } from '../audit/audit.enums.js';
import { ApiKey } from './api-key.entity.js';
import { API_KEY_SCOPE_LABEL, ApiKeyScope } from './api-key.enums.js';
import type { CreateApiKeyInput } from './api-key.inputs.js';
import { Unit } from '../unit/unit.entity.js';
import { Tenant } from '../tenant/tenant.entity.js';
import { TenantLevel } from '../tenant/tenant.enums.js';

export const API_KEY_HEADER = 'x-api-key';
export const DEFAULT_REQUESTS_PER_MINUTE = 600;
export const MAX_REQUESTS_PER_MINUTE = 100_000;

/** What a request made with a valid key carries in its context. */
export interface PartnerAccess {
  keyId: string;
  name: string;
  tenantId: string;
  scopes: ReadonlySet<ApiKeyScope>;
  requestsPerMinute: number;
  /** A commune's key for one unit only: it lists, opens and submits that unit's ideas alone. */
  unitId: string | null;
  /** A province's key: the communes it may read (empty: every commune of the province). */
  communeCodes: readonly string[];
}

const KEY_FORMAT = /^kn_([a-z2-7]{10})_([A-Za-z0-9_-]{43})$/;

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** A new key: `kn_<prefix>_<secret>`, the prefix public (it finds the row), 256 bits of secret. */
function newKey(): { prefix: string; key: string } {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  const prefix = [...randomBytes(10)].map((b) => alphabet[b % 32]).join('');
  const secret = randomBytes(32).toString('base64url');
  return { prefix, key: `kn_${prefix}_${secret}` };
}

export const INVALID_KEY_MESSAGE = 'Khóa API không hợp lệ, đã hết hạn hoặc đã bị thu hồi.';

/** The key a request sent, checked: null when none was sent; UNAUTHENTICATED when it is no good. */
export async function resolveApiKey(
  em: EntityManager,
  raw: string | null,
  now: Date,
): Promise<PartnerAccess | null> {
  if (raw === null) return null;
  const m = KEY_FORMAT.exec(raw.trim());
  const row = m ? await em.findOne(ApiKey, { prefix: m[1]! }) : null;
  const expected = row ? Buffer.from(row.secretHash, 'hex') : Buffer.alloc(32);
  const given = Buffer.from(hashApiKey(raw.trim()), 'hex');
  const same = timingSafeEqual(expected, given);
  if (!row || !same || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) {
    // Raised while building the context, where Apollo answers 500 unless told otherwise.
    throw new AppError(ErrorCode.UNAUTHENTICATED, INVALID_KEY_MESSAGE, { http: { status: 401 } });
  }
  return {
    keyId: row.id,
    name: row.name,
    tenantId: row.tenant.id,
    scopes: new Set(row.scopes),
    requestsPerMinute: row.requestsPerMinute,
    unitId: row.unit?.id ?? null,
    communeCodes: row.communeCodes ?? [],
  };
}

/** Counts a use of the key (one statement, outside any unit of work). */
export async function recordApiKeyUse(em: EntityManager, keyId: string, now: Date): Promise<void> {
  await em
    .getConnection()
    .execute('update api_key set use_count = use_count + 1, last_used_at = ? where id = ?', [
      now,
      keyId,
    ]);
}

/** The answer to a key over its limit: 429 with when to retry. */
export function rateLimitedError(retryAfterSeconds: number): AppError {
  return new AppError(
    ErrorCode.RATE_LIMITED,
    `Khóa API đã dùng hết số yêu cầu cho phép trong phút này. Vui lòng thử lại sau ${retryAfterSeconds} giây.`,
    {
      retryAfterSeconds,
      http: {
        status: 429,
        headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]),
      },
    },
  );
}

const STATISTICS_FIELDS = new Set(['transparencyStats', 'ideaCounters']);
const SUBMIT_FIELDS = new Set(['submitIdea', 'validateIdeaSubmission']);
const ALWAYS = new Set(['__typename', '__schema', '__type']);

/** The scope a root field needs from a key, or null when no key may run it. */
function scopeFor(
  operation: OperationDefinitionNode['operation'],
  field: string,
): ApiKeyScope | null {
  if (operation === 'mutation') return SUBMIT_FIELDS.has(field) ? ApiKeyScope.SUBMIT : null;
  if (operation === 'subscription') return null;
  if (SUBMIT_FIELDS.has(field)) return ApiKeyScope.SUBMIT;
  return STATISTICS_FIELDS.has(field) ? ApiKeyScope.STATISTICS : ApiKeyScope.PUBLIC_READ;
}

/**
 * Before an operation made with a key runs: every root field must be within the key's scopes
 * (FORBIDDEN naming the missing one otherwise). Mutations other than a submission are never
 * a key's to run.
 */
export function guardPartnerOperation(
  partner: PartnerAccess | null | undefined,
  operation: OperationDefinitionNode,
): void {
  if (!partner) return;
  for (const s of operation.selectionSet.selections) {
    if (s.kind !== Kind.FIELD) {
      throw new ForbiddenError(
        'Với khóa API, hãy gọi trực tiếp các trường gốc (không dùng fragment ở gốc).',
      );
    }
    const name = s.name.value;
    if (ALWAYS.has(name)) continue;
    const scope = scopeFor(operation.operation, name);
    if (!scope) throw new ForbiddenError(`Khóa API không được dùng cho thao tác "${name}".`);
    if (!partner.scopes.has(scope)) {
      throw new ForbiddenError(
        `Khóa API này không có quyền "${API_KEY_SCOPE_LABEL[scope]}" cần cho "${name}".`,
      );
    }
  }
}

const NOT_ALLOWED = 'Chỉ Quản trị của xã hoặc của tỉnh được quản lý khóa API.';

/**
 * The commune a request made with a key reads. A commune's key: its own (X-Tenant may only name
 * it). A province's key: the commune X-Tenant names, which must be of the province and among the
 * key's communes when it lists some.
 */
export function communeForKey(
  partner: PartnerAccess,
  keyTenant: Tenant,
  requested: Tenant | null,
  requestedCode: string | null,
): Tenant {
  if (keyTenant.level !== TenantLevel.PROVINCE) {
    if (requestedCode && requestedCode !== keyTenant.code) {
      throw new AppError(
        ErrorCode.FORBIDDEN,
        `Khóa API này chỉ dùng cho ${keyTenant.name} (mã ${keyTenant.code}).`,
        { http: { status: 403 } },
      );
    }
    return keyTenant;
  }
  if (!requestedCode) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `Khóa API cấp tỉnh cần tiêu đề X-Tenant ghi mã xã cần đọc (một xã của ${keyTenant.name}).`,
      { http: { status: 400 } },
    );
  }
  const inProvince =
    requested &&
    requested.level === TenantLevel.COMMUNE &&
    requested.provinceCode === keyTenant.provinceCode;
  if (
    !inProvince ||
    (partner.communeCodes.length && !partner.communeCodes.includes(requestedCode))
  ) {
    throw new AppError(
      ErrorCode.FORBIDDEN,
      `Khóa API này không dùng được cho xã có mã "${requestedCode}".`,
      { http: { status: 403 } },
    );
  }
  return requested;
}

/** The commune's keys, newest first (ADMIN; a province's, PROVINCE_ADMIN). */
export async function listApiKeys(ctx: Context): Promise<ApiKey[]> {
  assertAllowed(ctx.viewer, mayManageApiKeys(ctx.viewer), NOT_ALLOWED);
  return ctx.em.find(
    ApiKey,
    { tenant: ctx.tenant.id },
    { orderBy: { createdAt: 'desc', id: 'desc' } },
  );
}

/** A new key for a partner (ADMIN): the key itself is in the answer, and only there. */
export async function createApiKey(
  ctx: Context,
  input: CreateApiKeyInput,
): Promise<{ apiKey: ApiKey; key: string }> {
  assertAllowed(ctx.viewer, mayManageApiKeys(ctx.viewer), NOT_ALLOWED);
  const v = new Validator();
  const name = v.text('name', input.name, { label: 'tên khóa', required: true, max: 120 });
  const scopes = [...new Set(input.scopes ?? [])];
  if (!scopes.length) v.add('scopes', 'Vui lòng chọn ít nhất một quyền cho khóa.');
  const perMinute = input.requestsPerMinute ?? DEFAULT_REQUESTS_PER_MINUTE;
  if (!Number.isInteger(perMinute) || perMinute < 1 || perMinute > MAX_REQUESTS_PER_MINUTE) {
    v.add(
      'requestsPerMinute',
      `Số yêu cầu mỗi phút phải từ 1 đến ${MAX_REQUESTS_PER_MINUTE.toLocaleString('vi-VN')}.`,
    );
  }
  const now = ctx.clock.now();
  if (input.expiresAt && input.expiresAt.getTime() <= now.getTime()) {
    v.add('expiresAt', 'Ngày hết hạn phải ở sau thời điểm hiện tại.');
  }
  const province = ctx.tenant.level === TenantLevel.PROVINCE;
  let unit: Unit | null = null;
  if (input.unitId) {
    if (province) v.add('unitId', 'Khóa cấp tỉnh không giới hạn theo thôn/đơn vị.');
    else {
      unit = isUuid(input.unitId)
        ? await ctx.em.findOne(Unit, { id: input.unitId, tenant: ctx.tenant.id, active: true })
        : null;
      if (!unit) v.add('unitId', 'Không tìm thấy thôn/đơn vị này trong xã.');
    }
  }
  const communeCodes = [...new Set((input.communeCodes ?? []).map((c) => c.trim()))].filter(
    Boolean,
  );
  if (communeCodes.length) {
    if (!province) v.add('communeCodes', 'Chỉ khóa cấp tỉnh mới chọn được các xã.');
    else {
      const found = await ctx.em.find(Tenant, {
        code: { $in: communeCodes },
        level: TenantLevel.COMMUNE,
        provinceCode: ctx.tenant.provinceCode,
      });
      const missing = communeCodes.filter((c) => !found.some((t) => t.code === c));
      if (missing.length)
        v.add('communeCodes', `Không có xã mã ${missing.join(', ')} trong ${ctx.tenant.name}.`);
    }
  }
  v.throwIfInvalid();
  const { prefix, key } = newKey();
  const apiKey = ctx.em.create(ApiKey, {
    tenant: ctx.tenant.id,
    name: name!,
    prefix,
    secretHash: hashApiKey(key),
    scopes,
    requestsPerMinute: perMinute,
    expiresAt: input.expiresAt ?? null,
    unit: unit?.id ?? null,
    communeCodes,
    createdByName: ctx.viewer.fullName,
    createdAt: now,
  });
  audit(ctx.em, {
    tenantId: ctx.tenant.id,
    action: AuditAction.API_KEY_CREATED,
    actor: auditActor(ctx.viewer),
    details: {
      keyId: apiKey.id,
      name,
      prefix,
      scopes,
      requestsPerMinute: perMinute,
      ...(unit ? { unit: unit.name } : {}),
      ...(communeCodes.length ? { communeCodes } : {}),
    },
    at: now,
  });
  await ctx.em.flush();
  return { apiKey, key };
}

/** Revokes a key (ADMIN): the next request with it is refused. */
export async function revokeApiKey(ctx: Context, id: string): Promise<ApiKey> {
  assertAllowed(ctx.viewer, mayManageApiKeys(ctx.viewer), NOT_ALLOWED);
  const key = isUuid(id) ? await ctx.em.findOne(ApiKey, { id, tenant: ctx.tenant.id }) : null;
  if (!key) throw new NotFoundError('Không tìm thấy khóa API.');
  if (!key.revokedAt) {
    const now = ctx.clock.now();
    key.revokedAt = now;
    audit(ctx.em, {
      tenantId: ctx.tenant.id,
      action: AuditAction.API_KEY_REVOKED,
      actor: auditActor(ctx.viewer),
      details: { keyId: key.id, name: key.name, prefix: key.prefix },
      at: now,
    });
    await ctx.em.flush();
  }
  return key;
}
