#!/usr/bin/env node
// Compares stage-model training settings by cross-validation: node scripts/tune-stages.mjs '{"rate":0.5}' …
import { runnerImport } from 'vite';
import { join } from 'node:path';

const { module } = await runnerImport(join(import.meta.dirname, 'stages', 'tune.ts'));
await module.main(process.argv.slice(2));
