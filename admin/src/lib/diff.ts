/**
 * A word-level diff of two texts (longest common subsequence of words and spaces), for comparing
 * revisions of an idea. Changed runs are grouped: a deletion first, then the insertion replacing it.
 */
export type DiffPart = { type: 'equal' | 'delete' | 'insert'; text: string };

/** Beyond this many cells of the LCS table the texts are shown as replaced wholesale. */
const MAX_CELLS = 4_000_000;

/** Words and the whitespace between them; joined back, they give the text unchanged. */
export function tokenize(text: string): string[] {
  return text.match(/\s+|[^\s]+/gu) ?? [];
}

function push(parts: DiffPart[], type: DiffPart['type'], text: string): void {
  if (!text) return;
  const last = parts[parts.length - 1];
  if (last && last.type === type) last.text += text;
  else parts.push({ type, text });
}

function lcs(a: string[], b: string[]): DiffPart[] {
  const n = a.length;
  const m = b.length;
  const out: DiffPart[] = [];
  if (n * m > MAX_CELLS) {
    push(out, 'delete', a.join(''));
    push(out, 'insert', b.join(''));
    return out;
  }
  // table[i][j] = length of the LCS of a[i..] and b[j..]
  const width = m + 1;
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i] === b[j]
          ? table[(i + 1) * width + j + 1]! + 1
          : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push(out, 'equal', a[i]!);
      i++;
      j++;
    } else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) {
      push(out, 'delete', a[i++]!);
    } else {
      push(out, 'insert', b[j++]!);
    }
  }
  while (i < n) push(out, 'delete', a[i++]!);
  while (j < m) push(out, 'insert', b[j++]!);
  return out;
}

/**
 * Merges the changes around whitespace-only equal parts into one deletion and one insertion, so
 * "a b c" → "x y z" reads as one replacement rather than three.
 */
function group(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    push(out, 'delete', del);
    push(out, 'insert', ins);
    del = '';
    ins = '';
  };
  parts.forEach((p, k) => {
    const inChange = del !== '' || ins !== '';
    const next = parts[k + 1];
    if (p.type === 'delete') del += p.text;
    else if (p.type === 'insert') ins += p.text;
    else if (inChange && /^\s+$/u.test(p.text) && next && next.type !== 'equal') {
      del += p.text;
      ins += p.text;
    } else {
      flush();
      push(out, 'equal', p.text);
    }
  });
  flush();
  return out;
}

/** The parts that turn `before` into `after`, word by word. */
export function diffWords(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ type: 'equal', text: before }] : [];
  const a = tokenize(before);
  const b = tokenize(after);
  // The common head and tail need no table.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  ) {
    tail++;
  }
  const parts: DiffPart[] = [];
  push(parts, 'equal', a.slice(0, head).join(''));
  for (const p of lcs(a.slice(head, a.length - tail), b.slice(head, b.length - tail))) {
    push(parts, p.type, p.text);
  }
  push(parts, 'equal', a.slice(a.length - tail).join(''));
  return group(parts);
}

/** True when the texts differ (the diff has an insertion or a deletion). */
export function hasChanges(parts: DiffPart[]): boolean {
  return parts.some((p) => p.type !== 'equal');
}
