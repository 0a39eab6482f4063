// Every entry point in the package's "exports" map loads both ways, as the map says: `import`
// gives the "import" target, `require` the "require" target, with the same export names.
// The harness runs it with --no-experimental-require-module (Node 20 before 20.19), so that a
// CommonJS build that requires an ES module fails with ERR_REQUIRE_ESM.
// Usage: node consumer.mjs; exits non-zero on a mismatch.
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const manifest = require('saasus-eventbridge/package.json');
const packageUrl = pathToFileURL(require.resolve('saasus-eventbridge/package.json'));

function check(condition, what) {
  if (!condition) throw new Error(`entry points: ${what}`);
}

function target(conditions, name) {
  const value = conditions[name];
  return typeof value === 'string' ? value : value?.default;
}

const subpaths = Object.keys(manifest.exports).filter((subpath) => !subpath.endsWith('.json'));
check(subpaths.includes('.'), 'the exports map has no "." entry');
for (const subpath of subpaths) {
  const specifier = `saasus-eventbridge${subpath.slice(1)}`;
  const conditions = manifest.exports[subpath];
  const importTarget = new URL(target(conditions, 'import'), packageUrl).href;
  const requireTarget = fileURLToPath(new URL(target(conditions, 'require'), packageUrl));
  check(import.meta.resolve(specifier) === importTarget, `import of ${specifier} did not resolve to its "import" target`);
  check(require.resolve(specifier) === requireTarget, `require of ${specifier} did not resolve to its "require" target`);

  const esmNames = Object.keys(await import(specifier)).sort();
  const cjsNames = Object.keys(require(specifier)).sort();
  check(esmNames.length > 0, `${specifier} exports nothing`);
  check(JSON.stringify(esmNames) === JSON.stringify(cjsNames), `${specifier} exports other names from import and from require`);
  console.log(`entry points: ${specifier}: ${esmNames.length} exports, the same from import and require`);
}
