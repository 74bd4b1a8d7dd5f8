import { VerifyReceiptDocument } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { isDigest, normalizeDigest } from '$lib/receipts';
import type { PageServerLoad } from './$types';

// Read-only page: rendered on the server, no client app (see hooks.server.ts).
export const csr = false;

// A GET form: the result has its own address, can be bookmarked and works without JavaScript.
export const load: PageServerLoad = async (event) => {
  const entered = event.url.searchParams.get('ma') ?? '';
  const digest = normalizeDigest(entered);
  if (!digest) return { entered, digest, valid: true, check: null };
  if (!isDigest(digest)) return { entered, digest, valid: false, check: null };
  const { verifyReceipt } = await gql(event, VerifyReceiptDocument, { digest });
  return { entered, digest, valid: true, check: verifyReceipt };
};
