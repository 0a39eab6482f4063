import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MAX_ISSUES } from '../../src/core/issues.js';
import { capIssues, omittedIssues } from '../../src/zod/issue-cap.js';

/** `count` numbers: each one a wrong item of an array of strings. */
const wrongItems = (count: number) => Array.from({ length: count }, (_, index) => index);

const isOmittedIssue = (issue: z.core.$ZodIssue) => issue.code === 'custom' && issue.params?.['saasus'] === 'omitted_issues';

describe('omittedIssues', () => {
  it('is a custom issue at the root that counts the issues not listed, in params', () => {
    expect(omittedIssues(12)).toEqual({
      code: 'custom',
      message: '12 more issues not listed (the first 100 are)',
      path: [],
      input: undefined,
      params: { saasus: 'omitted_issues', omitted: 12 },
    });
  });
});

describe('capIssues', () => {
  const Strings = () => capIssues(z.array(z.string()));

  it('keeps the first 100 issues and adds one that counts the rest', () => {
    const issues = Strings().safeParse(wrongItems(MAX_ISSUES + 5)).error!.issues;
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues.slice(0, MAX_ISSUES).map((issue) => issue.path)).toEqual(wrongItems(MAX_ISSUES).map((index) => [index]));
    expect(issues.at(-1)).toEqual({
      code: 'custom',
      message: '5 more issues not listed (the first 100 are)',
      path: [],
      params: { saasus: 'omitted_issues', omitted: 5 },
    });
  });

  it('places the count at the capped schema, inside another schema', () => {
    const issues = z.object({ list: Strings() }).safeParse({ list: wrongItems(MAX_ISSUES + 1) }).error!.issues;
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues.at(-1)).toEqual({
      code: 'custom',
      message: '1 more issue not listed (the first 100 are)',
      path: ['list'],
      params: { saasus: 'omitted_issues', omitted: 1 },
    });
  });

  it('adds nothing when nothing is omitted: exactly 100 issues, or fewer', () => {
    for (const count of [MAX_ISSUES, MAX_ISSUES - 1, 1]) {
      const issues = Strings().safeParse(wrongItems(count)).error!.issues;
      expect(issues.map((issue) => issue.path)).toEqual(wrongItems(count).map((index) => [index]));
      expect(issues.some(isOmittedIssue)).toBe(false);
    }
    expect(Strings().parse(['a', 'b'])).toEqual(['a', 'b']);
  });
});
