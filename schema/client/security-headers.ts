/**
 * Headers both apps add to every answer, beside SvelteKit's CSP (`svelte.config.js`: nonces for
 * scripts, `frame-ancestors 'none'`, `form-action 'self'`): no MIME sniffing, no full URL sent
 * to other sites, no powerful browser features, a window of its own; HSTS in production (browsers
 * keep it only when it arrives over HTTPS).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'cross-origin-opener-policy': 'same-origin',
};

export const HSTS = 'max-age=31536000; includeSubDomains';

/** The response with the security headers (a copy when its headers are immutable). */
export function withSecurityHeaders(response: Response, opts: { hsts: boolean }): Response {
  const wanted: Record<string, string> = { ...SECURITY_HEADERS };
  if (opts.hsts) wanted['strict-transport-security'] = HSTS;
  try {
    for (const [k, v] of Object.entries(wanted))
      if (!response.headers.has(k)) response.headers.set(k, v);
    return response;
  } catch {
    const headers = new Headers(response.headers);
    for (const [k, v] of Object.entries(wanted)) if (!headers.has(k)) headers.set(k, v);
    return new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  }
}
