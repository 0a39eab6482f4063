import type { z } from 'zod';
import type { SaasusEventIssue } from '../errors.js';
import { omittedIssues } from './issue-cap.js';

/**
 * Hands the decoder's issues to zod, keeping their paths and codes (`params.saasus`); like the
 * issues themselves, they carry no input value. The issues the decoder counted but did not keep
 * become one issue that gives their number.
 */
export function reportIssues(ctx: z.core.$RefinementCtx, issues: readonly SaasusEventIssue[], omitted = 0): void {
  for (const issue of issues) {
    ctx.addIssue({ code: 'custom', message: issue.message, path: [...issue.path], input: undefined, params: { saasus: issue.code } });
  }
  if (omitted > 0) ctx.addIssue(omittedIssues(omitted));
}
