/**
 * Look-ahead on a GraphQL selection: which fields a client asked for below the current field, as a
 * tree of field names (aliases and fragments resolved). Read paths compile that tree into one SQL
 * statement; anything they do not know makes them fall back to the general resolvers.
 */
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** Field name → its own sub-selection (empty for a leaf). */
export interface SelectionTree {
  [field: string]: SelectionTree;
}

/** Thrown inside the walk when the selection uses something a compiler cannot honour. */
class Unsupported extends Error {}

function merge(into: SelectionTree, set: SelectionSetNode | undefined, info: GraphQLResolveInfo) {
  if (!set) return;
  for (const sel of set.selections) {
    // @include/@skip and friends are rare on these reads: leave them to the general path.
    if (sel.directives?.length) throw new Unsupported();
    if (sel.kind === Kind.FIELD) {
      // Arguments change what a field answers (e.g. `similarIdeas(first:)`): not compiled.
      if (sel.arguments?.length) throw new Unsupported();
      const name = sel.name.value;
      const child = (into[name] ??= {});
      merge(child, sel.selectionSet, info);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      merge(into, sel.selectionSet, info);
    } else {
      const fragment = info.fragments[sel.name.value];
      if (!fragment) throw new Unsupported();
      merge(into, fragment.selectionSet, info);
    }
  }
}

/**
 * The selection below the field being resolved, or null when it uses directives, arguments below
 * the root or unknown fragments (the caller then takes its general path).
 */
export function selectionOf(info: GraphQLResolveInfo): SelectionTree | null {
  const tree: SelectionTree = {};
  try {
    for (const node of info.fieldNodes as readonly FieldNode[])
      merge(tree, node.selectionSet, info);
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
  return tree;
}

/** True when every field of `tree` (ignoring `__typename`) is one of `allowed`. */
export function onlyFields(tree: SelectionTree, allowed: ReadonlySet<string>): boolean {
  return Object.keys(tree).every((k) => k === '__typename' || allowed.has(k));
}
