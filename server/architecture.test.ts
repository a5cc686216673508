import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serverUnitTests, USES_TEST_DATABASE } from './test/projects';

/**
 * The layout rules of docs/ARCHITECTURE.md, checked on the source: modules meet only through
 * their index.ts, modules and the platform never import "up" (app.ts, modules/index.ts), only
 * repositories (and the database/platform layers) touch Drizzle, module dependencies form no
 * cycle, and web features do not import each other. Type-only imports count everywhere: a type
 * dependency ties the code together as much as a value one.
 */
const root = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  const full = path.join(root, dir);
  if (!fs.existsSync(full)) return [];
  return fs
    .readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

/**
 * `import … from`, `import type … from`, `import { type X } from`, `export … from` (`export type`
 * too), a side-effect `import '…'` and a dynamic `import('…')`, over one or several lines.
 */
const IMPORT = /(?:^|\n)\s*(?:import|export)\s(?:[^'"]*?\bfrom\s*)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function specifiersIn(text: string): string[] {
  return [...text.matchAll(IMPORT)].map((m) => (m[1] ?? m[2]) as string);
}

function importsOf(file: string): string[] {
  return specifiersIn(fs.readFileSync(path.join(root, file), 'utf8'));
}

/** Resolves a relative import to a repository path without extension. */
function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  return path.normalize(path.join(path.dirname(from), spec)).replace(/\.(ts|tsx)$/, '');
}

const moduleOf = (file: string) => /^server\/modules\/([^/]+)\//.exec(file)?.[1];

/**
 * The one import that crosses a module's face: the game layer reads and consumes the user's
 * boosts and streak shields in user_purchases while it pays. The market depends on the game
 * layer (spending coins), so going through the market's index would make a cycle.
 */
const allowedCrossing = (file: string, target: string) =>
  file === 'server/modules/gamification/purchases.repo.ts' && target === 'server/modules/market/market.tables';

const serverFiles = sourceFiles('server');

describe('server module boundaries', () => {
  it('sees type-only imports and re-exports as well as value imports', () => {
    const text = [
      "import type { Module } from '..';",
      "import { type Platform, buildApp } from '../../app';",
      'import {',
      '  type Ctx,',
      "} from '../../platform/access';",
      "export type { RewardNews } from '../gamification';",
      "export * from './feedback.service';",
      "import './side-effect';",
      "const lazy = await import('./lazy');",
      "export const quoted = 'not an import';",
    ].join('\n');
    expect(specifiersIn(text)).toEqual([
      '..',
      '../../app',
      '../../platform/access',
      '../gamification',
      './feedback.service',
      './side-effect',
      './lazy',
    ]);
  });

  it('modules and the platform never import app.ts or modules/index.ts', () => {
    // Shared types (Module, Platform) live in server/platform; only app.ts, main.ts and tests look up.
    const upward = new Set(['server/app', 'server/modules', 'server/modules/index']);
    const violations: string[] = [];
    for (const file of serverFiles) {
      if (!/^server\/(modules|platform)\//.test(file) || file.endsWith('.test.ts')) continue;
      for (const spec of importsOf(file)) {
        const target = resolve(file, spec);
        if (target && upward.has(target)) violations.push(`${file} → ${spec}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('modules import other modules only through their index.ts', () => {
    const violations: string[] = [];
    for (const file of serverFiles) {
      const own = moduleOf(file);
      for (const spec of importsOf(file)) {
        const target = resolve(file, spec);
        if (!target) continue;
        const other = moduleOf(`${target}/`);
        if (!other || other === own) continue;
        const isIndex = target === `server/modules/${other}` || target === `server/modules/${other}/index`;
        // Foreign keys, the schema barrel and test fixtures need the table definitions themselves.
        const mayUseTables =
          file.endsWith('.tables.ts') ||
          file.startsWith('server/db/') ||
          file.startsWith('server/test/') ||
          file.endsWith('.test.ts');
        if (!isIndex && !(mayUseTables && target.endsWith('.tables')) && !allowedCrossing(file, target)) {
          violations.push(`${file} → ${spec}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('only repositories, tables and the database and platform layers import drizzle-orm', () => {
    const allowed = (file: string) =>
      /\.(repo|tables|test)\.ts$/.test(file) ||
      file.startsWith('server/db/') ||
      file.startsWith('server/platform/') ||
      file.startsWith('server/test/');
    const violations = serverFiles.filter(
      (file) => !allowed(file) && importsOf(file).some((spec) => spec.startsWith('drizzle-orm')),
    );
    expect(violations).toEqual([]);
  });

  it('module dependencies have no cycles', () => {
    // Every import counts, type-only ones included (importsOf sees both).
    const graph = new Map<string, Set<string>>();
    for (const file of serverFiles) {
      const own = moduleOf(file);
      if (!own || file.endsWith('.test.ts') || file.endsWith('.tables.ts')) continue;
      for (const spec of importsOf(file)) {
        const target = resolve(file, spec);
        const other = target ? moduleOf(`${target}/`) : undefined;
        if (other && other !== own && !(target && allowedCrossing(file, target))) {
          if (!graph.has(own)) graph.set(own, new Set());
          graph.get(own)?.add(other);
        }
      }
    }
    const cycles: string[] = [];
    const visit = (node: string, trail: string[]) => {
      if (trail.includes(node)) {
        cycles.push([...trail.slice(trail.indexOf(node)), node].join(' → '));
        return;
      }
      for (const next of graph.get(node) ?? []) visit(next, [...trail, node]);
    };
    for (const node of graph.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });
});

describe('web feature boundaries', () => {
  it('features do not import other features', () => {
    const violations: string[] = [];
    for (const file of sourceFiles('web/src/features')) {
      const own = /^web\/src\/features\/([^/]+)\//.exec(file)?.[1];
      for (const spec of importsOf(file)) {
        const viaAlias = /^@\/features\/([^/]+)/.exec(spec)?.[1];
        const target = resolve(file, spec);
        const viaPath = target ? /^web\/src\/features\/([^/]+)/.exec(target)?.[1] : undefined;
        const other = viaAlias ?? viaPath;
        if (other && other !== own) violations.push(`${file} → ${spec}`);
      }
    }
    expect(violations).toEqual([]);
  });
});

describe('test projects', () => {
  it('runs every test that uses the run’s database in the server project, which test:pg repeats', () => {
    const unit = serverUnitTests(root);
    expect(unit).toContain('server/architecture.test.ts');
    const misplaced = [...unit, ...sourceFiles('common').filter((f) => f.endsWith('.test.ts'))].filter((file) =>
      USES_TEST_DATABASE.test(fs.readFileSync(path.join(root, file), 'utf8')),
    );
    expect(misplaced).toEqual([]);
  });
});
