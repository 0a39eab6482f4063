// The package's "prepare" script: builds dist/ when npm installs the package from a git URL, and
// only then.
//
// npm runs "prepare" in three situations:
// - `npm install` / `npm ci` in a checkout of this repository: nothing to build (`npm test` and
//   `npm run build` build; CI's `npm ci` must not spend half a minute on a build it repeats);
// - `npm pack` / `npm publish` in the checkout: "prepack" builds there (pnpm and yarn run it
//   for git dependencies too);
// - `npm install <git URL>` in another project: npm clones the repository, installs its
//   devDependencies (an `npm install` in the clone: the first case, skipped), then packs the
//   clone running "prepare" but not "prepack". The package then needs its build, or it ships
//   no dist/.
// npm sets INIT_CWD to the folder it was started in: inside this package's folder in the first
// two cases, the other project's folder in the third. Plain JavaScript, so that deciding needs
// no devDependency (an `npm ci --omit=dev` in the checkout runs "prepare" too).
//
// Usage: node scripts/packaging/prepare.mjs [--dry-run]   (--dry-run: print the decision only)
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';

const packageDir = realpathSync(process.cwd());
const initCwd = process.env.INIT_CWD;
const startedHere = initCwd !== undefined && isWithin(packageDir, realPath(initCwd));
const dryRun = process.argv.includes('--dry-run');

if (startedHere) {
  console.log('prepare: npm was started in this checkout; no build (`npm run build` builds, "prepack" builds for npm pack and publish)');
} else {
  console.log(`prepare: npm is preparing the package for ${initCwd ?? 'another project'}: building dist/`);
  if (!dryRun) {
    const execPath = process.env.npm_execpath;
    const npm = execPath !== undefined && /npm-cli\.c?js$/.test(execPath) ? [process.execPath, execPath] : ['npm'];
    const build = spawnSync(npm[0], [...npm.slice(1), 'run', 'build'], { stdio: 'inherit' });
    process.exitCode = build.status ?? 1;
  }
}

function isWithin(folder, path) {
  const fromFolder = relative(folder, path);
  return fromFolder === '' || (!fromFolder.startsWith('..') && !isAbsolute(fromFolder));
}

function realPath(path) {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
