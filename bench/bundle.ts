/**
 * The JavaScript a first visit downloads (SPEC §9: the first page ≤ 250 KB gzipped), by static
 * analysis of a production build: the entry chunk and everything it imports statically, plus
 * the lazy chunks of the route and their static imports. Builds the web app into a temporary
 * folder with Vite's manifest switched on (web/dist is left alone), gzips each chunk with
 * node:zlib at the default level (what a server compressing on the fly sends) and prints the
 * figures. No assertions: it reports.
 *
 *   npm run bench:bundle
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const TOP = Number(process.env.TOP ?? 10);

interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** The pages a visit opens, each as the lazy modules its route loads (after the entry). */
const PAGES: { name: string; modules: string[] }[] = [
  { name: 'sign-in page', modules: ['src/features/auth/pages/sign-in-page.tsx'] },
  { name: 'Today page', modules: ['src/app/layout/app-layout.tsx', 'src/features/today/pages/today-page.tsx'] },
];

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadence-bundle-'));
try {
  await build({
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, manifest: true },
  });
  const manifest = JSON.parse(fs.readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const sizes = new Map<string, { raw: number; gzip: number }>();
  const sizeOf = (file: string) => {
    let s = sizes.get(file);
    if (!s) {
      const bytes = fs.readFileSync(path.join(outDir, file));
      s = { raw: bytes.length, gzip: zlib.gzipSync(bytes).length };
      sizes.set(file, s);
    }
    return s;
  };

  /** The chunk of `key` and every chunk it imports statically, transitively. */
  const closure = (keys: string[], into = new Set<string>()): Set<string> => {
    for (const key of keys) {
      if (into.has(key)) continue;
      const chunk = manifest[key];
      if (!chunk) throw new Error(`${key} is not in the build manifest`);
      into.add(key);
      closure(chunk.imports ?? [], into);
    }
    return into;
  };
  const keyFor = (module: string) => {
    const key = Object.keys(manifest).find((k) => k === module || k.endsWith(`/${module}`));
    if (!key) throw new Error(`no chunk for ${module}: has the route moved? (bench/bundle.ts PAGES)`);
    return key;
  };
  const total = (keys: Iterable<string>) => {
    let raw = 0;
    let gzip = 0;
    let files = 0;
    for (const key of keys) {
      const file = manifest[key]?.file;
      if (!file?.endsWith('.js')) continue;
      const s = sizeOf(file);
      raw += s.raw;
      gzip += s.gzip;
      files++;
    }
    return { raw, gzip, files };
  };
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

  const entries = Object.keys(manifest).filter((k) => manifest[k]?.isEntry);
  const initial = closure(entries);
  const init = total(initial);
  console.log(`entry (${entries.join(', ')}): ${init.files} JS files, ${kb(init.raw)} raw, ${kb(init.gzip)} gzipped`);
  for (const page of PAGES) {
    const all = closure(page.modules.map(keyFor), new Set(initial));
    const route = total([...all].filter((k) => !initial.has(k)));
    const sum = total(all);
    console.log(
      `${page.name.padEnd(13)} ${kb(sum.gzip).padStart(9)} gzipped JavaScript (${kb(sum.raw)} raw, ${sum.files} files: entry ${kb(init.gzip)} + route ${kb(route.gzip)})`,
    );
  }

  const chunks = Object.values(manifest)
    .filter((c) => c.file.endsWith('.js'))
    .map((c) => ({ ...c, ...sizeOf(c.file) }))
    .sort((a, b) => b.gzip - a.gzip);
  const all = chunks.reduce((n, c) => n + c.gzip, 0);
  console.log(`\nlargest of ${chunks.length} chunks (${kb(all)} gzipped in all):`);
  for (const c of chunks.slice(0, TOP)) {
    const how = c.isEntry ? 'entry' : c.isDynamicEntry ? 'lazy' : 'shared';
    console.log(
      `  ${kb(c.gzip).padStart(9)} gz ${kb(c.raw).padStart(9)} raw  ${how.padEnd(6)} ${c.src ?? c.name ?? ''} → ${c.file}`,
    );
  }
} finally {
  fs.rmSync(outDir, { recursive: true, force: true });
}
