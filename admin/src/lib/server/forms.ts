import { fail, redirect } from '@sveltejs/kit';
import { ApiError } from './graphql';
import { t } from '$lib/messages';

/** A trimmed text field of a submitted form ('' when absent or a file). */
export function textOf(data: FormData, name: string): string {
  const v = data.get(name);
  return typeof v === 'string' ? v.trim() : '';
}

/** The value when it is one of `allowed` (an enum's values), otherwise null. */
export function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value !== null && allowed.includes(value as T) ? (value as T) : null;
}

/** Every text value of a repeated field (checkboxes). */
export function textsOf(data: FormData, name: string): string[] {
  return data
    .getAll(name)
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.trim())
    .filter(Boolean);
}

/** The chosen files of a file input (browsers send an empty file when nothing was chosen). */
export function filesOf(data: FormData, name: string): File[] {
  return data.getAll(name).filter((v): v is File => v instanceof File && v.size > 0);
}

export interface ActionFailure<E> {
  /** Which form failed (several forms share one page). */
  form: string;
  message: string;
  code: string;
  fieldErrors: Record<string, string>;
  values?: E;
}

/**
 * Turns an API refusal into the answer of a form action: the message and the field errors are
 * shown next to the form. An expired session goes back to the login page.
 */
export function apiFailure<E>(err: unknown, form: string, values?: E, next?: string) {
  if (!(err instanceof ApiError)) throw err;
  if (err.code === 'UNAUTHENTICATED') {
    redirect(303, `/dang-nhap${next ? `?next=${encodeURIComponent(next)}` : ''}`);
  }
  const status =
    err.code === 'FORBIDDEN' ? 403 : err.code === 'NOT_FOUND' ? 404 : err.status >= 500 ? 502 : 400;
  return fail(status, {
    form,
    message: err.message,
    code: err.code,
    fieldErrors: err.fieldErrors,
    values,
  } satisfies ActionFailure<E>);
}

/** A refusal found before asking the API (a missing choice, an unreadable date). */
export function localFailure<E>(
  form: string,
  fieldErrors: Record<string, string>,
  values?: E,
  message = t('server.form.fixErrors'),
) {
  return fail(400, {
    form,
    message,
    code: 'BAD_USER_INPUT',
    fieldErrors,
    values,
  } satisfies ActionFailure<E>);
}
