import { describe, expect, it } from 'vitest';
import { BUNDLE_GZIP_BUDGET_BYTES, saasusHandlerPath } from '../../bench/bundle-size.js';
import { bundleHandler } from '../../bench/support/bundle.js';

// The size budget of issue 8, enforced: a Lambda handler that only calls `parseEvent` must stay
// small once bundled, whole catalogue included. Timings are measured by `npm run bench`, not here.
describe('bundle size of a minimal Lambda handler', () => {
  it(`stays within ${BUNDLE_GZIP_BUDGET_BYTES} bytes gzipped, whole catalogue included`, async () => {
    const bundle = await bundleHandler(saasusHandlerPath, { library: 'src' });

    // The bundle really holds the decoder and the catalogue, so a small size means something.
    expect(bundle.code).toContain('CreateTenant');
    expect(bundle.code).toContain('UploadGenerationFiles');
    expect(bundle.gzipBytes).toBeLessThanOrEqual(BUNDLE_GZIP_BUDGET_BYTES);
  });
});
