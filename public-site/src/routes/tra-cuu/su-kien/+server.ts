import { env } from '$env/dynamic/private';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { apiUrl } from '$lib/server/graphql';
import type { RequestHandler } from './$types';

/**
 * Live updates for the tracking page as server-sent events: this server subscribes to the API
 * over graphql-ws with the author's tracking token (kept in an httpOnly cookie) and forwards each
 * change. The page then reloads its data. Without JavaScript the page simply shows a reload link.
 */
export const GET: RequestHandler = ({ cookies, request }) => {
  const token = cookies.get('kn_track');
  if (!token) return new Response('Chưa tra cứu ý tưởng nào.', { status: 401 });
  const client = createClient({
    url: apiUrl().replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { tenant: env.KN_TENANT || '16228' },
    lazy: true,
    retryAttempts: 5,
  });
  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream({
    start(controller) {
      const send = (event: string, data: unknown) =>
        controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
      send('ready', {});
      const ping = setInterval(() => controller.enqueue(encoder.encode(': ping\n\n')), 25_000);
      const unsubscribe = client.subscribe(
        {
          query:
            'subscription ($t: String!) { ideaTrackingUpdated(token: $t) { status statusLabel at type } }',
          variables: { t: token },
        },
        {
          next: (msg) => send('update', msg.data?.ideaTrackingUpdated ?? {}),
          error: () => send('error', {}),
          complete: () => {},
        },
      );
      stop = () => {
        clearInterval(ping);
        unsubscribe();
        void client.dispose();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      request.signal.addEventListener('abort', () => stop());
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    },
  });
};
