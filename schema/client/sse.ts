import WebSocket from 'ws';
import { createClient } from 'graphql-ws';

/**
 * A GraphQL subscription of the API relayed to a browser as server-sent events. The app's server
 * holds the graphql-ws connection (and any credentials); the browser only reads the stream.
 * Each result's `data[field]` is sent as an event named `eventName`.
 */
export function subscriptionStream(opts: {
  apiUrl: string;
  connectionParams: Record<string, unknown>;
  query: string;
  variables: Record<string, unknown>;
  field: string;
  eventName: string;
  signal: AbortSignal;
}): Response {
  const client = createClient({
    url: opts.apiUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: opts.connectionParams,
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
        { query: opts.query, variables: opts.variables },
        {
          next: (msg) =>
            send(opts.eventName, (msg.data as Record<string, unknown> | null)?.[opts.field] ?? {}),
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
      opts.signal.addEventListener('abort', () => stop());
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
}
