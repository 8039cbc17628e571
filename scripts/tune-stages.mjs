#!/usr/bin/env node
// Compares stage-model settings by cross-validation on the training corpus:
//   node scripts/tune-stages.mjs '{"rate":0.5}' '{"feat":{"bigrams":false}}' …
//   node scripts/tune-stages.mjs --study '{"rate":0.3}' …   (simulated per-study learning)
import { runnerImport } from 'vite';
import { join } from 'node:path';

const { module } = await runnerImport(join(import.meta.dirname, 'stages', 'tune.ts'));
const args = process.argv.slice(2);
await (args[0] === '--study' ? module.study(args.slice(1)) : module.main(args));
