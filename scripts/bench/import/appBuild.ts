/** The app's build in dist/, rebuilt only when older than its sources. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './config.ts';

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const e of readdirSync(path, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) newest = Math.max(newest, statSync(join(e.parentPath, e.name)).mtimeMs);
  }
  return newest;
}

/** Builds dist/ when it is missing or older than anything it is built from; false if unusable. */
export function ensureBuilt(noBuild: boolean): boolean {
  const index = join(root, 'dist/index.html');
  const sources = ['src', 'styles', 'public', 'data', 'index.html', 'vite.config.ts', 'svelte.config.js', 'package-lock.json'];
  const stale = !existsSync(index) || (!noBuild && sources.some((s) => newestMtime(join(root, s)) > statSync(index).mtimeMs));
  if (stale) {
    try {
      execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    } catch {
      // Others may be mid-edit: measure the last good build rather than nothing.
      console.log(`import bench: build failed${existsSync(index) ? '; measuring the previous dist/' : ''}`);
    }
  }
  return existsSync(index);
}
