/**
 * Hand-written relaxations of the SaaSus specs, so that the generated shapes and types are honest
 * about events older than the current spec.
 *
 * Each entry names a component schema as the specs spell it (`schema`) and fields the spec marks
 * required that real events may lack. The generator removes them from `required` (in that
 * component and in every component that includes it through `allOf`), makes them optional in the
 * types with `reason` as TSDoc, and fails if a schema or field no longer exists or is no longer
 * required.
 */
import type { Relaxation } from './lib/relax.js';

export const relaxations: readonly Relaxation[] = [
  {
    schema: 'SaasUser',
    fields: ['sign_in_id', 'attributes'],
    reason:
      'events from before the spec added it lack it (the 2023 create_saas_user sample response has only `email` and `id`).',
  },
];
