/**
 * Amounts in words, as Vietnamese administrative documents write them (Decree 30/2020 reports,
 * spending annexes): 12.500.000 → "Mười hai triệu năm trăm nghìn đồng". Groups of three digits
 * read with "nghìn", "triệu", "tỷ" (and "nghìn tỷ", "triệu tỷ" beyond); inside a group the usual
 * rules: "lẻ"/"linh" for a zero tens digit, "mười" for 1x, "mốt" for a final 1 after 20+, "tư"
 * for a final 4 after 20+, "lăm" for a final 5 after 10+.
 */
const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const SCALES = ['', 'nghìn', 'triệu', 'tỷ'];

/** A group of three digits (0–999); `full` when a higher group precedes it (so "không trăm"). */
function group(n: number, full: boolean): string {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const words: string[] = [];
  if (h > 0 || full) words.push(DIGITS[h]!, 'trăm');
  if (t === 0) {
    if (u > 0 && (h > 0 || full)) words.push('lẻ');
  } else if (t === 1) {
    words.push('mười');
  } else {
    words.push(DIGITS[t]!, 'mươi');
  }
  if (u > 0) {
    if (u === 1 && t > 1) words.push('mốt');
    else if (u === 4 && t > 1) words.push('tư');
    else if (u === 5 && t > 0) words.push('lăm');
    else words.push(DIGITS[u]!);
  }
  return words.join(' ');
}

/** A whole number (0 up to 10^18) in Vietnamese words, lower case. */
export function numberInWords(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError('Không đọc được số này thành chữ.');
  let n = Math.round(Math.abs(value));
  if (n === 0) return 'không';
  // Split into groups of three digits, lowest first.
  const groups: number[] = [];
  while (n > 0) {
    groups.push(n % 1000);
    n = Math.floor(n / 1000);
  }
  const parts: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (g === 0) continue;
    const higher = i < groups.length - 1;
    // Scales repeat every three groups: 10^12 is "nghìn tỷ", 10^15 "triệu tỷ".
    const scale = [SCALES[i % 3 === 0 ? 0 : i % 3], ...Array(Math.floor(i / 3)).fill('tỷ')]
      .filter(Boolean)
      .join(' ');
    parts.push([group(g, higher), scale].filter(Boolean).join(' '));
  }
  const words = parts.join(' ');
  return value < 0 ? `âm ${words}` : words;
}

/** An amount of money in words with a capital letter: "Mười hai triệu năm trăm nghìn đồng". */
export function amountInWords(value: number, currency = 'đồng'): string {
  const words = `${numberInWords(value)} ${currency}`;
  return words.charAt(0).toUpperCase() + words.slice(1);
}
