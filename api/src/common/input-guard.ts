/**
 * Every string that enters through GraphQL — in the variables or written into the document — is
 * checked before any resolver runs: control characters (NUL reaches PostgreSQL as "invalid
 * message format") and lone UTF-16 surrogates are refused with BAD_USER_INPUT naming the path;
 * the variables' strings are put in Unicode NFC, so decomposed Vietnamese ("e" + combining marks,
 * as some phones and macOS send) is stored and searched like the composed form.
 */
import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';
import { BadInputError, type FieldErrors } from './errors.js';

// Tab, line feed and carriage return are text; every other C0 control, DEL and the C1 controls
// are not.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const CONTROL_CHAR_MESSAGE = 'Có ký tự điều khiển không hợp lệ (ví dụ ký tự NUL).';
export const SURROGATE_MESSAGE = 'Có ký tự Unicode không hợp lệ (nửa cặp thay thế).';

/** Why a string is refused, or null when it is acceptable text. */
export function stringProblem(value: string): string | null {
  if (CONTROL.test(value)) return CONTROL_CHAR_MESSAGE;
  if (LONE_SURROGATE.test(value)) return SURROGATE_MESSAGE;
  return null;
}

/**
 * Checks the variables (and normalises their strings to NFC in place) and the string literals of
 * the operation and its fragments. Throws one BadInputError listing every bad path.
 */
export function guardInputStrings(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | null | undefined,
): void {
  const errors: FieldErrors = {};
  if (variables) {
    const walk = (value: unknown, path: string, depth: number): unknown => {
      if (depth > 64) return value; // deeper input is refused by coercion; nothing to normalise
      if (typeof value === 'string') {
        const problem = stringProblem(value);
        if (problem) {
          errors[path] ??= problem;
          return value;
        }
        return value.normalize('NFC');
      }
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) value[i] = walk(value[i], `${path}.${i}`, depth + 1);
        return value;
      }
      if (value && typeof value === 'object') {
        const obj = value as Record<string, unknown>;
        for (const key of Object.keys(obj)) {
          const keyProblem = stringProblem(key);
          if (keyProblem) errors[`${path}`] ??= keyProblem;
          obj[key] = walk(obj[key], `${path}.${key}`, depth + 1);
        }
        return obj;
      }
      return value;
    };
    for (const key of Object.keys(variables)) variables[key] = walk(variables[key], key, 0);
  }

  const literal = (node: ValueNode, path: string): void => {
    if (node.kind === Kind.STRING) {
      const problem = stringProblem(node.value);
      if (problem) errors[path] ??= problem;
    } else if (node.kind === Kind.LIST) {
      node.values.forEach((v, i) => literal(v, `${path}.${i}`));
    } else if (node.kind === Kind.OBJECT) {
      for (const f of node.fields) literal(f.value, `${path}.${f.name.value}`);
    }
  };
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  }
  const seen = new Set<string>();
  const visitSelections = (
    selections: OperationDefinitionNode['selectionSet']['selections'],
  ): void => {
    for (const sel of selections) {
      if (sel.kind === Kind.FIELD) {
        for (const arg of sel.arguments ?? []) literal(arg.value, arg.name.value);
        if (sel.selectionSet) visitSelections(sel.selectionSet.selections);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        visitSelections(sel.selectionSet.selections);
      } else if (!seen.has(sel.name.value)) {
        seen.add(sel.name.value); // each fragment once: linear, whatever the spreads
        const frag = fragments.get(sel.name.value);
        if (frag) visitSelections(frag.selectionSet.selections);
      }
    }
  };
  visitSelections(operation.selectionSet.selections);
  for (const v of operation.variableDefinitions ?? []) {
    if (v.defaultValue) literal(v.defaultValue, v.variable.name.value);
  }

  if (Object.keys(errors).length) {
    throw new BadInputError(
      errors,
      'Dữ liệu gửi lên có ký tự không hợp lệ, vui lòng kiểm tra lại.',
    );
  }
}
