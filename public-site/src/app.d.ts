import type { Lang } from '$lib/i18n';
import type { HomeVersionQuery } from '$lib/gql/graphql';

declare global {
  namespace App {
    interface Locals {
      lang: Lang;
      /** The commune this request is for (host map, the visitor's choice, or KN_TENANT). */
      tenant: string;
      /** How it was chosen: a visitor's choice (cookie) makes every page private. */
      tenantSource: 'host' | 'cookie' | 'default';
      /** The API's content version read before rendering (pages whose ETag it gives). */
      contentVersion?: string;
      /** The home page's validator data: its campaign and counters, rendered as read. */
      homeVersion?: HomeVersionQuery;
    }
    interface Error {
      message: string;
      code?: string;
    }
  }
}

export {};
