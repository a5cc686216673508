/**
 * Checks that every production dependency carries a licence compatible with Cadence's
 * AGPL-3.0-or-later: permissive (MIT, BSD, ISC, Apache-2.0…), weak copyleft (MPL-2.0, LGPL) or
 * GPL-3.0/AGPL-3.0. GPL-2.0-only and anything unknown are offenders. Reads the tree from
 * package-lock.json (packages not marked dev) and, where installed, each package.json's own
 * `license` field. Prints the licences counted and every offender; exits 1 when there is one.
 *
 *   npm run check:licenses            production dependencies (what is shipped)
 *   npm run check:licenses -- --dev   development dependencies too, for information
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const withDev = process.argv.includes('--dev');

/** SPDX identifiers a dependency of an AGPL-3.0-or-later program may carry. */
const COMPATIBLE = new Set([
  '0BSD',
  'Apache-2.0',
  'BlueOak-1.0.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'CC0-1.0',
  'ISC',
  'MIT',
  'MIT-0',
  'MPL-2.0',
  'Python-2.0',
  'Unlicense',
  'Zlib',
  'LGPL-2.0-only',
  'LGPL-2.0-or-later',
  'LGPL-2.1-only',
  'LGPL-2.1-or-later',
  'LGPL-3.0-only',
  'LGPL-3.0-or-later',
  'GPL-2.0-or-later',
  'GPL-3.0-only',
  'GPL-3.0-or-later',
  'AGPL-3.0-only',
  'AGPL-3.0-or-later',
]);

interface LockEntry {
  version?: string;
  license?: string;
  dev?: boolean;
  devOptional?: boolean;
  link?: boolean;
}

/** Deprecated SPDX spellings: `GPL-2.0+` is `GPL-2.0-or-later`, a bare `GPL-3.0` is `-only`. */
function normalize(id: string): string {
  if (/^(A|L)?GPL-\d\.\d\+$/.test(id)) return `${id.slice(0, -1)}-or-later`;
  if (/^(A|L)?GPL-\d\.\d$/.test(id)) return `${id}-only`;
  return id;
}

/** Whether an SPDX expression allows use here: `OR` needs one side, `AND` both; `WITH` keeps the base. */
function allowed(expression: string): boolean {
  const tokens = expression
    .replace(/[()]/g, (p) => ` ${p} `)
    .split(/\s+/)
    .filter(Boolean);
  let i = 0;
  const primary = (): boolean => {
    const token = tokens[i++];
    if (token === '(') {
      const value = or();
      i++; // ')'
      return value;
    }
    // An exception (`WITH`) only ever grants more than its licence.
    if (tokens[i] === 'WITH') i += 2;
    return token !== undefined && COMPATIBLE.has(normalize(token));
  };
  const and = (): boolean => {
    let value = primary();
    while (tokens[i] === 'AND') {
      i++;
      value = primary() && value;
    }
    return value;
  };
  const or = (): boolean => {
    let value = and();
    while (tokens[i] === 'OR') {
      i++;
      value = and() || value;
    }
    return value;
  };
  return tokens.length > 0 && or() && i === tokens.length;
}

/** The package's own statement of its licence, where it is installed; else the lock file's. */
function licenseOf(key: string, entry: LockEntry): string {
  const file = path.join(root, key, 'package.json');
  if (fs.existsSync(file)) {
    const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      license?: string | { type?: string };
      licenses?: { type?: string }[];
    };
    if (typeof pkg.license === 'string') return pkg.license;
    if (pkg.license?.type) return pkg.license.type;
    if (pkg.licenses?.length) return `(${pkg.licenses.map((l) => l.type).join(' OR ')})`;
  }
  return entry.license ?? 'UNKNOWN';
}

const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockEntry>;
};

const counts = new Map<string, number>();
const offenders: string[] = [];
let checked = 0;
for (const [key, entry] of Object.entries(lock.packages)) {
  if (key === '' || entry.link) continue;
  const dev = Boolean(entry.dev || entry.devOptional);
  if (dev && !withDev) continue;
  checked++;
  const license = licenseOf(key, entry);
  counts.set(license, (counts.get(license) ?? 0) + 1);
  const name = key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
  if (!allowed(license)) offenders.push(`${name}@${entry.version ?? '?'}: ${license}${dev ? ' (dev)' : ''}`);
}

console.log(`${checked} ${withDev ? '' : 'production '}packages checked`);
for (const [license, n] of [...counts].sort((a, b) => b[1] - a[1]))
  console.log(`  ${String(n).padStart(4)}  ${license}`);
if (offenders.length > 0) {
  console.error(`\n${offenders.length} not compatible with AGPL-3.0-or-later:`);
  for (const o of offenders) console.error(`  ${o}`);
  process.exit(1);
}
console.log('All compatible with AGPL-3.0-or-later.');
