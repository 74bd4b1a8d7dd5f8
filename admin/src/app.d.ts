import type { ViewerQuery } from '$lib/gql/graphql';

declare global {
  namespace App {
    interface Locals {
      /** The signed-in staff member, resolved from the httpOnly session cookie. */
      viewer: NonNullable<ViewerQuery['viewer']> | null;
      token: string | null;
      /** The API's "now" (ISO) when this request began: compare the API's dates with this. */
      now: string;
      /** The staff member's language (switch in the header, else the browser's). */
      lang: import('$lib/messages').Lang;
    }
    interface PageData {
      /** The API's "now" (ISO) when the page was loaded (from the root layout). */
      now: string;
      lang: import('$lib/messages').Lang;
    }
    interface Error {
      message: string;
      code?: string;
    }
  }
}

export {};
