import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The import graph of a source tree, for the architecture tests: each file's
 * static imports, `export … from` re-exports and dynamic `import()`s that name a
 * file of the tree (relative paths and the `@/` root alias), resolved as the
 * bundler resolves them (`.ts`, `.tsx`, `/index.ts`). Type-only imports count
 * too: a cycle of types is still two modules that cannot be understood apart.
 */
export type ImportGraph = Map<string, string[]>;

const SPECIFIER =
  /(?:^|[\s;}])(?:import|export)\s+(?:type\s+)?(?:[\w*${},\s]+?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The module specifiers a source text imports or re-exports (comments and strings in comments stripped first). */
export function specifiersOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  const out: string[] = [];
  for (const m of code.matchAll(SPECIFIER)) out.push((m[1] ?? m[2])!);
  return out;
}

const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

/** The file `spec` names from `from`, or undefined when it is a package or lies outside the tree. */
export function resolveSpecifier(root: string, from: string, spec: string): string | undefined {
  let base: string;
  if (spec.startsWith('@/') || spec.startsWith('~/')) base = join(root, spec.slice(2));
  else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
  else return undefined;
  const stripped = base.replace(/\.(js|mjs|ts|tsx)$/, '');
  for (const candidate of [base, ...EXTENSIONS.map((e) => stripped + e)]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The graph of every .ts/.tsx file under `root/dir`, keyed by paths relative to `root`, edges kept inside `dir`. */
export function importGraph(root: string, dir: string): ImportGraph {
  const inside = join(root, dir) + '/';
  const graph: ImportGraph = new Map();
  for (const file of sourceFiles(join(root, dir))) {
    const targets = new Set<string>();
    for (const spec of specifiersOf(readFileSync(file, 'utf8'))) {
      const target = resolveSpecifier(root, file, spec);
      if (target?.startsWith(inside)) targets.add(relative(root, target));
    }
    graph.set(relative(root, file), [...targets].sort());
  }
  return graph;
}

/**
 * Every import cycle of the graph, each once: the strongly connected
 * components with more than one file (or a file importing itself), each given
 * as one cycle through it, starting at its first file in name order.
 */
export function importCycles(graph: ImportGraph): string[][] {
  // Tarjan's strongly connected components, iteratively.
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const nodes = [...graph.keys()].sort();
  for (const start of nodes) {
    if (index.has(start)) continue;
    const work: { node: string; edge: number }[] = [{ node: start, edge: 0 }];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (work.length) {
      const frame = work[work.length - 1]!;
      const edges = graph.get(frame.node) ?? [];
      if (frame.edge < edges.length) {
        const to = edges[frame.edge++]!;
        if (!index.has(to)) {
          index.set(to, next);
          low.set(to, next++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, edge: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let n: string;
        do {
          n = stack.pop()!;
          onStack.delete(n);
          component.push(n);
        } while (n !== frame.node);
        if (component.length > 1 || (graph.get(n) ?? []).includes(n)) components.push(component.sort());
      }
    }
  }
  return components.map((c) => cycleThrough(graph, c)).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** One cycle inside a strongly connected component, from its first file back to it (breadth-first, shortest). */
function cycleThrough(graph: ImportGraph, component: string[]): string[] {
  const members = new Set(component);
  const start = component[0]!;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const node = queue.shift()!;
    for (const to of graph.get(node) ?? []) {
      if (!members.has(to)) continue;
      if (to === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(cameFrom.get(path[0]!)!);
        return [...path, start];
      }
      if (!cameFrom.has(to)) {
        cameFrom.set(to, node);
        queue.push(to);
      }
    }
  }
  return [...component, start];
}

/** The graph between folders (`lib/db`, `lib/export`…; a file at the top stays itself): an edge for every import across two of them. */
export function folderGraph(files: ImportGraph): ImportGraph {
  const folder = (f: string) => f.split('/').slice(0, 2).join('/');
  const out = new Map<string, Set<string>>();
  for (const [from, targets] of files) {
    const edges = out.get(folder(from)) ?? new Set<string>();
    out.set(folder(from), edges);
    for (const to of targets) if (folder(to) !== folder(from)) edges.add(folder(to));
  }
  return new Map([...out].map(([k, v]) => [k, [...v].sort()]));
}
