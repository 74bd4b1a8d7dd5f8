/**
 * Limits on what one GraphQL document may ask for, measured in time linear in its size.
 *
 * Every fragment is measured once and its depth and cost reused wherever it is spread, so a
 * document whose fragments spread each other twice per level (a "fragment bomb", 2^30 fields from
 * 1.6 KB) is measured in microseconds and refused, instead of being walked 2^30 times. Syntactic
 * caps (tokens, aliases, fragment spreads, directives) come first and need no schema.
 */
import {
  Kind,
  getNamedType,
  isCompositeType,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';
import { LimitsExceededError } from './errors.js';
import { DEFAULT_PAGE_SIZE } from './page-size.js';

export interface QueryLimits {
  /** Deepest field path (introspection fields are not counted). */
  maxDepth: number;
  /** Largest cost: each field 1, a list fetched with `first: n` n times its items. */
  maxComplexity: number;
}

/**
 * Caps on the document's text, far above what the apps send (their largest operation is under
 * 800 tokens, 4 aliases, 7 fragment spreads and no directive).
 */
export const DOCUMENT_CAPS = {
  maxTokens: 5000,
  maxAliases: 50,
  maxFragmentSpreads: 50,
  maxDirectives: 50,
} as const;

interface Measure {
  depth: number;
  cost: number;
}

/**
 * Measures selections with a memo per fragment. Types come from the schema when it knows them
 * (for the default page size of a list field asked without `first`); a field the schema does not
 * know is measured as if it existed, because validation refuses it anyway.
 */
class Measurer {
  private readonly memo = new Map<string, Measure>();
  private readonly inProgress = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown> | null,
  ) {}

  selection(set: SelectionSetNode, parent: GraphQLCompositeType | null): Measure {
    let depth = 0;
    let cost = 0;
    for (const sel of set.selections) {
      let m: Measure;
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith('__')) continue;
        m = this.field(sel, parent);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const type = sel.typeCondition ? this.compositeType(sel.typeCondition.name.value) : parent;
        m = this.selection(sel.selectionSet, type);
      } else {
        m = this.fragment(sel.name.value);
      }
      depth = Math.max(depth, m.depth);
      cost += m.cost; // spreads of the same fragment add up: an upper bound, never an undercount
    }
    return { depth, cost };
  }

  fragment(name: string): Measure {
    const known = this.memo.get(name);
    if (known) return known;
    const frag = this.fragments.get(name);
    // Unknown fragments and cycles are refused by validation; they add nothing here.
    if (!frag || this.inProgress.has(name)) return { depth: 0, cost: 0 };
    this.inProgress.add(name);
    const m = this.selection(frag.selectionSet, this.compositeType(frag.typeCondition.name.value));
    this.inProgress.delete(name);
    this.memo.set(name, m);
    return m;
  }

  private field(node: FieldNode, parent: GraphQLCompositeType | null): Measure {
    if (!node.selectionSet) return { depth: 1, cost: 1 };
    const def =
      parent && 'getFields' in parent
        ? (parent.getFields() as Record<string, GraphQLField<unknown, unknown>>)[node.name.value]
        : undefined;
    const named = def ? getNamedType(def.type) : null;
    const child = this.selection(node.selectionSet, named && isCompositeType(named) ? named : null);
    const first = this.firstOf(node, def);
    return {
      depth: 1 + child.depth,
      cost: first == null ? 1 + child.cost : 1 + Math.max(first, 1) * child.cost,
    };
  }

  /** How many items a list field asks for: its `first` argument, else the schema's default. */
  private firstOf(node: FieldNode, def: GraphQLField<unknown, unknown> | undefined): number | null {
    const arg = node.arguments?.find((a) => a.name.value === 'first');
    const declared = def?.args.find((a) => a.name === 'first');
    if (!arg && !declared) return null;
    const value = arg ? this.intValue(arg.value) : null;
    if (value != null) return value;
    if (typeof declared?.defaultValue === 'number') return declared.defaultValue;
    return DEFAULT_PAGE_SIZE;
  }

  private intValue(node: ValueNode): number | null {
    if (node.kind === Kind.INT) return Number(node.value);
    if (node.kind === Kind.VARIABLE && this.variables) {
      const v = this.variables[node.name.value];
      return typeof v === 'number' && Number.isFinite(v) ? v : null;
    }
    return null;
  }

  private compositeType(name: string): GraphQLCompositeType | null {
    const t = this.schema.getType(name);
    return t && isCompositeType(t) ? t : null;
  }
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  return fragments;
}

