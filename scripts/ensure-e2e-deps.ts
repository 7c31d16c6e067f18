/**
 * First step of `npm test`: the e2e tests need Debian's Chromium and a CJK font (labels are
 * drawn with local fonts). Installs them with apt-get when missing and we may (root), else
 * stops with the exact command to run. Never downloads a browser of its own.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PACKAGES = ['chromium', 'fonts-noto-cjk'];
const CHROMIUM = '/usr/bin/chromium';

function installed(pkg: string): boolean {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

const missing = PACKAGES.filter((p) => !installed(p) || (p === 'chromium' && !existsSync(CHROMIUM)));
if (missing.length === 0) {
  console.log(`e2e deps: ${PACKAGES.join(', ')} present`);
  process.exit(0);
}

const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
if (!isRoot || !hasApt) {
  console.error(`e2e deps missing: ${missing.join(', ')}. Install them with:\n  sudo ${command}`);
  process.exit(1);
}
console.log(`e2e deps: installing ${missing.join(', ')} …`);
try {
  execFileSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
} catch {
  console.error(`e2e deps: apt-get failed. Install them with:\n  sudo ${command}`);
  process.exit(1);
}
