import type { ViewerQuery } from '$lib/gql/graphql';

declare global {
  namespace App {
    interface Locals {
      /** The signed-in staff member, resolved from the httpOnly session cookie. */
      viewer: NonNullable<ViewerQuery['viewer']> | null;
      token: string | null;
    }
    interface Error {
      message: string;
      code?: string;
    }
  }
}

export {};