function rootType(schema: GraphQLSchema, op: OperationDefinitionNode): GraphQLCompositeType | null {
  return (
    (op.operation === 'query'
      ? schema.getQueryType()
      : op.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType()) ?? null
  );
}

/** Depth and cost of one operation (linear in the document's size). */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | null,
): Measure {
  const measurer = new Measurer(schema, fragmentsOf(document), variables);
  return measurer.selection(operation.selectionSet, rootType(schema, operation));
}

/** Aliases, fragment spreads and directives as written in the document (no expansion). */
export function countDocument(document: DocumentNode): {
  aliases: number;
  fragmentSpreads: number;
  directives: number;
} {
  let aliases = 0;
  let fragmentSpreads = 0;
  let directives = 0;
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) walk(n);
      return;
    }
    const n = node as { kind?: string; alias?: unknown };
    if (n.kind === Kind.FIELD && n.alias) aliases++;
    else if (n.kind === Kind.FRAGMENT_SPREAD) fragmentSpreads++;
    else if (n.kind === Kind.DIRECTIVE) directives++;
    for (const key in n) if (key !== 'loc') walk((n as Record<string, unknown>)[key]);
  };
  walk(document.definitions);
  return { aliases, fragmentSpreads, directives };
}

/**
 * Validation rule: the syntactic caps and the depth of every operation, before anything runs.
 * The cost, which depends on the variables, is checked next by `checkOperationCost`.
 */
export function documentLimitsRule(limits: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => ({
    Document(document) {
      const counts = countDocument(document);
      const caps: [number, number, string][] = [
        [counts.aliases, DOCUMENT_CAPS.maxAliases, 'bí danh (alias)'],
        [counts.fragmentSpreads, DOCUMENT_CAPS.maxFragmentSpreads, 'lần dùng fragment'],
        [counts.directives, DOCUMENT_CAPS.maxDirectives, 'chỉ thị (directive)'],
      ];
      for (const [count, max, what] of caps) {
        if (count > max) {
          context.reportError(
            new LimitsExceededError(`Truy vấn quá phức tạp (${count} ${what}, tối đa ${max}).`, {
              count,
              max,
            }),
          );
          return false;
        }
      }
      for (const def of document.definitions) {
        if (def.kind !== Kind.OPERATION_DEFINITION) continue;
        const { depth } = measureOperation(context.getSchema(), document, def, null);
        if (depth > limits.maxDepth) {
          context.reportError(
            new LimitsExceededError(
              `Truy vấn lồng quá sâu (${depth} cấp, tối đa ${limits.maxDepth}).`,
              { depth, maxDepth: limits.maxDepth },
            ),
          );
          return false;
        }
      }
      return false; // nothing below the document needs visiting by this rule
    },
  });
}

/** The cost of the operation about to run, with its variables; throws LIMITS_EXCEEDED. */
export function checkOperationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits: QueryLimits,
): void {
  const { cost } = measureOperation(schema, document, operation, variables);
  if (cost > limits.maxComplexity) {
    const shown = Number.isFinite(cost) && cost < 1e15 ? String(cost) : 'rất lớn';
    throw new LimitsExceededError(
      `Truy vấn quá phức tạp (độ phức tạp ${shown}, tối đa ${limits.maxComplexity}). Hãy lấy ít bản ghi hơn mỗi lần.`,
      { complexity: Number.isFinite(cost) ? cost : null, maxComplexity: limits.maxComplexity },
    );
  }
}
