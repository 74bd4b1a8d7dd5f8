/**
 * Reorderable rows (featured items, rubric criteria, council members, budget and indicator
 * lines): the pure part of $lib/components/ReorderableList.svelte.
 */

/** The list with the item at `index` moved by `delta` places (kept inside the list). */
export function moveItem<T>(list: readonly T[], index: number, delta: number): T[] {
  const out = [...list];
  if (index < 0 || index >= out.length) return out;
  const to = Math.min(out.length - 1, Math.max(0, index + delta));
  const [item] = out.splice(index, 1);
  out.splice(to, 0, item as T);
  return out;
}

/** How far a key press moves a row: Alt+↑ / Alt+↓ by one, Alt+Home / Alt+End to either end. */
export function keyDelta(
  e: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>,
  index: number,
  count: number,
): number {
  if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return 0;
  switch (e.key) {
    case 'ArrowUp':
      return index > 0 ? -1 : 0;
    case 'ArrowDown':
      return index < count - 1 ? 1 : 0;
    case 'Home':
      return -index;
    case 'End':
      return count - 1 - index;
    default:
      return 0;
  }
}
