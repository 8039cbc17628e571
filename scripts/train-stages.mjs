#!/usr/bin/env node
// `npm run train:stages`: runs scripts/stages/train.ts (TypeScript, through Vite's module runner).
import { runnerImport } from 'vite';
import { join } from 'node:path';

const { module } = await runnerImport(join(import.meta.dirname, 'stages', 'train.ts'));
await module.main();
