// `npm start` builds only what is older than its sources: a fresh clone builds everything, an
// already built tree starts at once, and an edited tree rebuilds the part that changed.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

function newestUnder(paths) {
  let newest = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      for (const name of readdirSync(p))
        if (name !== 'node_modules' && name !== 'dist') visit(path.join(p, name));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const p of paths) visit(path.join(root, p));
  return newest;
}

function builtAt(file) {
  const full = path.join(root, file);
  return existsSync(full) ? statSync(full).mtimeMs : -1;
}

const shared = ['package.json', 'package-lock.json', 'src/domain'];
const parts = [
  {
    script: 'build:web',
    output: 'web/dist/index.html',
    sources: [
      ...shared,
      'web/src',
      'web/index.html',
      'web/vite.config.ts',
      'web/precompress.ts',
      'web/tsconfig.json',
    ],
  },
  {
    script: 'build:server',
    output: 'dist/server/main.js',
    sources: [...shared, 'src/server', 'tsconfig.json', 'tsconfig.build.json'],
  },
];

for (const part of parts) {
  const built = builtAt(part.output);
  if (built >= newestUnder(part.sources)) {
    process.stdout.write(`${part.script}: up to date (${part.output})\n`);
    continue;
  }
  execFileSync('npm', ['run', '-s', part.script], { cwd: root, stdio: 'inherit' });
}
