// Module customization hooks (registered by consumer.mjs with `module.register`): count every
// resolution of zod into memory shared with the main thread. The main thread waits for each
// resolution to finish, so the count is up to date as soon as an `import()` has settled.
let zodResolutions;

export function initialize(data) {
  zodResolutions = data.zodResolutions;
}

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  if (specifier === 'zod' || specifier.startsWith('zod/') || resolved.url.includes('/node_modules/zod/')) {
    Atomics.add(zodResolutions, 0, 1);
  }
  return resolved;
}
