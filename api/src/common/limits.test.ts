import { describe, expect, it } from 'vitest';
import { buildSchema, parse, getOperationAST, validate, specifiedRules } from 'graphql';
import { countDocument, documentLimitsRule, measureOperation } from './limits.js';

const schema = buildSchema(`
  type Field { id: ID! name: String! children: [Field!]! }
  type FieldConnection { nodes: [Field!]! }
  type Query { fields: [Field!]! page(first: Int = 20): FieldConnection! }
`);

function chain(levels: number, spreads: number): string {
  let doc = 'query { ...F0 }\n';
  for (let i = 0; i < levels; i++) {
    const next =
      i < levels - 1
        ? Array(spreads)
            .fill(`...F${i + 1}`)
            .join(' ')
        : '';
    doc += `fragment F${i} on Query { fields { id } ${next} }\n`;
  }
  return doc;
}

describe('document measurement', () => {
  it('measures each fragment once: a 1,000-level chain of double spreads finishes and is enormous', () => {
    // Walking every spread would take 2^1000 steps; with the memo it is 1,000.
    const doc = parse(chain(1000, 2));
    const m = measureOperation(schema, doc, getOperationAST(doc)!, null);
    expect(m.cost).toBeGreaterThan(1e300);
    expect(m.depth).toBe(2);
  });

  it('counts what an ordinary query costs: fields 1, lists times `first`, defaults from the schema', () => {
    const doc = parse(
      'query ($n: Int) { fields { id } a: page(first: $n) { nodes { id } } b: page { nodes { id name } } }',
    );
    const op = getOperationAST(doc)!;
    // fields: 1 + 1; a: 1 + 5 × (1 + 1); b: 1 + 20 × (1 + 2)
    expect(measureOperation(schema, doc, op, { n: 5 }).cost).toBe(2 + 11 + 61);
    expect(measureOperation(schema, doc, op, { n: 5 }).depth).toBe(3);
  });

  it('counts aliases, spreads and directives as written', () => {
    const doc = parse(
      '{ a: fields { id @skip(if: true) } ...X ...X } fragment X on Query { b: fields { id } }',
    );
    expect(countDocument(doc)).toEqual({ aliases: 2, fragmentSpreads: 2, directives: 1 });
  });

  it('refuses depth beyond the limit in validation, before any variables are known', () => {
    const doc = parse('{ fields { children { children { children { id } } } } }');
    const errors = validate(schema, doc, [
      ...specifiedRules,
      documentLimitsRule({ maxDepth: 3, maxComplexity: 1000 }),
    ]);
    expect(errors.map((e) => e.extensions.code)).toEqual(['LIMITS_EXCEEDED']);
  });
});
