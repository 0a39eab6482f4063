import type { z } from 'zod';
import type { SaasusEventIssue } from '../errors.js';

/**
 * Hands the decoder's issues to zod, keeping their paths and codes (`params.saasus`); like the
 * issues themselves, they carry no input value.
 */
export function reportIssues(ctx: z.core.$RefinementCtx, issues: readonly SaasusEventIssue[]): void {
  for (const issue of issues) {
    ctx.addIssue({ code: 'custom', message: issue.message, path: [...issue.path], input: undefined, params: { saasus: issue.code } });
  }
}
