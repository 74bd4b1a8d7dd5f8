import {
  ApiKeyCommunesDocument,
  ApiKeyUnitsDocument,
  ApiKeysDocument,
  CreateApiKeyDocument,
  RevokeApiKeyDocument,
  type ApiKeyScope,
} from '$lib/gql/graphql';
import { gql, partnerApiUrl, partnerDocsUrl } from '$lib/server/graphql';
import { requireApiKeyManager } from '$lib/server/access';
import { apiFailure, localFailure, textOf, textsOf } from '$lib/server/forms';
import { API_KEY_SCOPES, expiryOfDay, parseRequestsPerMinute } from '$lib/api-keys';
import { t } from '$lib/messages';
import type { Actions, PageServerLoad } from './$types';

/** The word the revocation's confirmation sends: nothing is revoked without it. */
const REVOKE_CONFIRMATION = 'thu-hoi-khoa';

/**
 * The keys, and what a new key may be restricted to: one of the commune's active units for a
 * commune's administrator; some of the province's communes for a province's (the names also
 * label the communes of the list's keys).
 */
export const load: PageServerLoad = async (event) => {
  requireApiKeyManager(event.locals);
  const { apiKeys, currentTenant } = await gql(event, ApiKeysDocument, {});
  const province = currentTenant.level === 'PROVINCE';
  const units = province ? [] : (await gql(event, ApiKeyUnitsDocument, {})).units;
  const communes = province
    ? (await gql(event, ApiKeyCommunesDocument, {})).provinceOverview.communes
    : [];
  return {
    keys: apiKeys,
    province,
    units,
    communes,
    graphqlUrl: partnerApiUrl(),
    docsUrl: partnerDocsUrl(),
  };
};

/**
 * Partners' keys. The new key is only in the answer of `create` (never in the address, a cookie
 * or the page's data): once the page is left or reloaded, nobody can see it again.
 */
export const actions: Actions = {
  create: async (event) => {
    requireApiKeyManager(event.locals);
    const data = await event.request.formData();
    const values = {
      name: textOf(data, 'name'),
      scopes: textsOf(data, 'scopes').filter((s): s is ApiKeyScope =>
        API_KEY_SCOPES.includes(s as ApiKeyScope),
      ),
      requestsPerMinute: textOf(data, 'requestsPerMinute'),
      expiresAt: textOf(data, 'expiresAt'),
      // A commune's key for one unit ('' for the whole commune); a province's for some communes.
      unitId: textOf(data, 'unitId'),
      communeCodes: [...new Set(textsOf(data, 'communeCodes'))],
    };
    const errors: Record<string, string> = {};
    const perMinute = values.requestsPerMinute
      ? parseRequestsPerMinute(values.requestsPerMinute)
      : null;
    if (values.requestsPerMinute && perMinute === null) {
      errors.requestsPerMinute = t('apiKeys.limitInvalid');
    }
    const expiresAt = values.expiresAt ? expiryOfDay(values.expiresAt) : null;
    if (values.expiresAt && !expiresAt) errors.expiresAt = t('server.form.badDate');
    if (Object.keys(errors).length) return localFailure('create', errors, values);
    try {
      const { createApiKey } = await gql(event, CreateApiKeyDocument, {
        input: {
          name: values.name,
          scopes: [...new Set(values.scopes)],
          requestsPerMinute: perMinute,
          expiresAt: expiresAt?.toISOString() ?? null,
          unitId: values.unitId || null,
          communeCodes: values.communeCodes.length ? values.communeCodes : null,
        },
      });
      // The answer holds the secret: no cache keeps it.
      event.setHeaders({ 'cache-control': 'private, no-store' });
      return {
        form: 'create',
        message: t('apiKeys.new.created', { name: createApiKey.apiKey.name }),
        created: { key: createApiKey.key, apiKey: createApiKey.apiKey },
      };
    } catch (err) {
      return apiFailure(err, 'create', values, event.url.pathname);
    }
  },

  /** Asks first; revokes only when the confirmation's word comes with the key's id. */
  revoke: async (event) => {
    requireApiKeyManager(event.locals);
    const data = await event.request.formData();
    const id = textOf(data, 'id');
    if (!id) return localFailure('revoke', {}, { id }, t('apiKeys.revokeGone'));
    if (textOf(data, 'confirm') !== REVOKE_CONFIRMATION) {
      return { form: 'revoke', confirmRevoke: id, message: '' };
    }
    try {
      const { revokeApiKey } = await gql(event, RevokeApiKeyDocument, { id });
      return { form: 'revoke', message: t('apiKeys.revoked', { name: revokeApiKey.name }) };
    } catch (err) {
      return apiFailure(err, 'revoke', { id }, event.url.pathname);
    }
  },
};
