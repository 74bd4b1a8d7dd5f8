/**
 * Every root operation of the committed contract is exercised by at least one API test: a new
 * query, mutation or subscription without a test fails here, naming it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOTS = ['Query', 'Mutation', 'Subscription'];

function rootFields(): string[] {
  const sdl = readFileSync(path.resolve(here, '../../schema/schema.graphql'), 'utf8');
  return parse(sdl)
    .definitions.filter(
      (d): d is ObjectTypeDefinitionNode =>
        (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) &&
        ROOTS.includes(d.name.value),
    )
    .flatMap((d) => (d.fields ?? []).map((f) => `${d.name.value}.${f.name.value}`));
}

function testSources(): string[] {
  const self = path.basename(fileURLToPath(import.meta.url));
  return readdirSync(here)
    .filter((f) => f.endsWith('.test.ts') && f !== self)
    .map((f) => readFileSync(path.join(here, f), 'utf8'));
}

describe('the API tests', () => {
  it('call every query, mutation and subscription of schema/schema.graphql', () => {
    const fields = rootFields();
    // The contract really was read (a parse that found nothing would pass vacuously).
    expect(fields.length).toBeGreaterThan(100);
    expect(fields).toContain('Mutation.submitIdea');
    expect(fields.some((f) => f.startsWith('Subscription.'))).toBe(true);
    const sources = testSources();
    const untested = fields.filter((f) => {
      const name = f.split('.')[1]!;
      const used = new RegExp(`\\b${name}\\b`);
      return !sources.some((s) => used.test(s));
    });
    expect(untested, 'root operations no file in tests/api/ calls').toEqual([]);
  });
});
