// Prints the SDL to stdout or to the file given: `node dist/schema-emit.js ../schema/schema.graphql`.
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { buildAppSchema, printAppSchema } from './schema.js';

const sdl = printAppSchema(await buildAppSchema());
const target = process.argv[2];
if (target) await writeFile(target, sdl);
else process.stdout.write(sdl);
