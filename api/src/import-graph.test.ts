import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Dependencies point down and never in a circle (ARCHITECTURE.md, habit 12). This walks every
 * module of api/src and follows its relative imports. Type-only imports (`import type`,
 * `import { type X }` when every name is a type) are left out: they vanish at compile time, so
 * they cannot make a module see another half-initialised. Dynamic `import()` counts.
 */
const SRC = resolve(new URL('.', import.meta.url).pathname);

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return modules(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

function isTypeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) {
    if (node.isTypeOnly) return true;
    const c = node.exportClause;
    return (
      !!c && ts.isNamedExports(c) && c.elements.length > 0 && c.elements.every((e) => e.isTypeOnly)
    );
  }
  const clause = node.importClause;
  if (!clause) return false; // a side-effect import runs the module
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const b = clause.namedBindings;
  return (
    !!b && ts.isNamedImports(b) && b.elements.length > 0 && b.elements.every((e) => e.isTypeOnly)
  );
}

/** Relative runtime imports of one file, as absolute .ts paths. */
export function runtimeImports(file: string, text = readFileSync(file, 'utf8')): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const out: string[] = [];
  const add = (spec: string) => {
    if (spec.startsWith('.')) out.push(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
  };
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      !isTypeOnly(node)
    ) {
      add(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      add(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** Every elementary cycle reachable by depth-first search, each reported once. */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const dfs = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') {
        const cycle = stack.slice(stack.indexOf(next));
        const key = [...cycle].sort().join('|');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push([...cycle, next]);
        }
      } else if (!state.has(next)) dfs(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) dfs(node);
  return cycles;
}

describe('import graph of api/src', () => {
  it('finds a cycle when there is one (the check itself works)', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(findCycles(g)).toEqual([['a', 'b', 'c', 'a']]);
    const text = `import type { A } from './a.js';\nimport { type B } from './b.js';\nimport { C } from './c.js';\nexport * from './d.js';\nconst e = () => import('./e.js');`;
    expect(runtimeImports('/x/m.ts', text)).toEqual(['/x/c.ts', '/x/d.ts', '/x/e.ts']);
  });

  it('has no import cycle between modules (type-only imports ignored)', () => {
    const graph = new Map(modules(SRC).map((f) => [f, runtimeImports(f)]));
    const cycles = findCycles(graph).map((c) => c.map((f) => relative(SRC, f)).join(' → '));
    expect(cycles).toEqual([]);
  });

  it('keeps common/ below the features: it imports no feature folder', () => {
    const offenders = modules(join(SRC, 'common')).flatMap((f) =>
      runtimeImports(f)
        .filter((dep) => !dep.startsWith(join(SRC, 'common') + '/'))
        .map((dep) => `${relative(SRC, f)} → ${relative(SRC, dep)}`),
    );
    expect(offenders).toEqual([]);
  });
});
