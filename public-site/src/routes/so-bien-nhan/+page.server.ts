import { ReceiptLogDocument } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { afterSeqParam } from '$lib/receipts';
import type { PageServerLoad } from './$types';

// Read-only page: rendered on the server, no client app (see hooks.server.ts).
export const csr = false;

const PAGE_SIZE = 50;

// Paged by position in the log (`?sau=<seq>`), oldest first, like the chain itself.
export const load: PageServerLoad = async (event) => {
  const after = afterSeqParam(event.url.searchParams.get('sau'));
  const { receiptLog, verifyReceipt } = await gql(event, ReceiptLogDocument, {
    afterSeq: after,
    first: PAGE_SIZE,
  });
  const headSeq = verifyReceipt.headSeq ?? 0;
  return {
    after,
    entries: receiptLog,
    headSeq,
    headHash: verifyReceipt.headHash,
    pageSize: PAGE_SIZE,
  };
};
