import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, workflowError } from '../../../src/cli/formats/workflow-command.js';

describe('GitHub workflow command escaping', () => {
  it('escapes %, CR and LF in messages, % first', () => {
    expect(escapeData('100% done\r\nnext %0A')).toBe('100%25 done%0D%0Anext %250A');
  });

  it('escapes also : and , in properties', () => {
    expect(escapeProperty('C:\\a,b%\n')).toBe('C%3A\\a%2Cb%25%0A');
  });

  it('builds ::error with escaped properties, skipping absent ones', () => {
    expect(workflowError({ file: 'a,b.json', line: 3, col: undefined, title: 'x: y' }, 'one\ntwo')).toBe(
      '::error file=a%2Cb.json,line=3,title=x%3A y::one%0Atwo\n',
    );
  });
});
