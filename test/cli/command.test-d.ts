import { describe, expectTypeOf, it } from 'vitest';
import { defineCommand, type OptionValues } from '../../src/cli/command.js';

describe('defineCommand', () => {
  it('types each option value from its definition', () => {
    defineCommand({
      name: 'demo',
      summary: 'demo',
      description: 'Demo.',
      options: {
        flag: { type: 'boolean', description: 'a flag' },
        format: { type: 'string', default: 'text', choices: { text: 'for people', json: 'for programs' }, description: 'format' },
        form: { type: 'string', choices: { a: 'a', b: 'b' }, description: 'no default' },
        name: { type: 'string', description: 'a name' },
        named: { type: 'string', default: 'x', description: 'a name with a default' },
        tags: { type: 'string', multiple: true, description: 'tags' },
      },
      async run({ values, positionals }) {
        expectTypeOf(values.flag).toEqualTypeOf<boolean>();
        expectTypeOf(values.format).toEqualTypeOf<'text' | 'json'>();
        expectTypeOf(values.form).toEqualTypeOf<'a' | 'b' | undefined>();
        expectTypeOf(values.name).toEqualTypeOf<string | undefined>();
        expectTypeOf(values.named).toEqualTypeOf<string>();
        expectTypeOf(values.tags).toEqualTypeOf<string[]>();
        expectTypeOf(positionals).toEqualTypeOf<readonly string[]>();
        // @ts-expect-error: no such option
        void values.other;
        return 0;
      },
    });
  });

  it('maps a definition table to its values', () => {
    expectTypeOf<OptionValues<{ strict: { type: 'boolean'; description: '' } }>>().toEqualTypeOf<{ readonly strict: boolean }>();
  });
});
