import { BadInputError, type FieldErrors } from './errors.js';
import { cleanLine, cleanText, isValidEmail, normalizeEmail, normalizePhone } from './text.js';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Collects every problem of an input before anything is written, so the client gets all field
 * errors at once (in Vietnamese) and the database sees nothing of an invalid input.
 */
export class Validator {
  readonly errors: FieldErrors = {};

  add(field: string, message: string): void {
    this.errors[field] ??= message;
  }

  get ok(): boolean {
    return Object.keys(this.errors).length === 0;
  }

  /** Throws BAD_USER_INPUT with every field error collected so far. */
  throwIfInvalid(): void {
    if (!this.ok) throw new BadInputError(this.errors);
  }

  text(
    field: string,
    value: string | null | undefined,
    opts: { label: string; required?: boolean; min?: number; max: number; multiline?: boolean },
  ): string | null {
    const cleaned = value == null ? '' : opts.multiline ? cleanText(value) : cleanLine(value);
    if (!cleaned) {
      if (opts.required) this.add(field, `Vui lòng nhập ${opts.label}.`);
      return null;
    }
    const length = [...cleaned].length;
    if (opts.min && length < opts.min) {
      this.add(field, `${capitalise(opts.label)} cần ít nhất ${opts.min} ký tự.`);
    } else if (length > opts.max) {
      this.add(
        field,
        `${capitalise(opts.label)} dài tối đa ${opts.max.toLocaleString('vi-VN')} ký tự (đang có ${length.toLocaleString('vi-VN')}).`,
      );
    }
    return cleaned;
  }

  email(field: string, value: string | null | undefined): string | null {
    if (!value?.trim()) return null;
    const email = normalizeEmail(value);
    if (!isValidEmail(email)) {
      this.add(field, 'Địa chỉ email không hợp lệ (ví dụ: ten@gmail.com).');
      return null;
    }
    return email;
  }

  phone(field: string, value: string | null | undefined): string | null {
    if (!value?.trim()) return null;
    const phone = normalizePhone(value);
    if (!phone) {
      this.add(field, 'Số điện thoại không hợp lệ (10 số, ví dụ: 0912 345 678).');
      return null;
    }
    return phone;
  }

  id(field: string, value: string | null | undefined, label: string): string | null {
    if (!value) return null;
    if (!UUID_RE.test(value)) {
      this.add(field, `Mã ${label} không hợp lệ.`);
      return null;
    }
    return value.toLowerCase();
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function isUuid(value: string): boolean {
  return UUID_RE.test(value);
}
