import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { LimitsExceededError } from './errors.js';
import { DEFAULT_PAGE_SIZE } from './connection.js';

/** Depth of the deepest field path; introspection (`__schema`, `__type`) is not counted. */
export function queryDepth(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string> = new Set(),
): number {
  let max = 0;
  for (const sel of selectionSet.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) continue;
      const d = sel.selectionSet ? 1 + queryDepth(sel.selectionSet, fragments, seen) : 1;
      max = Math.max(max, d);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, queryDepth(sel.selectionSet, fragments, seen));
    } else {
      const name = sel.name.value;
      const frag = fragments[name];
      if (!frag || seen.has(name)) continue; // cycles are refused by validation anyway
      max = Math.max(max, queryDepth(frag.selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return max;
}

/** A list fetched with `first: n` costs n times what one of its items costs. */
const connectionEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  if (typeof args.first === 'number') return 1 + Math.max(args.first, 1) * childComplexity;
  if ('first' in args) return 1 + DEFAULT_PAGE_SIZE * childComplexity;
  return undefined;
};

export function limitsPlugin(
  schema: GraphQLSchema,
  limits: { maxDepth: number; maxComplexity: number },
): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (operation) checkLimits(schema, document, operation, request.variables ?? {}, limits);
        },
      };
    },
  };
}

export function checkLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits: { maxDepth: number; maxComplexity: number },
): void {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
  }
  const depth = queryDepth(operation.selectionSet, fragments);
  if (depth > limits.maxDepth) {
    throw new LimitsExceededError(
      `Truy vấn lồng quá sâu (${depth} cấp, tối đa ${limits.maxDepth}).`,
      { depth, maxDepth: limits.maxDepth },
    );
  }
  let complexity: number;
  try {
    complexity = getComplexity({
      schema,
      query: document,
      operationName: operation.name?.value,
      variables,
      estimators: [connectionEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (err) {
    // Variables that do not fit their types: execution refuses them next with BAD_USER_INPUT.
    if (err instanceof GraphQLError) return;
    throw err;
  }
  if (complexity > limits.maxComplexity) {
    throw new LimitsExceededError(
      `Truy vấn quá phức tạp (độ phức tạp ${complexity}, tối đa ${limits.maxComplexity}). Hãy lấy ít bản ghi hơn mỗi lần.`,
      { complexity, maxComplexity: limits.maxComplexity },
    );
  }
}
