#!/usr/bin/env node
// `npm run eval:stages [-- --heldout]`: runs scripts/stages/evaluate.ts (TypeScript, through Vite's module runner).
import { runnerImport } from 'vite';
import { join } from 'node:path';

const { module } = await runnerImport(join(import.meta.dirname, 'stages', 'evaluate.ts'));
await module.main(process.argv.slice(2));
