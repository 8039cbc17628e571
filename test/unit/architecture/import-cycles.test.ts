import { fileURLToPath } from 'node:url';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderGraph, importCycles, importGraph, specifiersOf, type ImportGraph } from './import-graph';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('the import graph of lib/', () => {
  it('has no cycles', () => {
    const graph = importGraph(ROOT, 'lib');
    expect(graph.size).toBeGreaterThan(100);
    const cycles = importCycles(graph).map((c) => c.join(' → '));
    expect(cycles, `import cycles in lib/:\n${cycles.join('\n')}`).toEqual([]);
  });

  it('has no cycles between its folders either (db, export, sync, backup… are layers)', () => {
    const cycles = importCycles(folderGraph(importGraph(ROOT, 'lib'))).map((c) => c.join(' → '));
    expect(cycles, `folder cycles in lib/:\n${cycles.join('\n')}`).toEqual([]);
  });

  it('sees the edges that make a cycle (clips-repo imports brands-repo)', () => {
    const graph = importGraph(ROOT, 'lib');
    expect(graph.get('lib/db/move-to-study.ts')).toContain('lib/db/brands-repo.ts');
    expect(graph.get('lib/db/database.ts')).toContain('lib/db/clip-rows-repo.ts');
  });
});

describe('the cycle finder', () => {
  const g = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));

  it('finds a two-file cycle, a longer one and a self-import, and nothing in a tree', () => {
    expect(importCycles(g({ a: ['b'], b: ['a'] }))).toEqual([['a', 'b', 'a']]);
    expect(importCycles(g({ a: ['b'], b: ['c'], c: ['d', 'a'], d: [] }))).toEqual([['a', 'b', 'c', 'a']]);
    expect(importCycles(g({ a: ['a'] }))).toEqual([['a', 'a']]);
    expect(importCycles(g({ a: ['b', 'c'], b: ['c'], c: [] }))).toEqual([]);
    expect(importCycles(g({ x: ['y'], y: ['x'], p: ['q'], q: ['r'], r: ['p'] }))).toEqual([
      ['p', 'q', 'r', 'p'],
      ['x', 'y', 'x'],
    ]);
  });

  it('reads imports, re-exports, type imports and dynamic imports, not comments', () => {
    const source = [
      "import { a } from './a';",
      "import type { B } from '../b';",
      "export { c } from './c';",
      "export * from './d';",
      "import './e';",
      "const f = await import('./f');",
      "// import { g } from './g';",
      "/* import { h } from './h'; */",
      "import {\n  i,\n  j,\n} from '@/lib/i';",
      "import dexie from 'dexie';",
    ].join('\n');
    expect(specifiersOf(source)).toEqual(['./a', '../b', './c', './d', './e', './f', '@/lib/i', 'dexie']);
  });

  it('fails on a synthetic tree with a cycle', () => {
    const root = mkdtempSync(join(tmpdir(), 'jl-cycles-'));
    mkdirSync(join(root, 'lib', 'db'), { recursive: true });
    writeFileSync(join(root, 'lib', 'db', 'one.ts'), "import { two } from './two';\nexport const one = () => two;\n");
    writeFileSync(join(root, 'lib', 'db', 'two.ts'), "import type { X } from '../three';\nexport const two = 2;\n");
    writeFileSync(join(root, 'lib', 'three.ts'), "export { one } from '@/lib/db/one';\nexport type X = number;\n");
    expect(importCycles(importGraph(root, 'lib'))).toEqual([['lib/db/one.ts', 'lib/db/two.ts', 'lib/three.ts', 'lib/db/one.ts']]);
  });

  it('finds a cycle between folders that no two files make', () => {
    const files = g({ 'lib/db/a.ts': ['lib/export/b.ts'], 'lib/export/b.ts': [], 'lib/export/c.ts': ['lib/db/d.ts'], 'lib/db/d.ts': [], 'lib/x.ts': ['lib/db/a.ts'] });
    expect(importCycles(files)).toEqual([]);
    expect(importCycles(folderGraph(files))).toEqual([['lib/db', 'lib/export', 'lib/db']]);
  });
});
