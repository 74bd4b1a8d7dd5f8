import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without type declarations
import { generateAll } from '../generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('the committed GraphQL contract', () => {
  it('matches the schema the API code emits and the typed operations of both apps', async () => {
    const files: Record<string, string> = await generateAll();
    for (const [rel, content] of Object.entries(files)) {
      const committed = await readFile(path.join(root, rel), 'utf8').catch(() => '(missing)');
      expect(committed, `${rel} is stale: run "npm run generate" and commit`).toBe(content);
    }
    // Generating builds the whole schema and runs codegen for both apps: seconds on a busy machine.
  }, 120_000);
});
