/**
 * What a form action answered, seen by the page: which form it was, a message, field errors (API
 * input paths such as "message" or "author.email") and the values to put back.
 */
export interface FormResult {
  form: string;
  ok: boolean;
  message: string;
  code: string | null;
  fieldErrors: Record<string, string>;
  values: Record<string, unknown>;
}

/** The result of the form named `name`, or null when the last action was another form's. */
export function resultOf(form: unknown, name?: string): FormResult | null {
  if (!form || typeof form !== 'object') return null;
  const f = form as Partial<Record<keyof FormResult, unknown>>;
  if (name !== undefined && f.form !== name) return null;
  const fieldErrors = (f.fieldErrors ?? {}) as Record<string, string>;
  return {
    form: typeof f.form === 'string' ? f.form : '',
    ok: typeof f.code !== 'string',
    message: typeof f.message === 'string' ? f.message : '',
    code: typeof f.code === 'string' ? f.code : null,
    fieldErrors,
    values: (f.values ?? {}) as Record<string, unknown>,
  };
}

/** A value put back into a form after a refusal, as text. */
export function keptText(r: FormResult | null, name: string): string {
  const v = r?.values[name];
  return typeof v === 'string' ? v : '';
}

/** Values put back for a repeated field (checkboxes). */
export function keptList(r: FormResult | null, name: string): string[] {
  const v = r?.values[name];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}
