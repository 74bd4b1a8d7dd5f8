import { diffArrays } from 'diff';

/**
 * A word-level diff of two texts (jsdiff's Myers diff over words and the spaces between them), for
 * comparing revisions of an idea. Changed runs are grouped: a deletion first, then the insertion
 * replacing it.
 */
export type DiffPart = { type: 'equal' | 'delete' | 'insert'; text: string };

/** Texts that differ in more words than this are shown as replaced wholesale (bounds the work). */
const MAX_EDITS = 1_000;

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
  const parts: DiffPart[] = [];
  const changes = diffArrays(tokenize(before), tokenize(after), { maxEditLength: MAX_EDITS });
  if (!changes) {
    push(parts, 'delete', before);
    push(parts, 'insert', after);
    return parts;
  }
  for (const c of changes) {
    push(parts, c.added ? 'insert' : c.removed ? 'delete' : 'equal', c.value.join(''));
  }
  return group(parts);
}

/** True when the texts differ (the diff has an insertion or a deletion). */
export function hasChanges(parts: DiffPart[]): boolean {
  return parts.some((p) => p.type !== 'equal');
}
