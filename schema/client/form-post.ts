/**
 * A POST to a page runs its form action, which reads `request.formData()`: a body of any other
 * type (a script's `text/plain` or JSON) made that throw and answer 500. Both apps' hooks call
 * this first and answer 415 instead.
 */
const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;

/**
 * The route ids of an app's `+server.ts` endpoints, from the keys of
 * `import.meta.glob('./routes/**\/+server.ts')` (they take any body they like).
 */
export function endpointRouteIds(globKeys: string[]): Set<string> {
  return new Set(
    globKeys.map((k) => k.replace(/^\.\/routes/, '').replace(/\/\+server\.ts$/, '') || '/'),
  );
}

export function refuseNonFormPost(
  request: Request,
  routeId: string | null,
  endpoints: ReadonlySet<string>,
): Response | null {
  if (request.method !== 'POST' || routeId === null || endpoints.has(routeId)) return null;
  if (FORM_TYPES.test(request.headers.get('content-type') ?? '')) return null;
  return new Response(
    'Biểu mẫu phải gửi dữ liệu dạng form (application/x-www-form-urlencoded hoặc multipart/form-data). / Form actions accept form data only.',
    {
      status: 415,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    },
  );
}
