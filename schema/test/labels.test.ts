import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ENUM_LABELS, type UnlabelledEnum } from '../client/labels.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const schema = buildSchema(await readFile(path.join(here, '../schema.graphql'), 'utf8'));
const enums = Object.values(schema.getTypeMap()).filter(
  (t): t is GraphQLEnumType => t instanceof GraphQLEnumType && !t.name.startsWith('__'),
);
const unlabelled: UnlabelledEnum[] = [
  'DiffOp',
  'IdeaActivityType',
  'IdeaOrderField',
  'Permission',
  'SortDirection',
];
const labels = ENUM_LABELS as Partial<
  Record<string, { vi: Partial<Record<string, string>>; en: Partial<Record<string, string>> }>
>;

describe('the labels of the schema enums (schema/client/labels.ts)', () => {
  it('label every enum of the schema the apps show, and only enums of the schema', () => {
    const names = enums.map((e) => e.name);
    expect(
      names.filter((n) => !(n in labels) && !unlabelled.includes(n as UnlabelledEnum)),
    ).toEqual([]);
    expect(Object.keys(labels).filter((n) => !names.includes(n))).toEqual([]);
  });

  it('give every value of a labelled enum a Vietnamese and an English label, and nothing more', () => {
    for (const e of enums.filter((e) => e.name in labels)) {
      const values = e
        .getValues()
        .map((v) => v.name)
        .sort();
      for (const lang of ['vi', 'en'] as const) {
        const table = labels[e.name]![lang];
        expect(Object.keys(table).sort(), `${e.name}.${lang}`).toEqual(values);
        for (const v of values) expect(table[v]?.trim(), `${e.name}.${v}.${lang}`).not.toBe('');
      }
    }
  });

  it("agree with the API: an enum value's description is its Vietnamese label", () => {
    const differ: string[] = [];
    for (const e of enums.filter((e) => e.name in labels))
      for (const v of e.getValues())
        if (v.description != null && v.description !== labels[e.name]!.vi[v.name])
          differ.push(
            `${e.name}.${v.name}: API "${v.description}" ≠ "${labels[e.name]!.vi[v.name]}"`,
          );
    expect(differ).toEqual([]);
  });
});
