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
