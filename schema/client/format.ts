const TZ = 'Asia/Ho_Chi_Minh';

/** dd/mm/yyyy in Vietnam's time zone. */
export function formatDate(iso: string | Date | null | undefined): string {
  if (!iso) return '';
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  return new Intl.DateTimeFormat('vi-VN', {
    timeZone: TZ,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(d);
}

/** dd/mm/yyyy hh:mm in Vietnam's time zone. */
export function formatDateTime(iso: string | Date | null | undefined): string {
  if (!iso) return '';
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  const time = new Intl.DateTimeFormat('vi-VN', {
    timeZone: TZ,
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(d);
  return `${formatDate(d)} ${time}`;
}

/** Numbers with Vietnamese grouping: 12.345 */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat('vi-VN').format(n);
}

/** A calendar day "YYYY-MM-DD" as dd/mm/yyyy (no time zone: it is already a day). */
export function formatDay(day: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

/** A file size people read: "850 KB", "1,2 MB" (Vietnamese decimal comma) or "1.2 MB". */
export function formatBytes(bytes: number, lang: 'vi' | 'en' = 'vi'): string {
  const locale = lang === 'en' ? 'en-GB' : 'vi-VN';
  if (bytes < 1024 * 1024) {
    return `${new Intl.NumberFormat(locale).format(Math.max(1, Math.round(bytes / 1024)))} KB`;
  }
  const mb = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return `${mb.format(bytes / 1024 / 1024)} MB`;
}
