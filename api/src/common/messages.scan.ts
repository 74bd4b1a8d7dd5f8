/**
 * Finds the Vietnamese messages the API's code hands to clients: string literals passed to an
 * error constructor (or its parameters' defaults), to `assertAllowed`, to a Validator's `add`,
 * assigned to `fieldErrors.*`, or held in a `*_MESSAGE(S)` constant.
 * A template's substitutions become `{0}`, `{1}`… — the keys of the English catalog
 * (messages.en.ts). Used by its test (and to list what the catalog must cover); not at runtime.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';

const ERROR_CLASSES = new Set([
  'AppError',
  'BadInputError',
  'UnauthenticatedError',
  'ForbiddenError',
  'NotFoundError',
  'ConflictError',
  'InvalidTransitionError',
  'RightsNotClearedError',
  'LimitsExceededError',
]);

export interface FoundMessage {
  key: string;
  file: string;
  line: number;
}

/** `'a'`, `` `a ${x} b` `` and `'a' + x` as one catalog key; null when it holds no text. */
function keyOf(node: ts.Expression, counter = { i: 0 }): string | null {
  if (ts.isParenthesizedExpression(node)) return keyOf(node.expression, counter);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    let key = node.head.text;
    for (const span of node.templateSpans) key += `{${counter.i++}}` + span.literal.text;
    return key;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = keyOf(node.left, counter) ?? `{${counter.i++}}`;
    const right = keyOf(node.right, counter) ?? `{${counter.i++}}`;
    return left + right;
  }
  return null;
}

/** Every message-like expression inside an argument: literals, both branches, object values. */
function messagesIn(node: ts.Expression, out: ts.Expression[]): void {
  if (ts.isParenthesizedExpression(node)) return messagesIn(node.expression, out);
  if (ts.isConditionalExpression(node)) {
    messagesIn(node.whenTrue, out);
    messagesIn(node.whenFalse, out);
  } else if (
    ts.isBinaryExpression(node) &&
    node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken
  ) {
    messagesIn(node.left, out);
    messagesIn(node.right, out);
  } else if (ts.isObjectLiteralExpression(node)) {
    for (const p of node.properties) if (ts.isPropertyAssignment(p)) messagesIn(p.initializer, out);
  } else if (keyOf(node) !== null) out.push(node);
}

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

export function messagesOfSource(file: string, text: string): FoundMessage[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression)) {
      if (ERROR_CLASSES.has(node.expression.text))
        for (const a of node.arguments ?? []) messagesIn(a, found);
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (ts.isIdentifier(callee) && callee.text === 'assertAllowed' && node.arguments[2])
        messagesIn(node.arguments[2], found);
      if (
        ts.isPropertyAccessExpression(callee) &&
        callee.name.text === 'add' &&
        node.arguments.length === 2
      )
        messagesIn(node.arguments[1]!, found);
    } else if (ts.isClassDeclaration(node) && node.name && ERROR_CLASSES.has(node.name.text)) {
      for (const member of node.members)
        if (ts.isConstructorDeclaration(member))
          for (const p of member.parameters) if (p.initializer) messagesIn(p.initializer, found);
    } else if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      /_MESSAGES?$/.test(node.name.text) &&
      node.initializer
    ) {
      messagesIn(node.initializer, found);
    } else if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      /fieldErrors|^errors$/.test(node.left.expression.getText(source))
    ) {
      messagesIn(node.right, found);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found
    .map((n) => ({
      key: keyOf(n)!,
      file,
      line: source.getLineAndCharacterOfPosition(n.getStart(source)).line + 1,
    }))
    .filter((m) => VIETNAMESE.test(m.key));
}

/** Every message of api/src (tests, seeders, migrations and the catalog itself left out). */
export async function scanApiMessages(srcDir: string): Promise<FoundMessage[]> {
  const files = (await readdir(srcDir, { recursive: true }))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('db/'))
    .filter((f) => !f.startsWith('common/messages.'))
    .sort();
  const all: FoundMessage[] = [];
  for (const f of files)
    all.push(...messagesOfSource(f, await readFile(path.join(srcDir, f), 'utf8')));
  return all;
}
