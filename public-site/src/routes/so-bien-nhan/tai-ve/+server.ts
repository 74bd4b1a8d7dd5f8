import { ReceiptLogDocument } from '$lib/gql/graphql';
import { gql } from '$lib/server/graphql';
import { formatDate } from '@khoi-nguon/schema/client';
import { FORMULA, GENESIS_HASH, LOG_FORMAT } from '$lib/receipts';
import type { RequestHandler } from './$types';

const BATCH = 1000;

/**
 * The whole public receipt log as one JSON file, streamed in batches from the API so a large commune
 * (or a province) does not need it all in memory. Anyone can recompute the chain from this file.
 */
export const GET: RequestHandler = async (event) => {
  const first = await gql(event, ReceiptLogDocument, { afterSeq: 0, first: BATCH });
  const encoder = new TextEncoder();
  const header = {
    format: LOG_FORMAT,
    formula: FORMULA,
    genesisPrevHash: GENESIS_HASH,
    exportedAt: first.serverTime,
    headSeq: first.verifyReceipt.headSeq,
    headHash: first.verifyReceipt.headHash,
  };
  // Entries appended while the file streams are left for the next download, so the file ends
  // exactly at the head it names.
  const headSeq = first.verifyReceipt.headSeq ?? 0;
  let batch = first.receiptLog.filter((e) => e.seq <= headSeq);
  let written = 0;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const json = JSON.stringify(header, null, 2);
      controller.enqueue(encoder.encode(`${json.slice(0, -2)},\n  "entries": [\n`));
    },
    async pull(controller) {
      for (const e of batch) {
        controller.enqueue(encoder.encode(`${written++ ? ',\n' : ''}    ${JSON.stringify(e)}`));
      }
      const last = batch.at(-1);
      if (!last || last.seq >= headSeq) {
        controller.enqueue(encoder.encode('\n  ]\n}\n'));
        controller.close();
        return;
      }
      batch = (
        await gql(event, ReceiptLogDocument, { afterSeq: last.seq, first: BATCH })
      ).receiptLog.filter((e) => e.seq <= headSeq);
    },
  });
  const day = formatDate(first.serverTime).replaceAll('/', '-');
  return new Response(stream, {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="so-bien-nhan-${day}.json"`,
      'cache-control': 'no-store',
    },
  });
};
