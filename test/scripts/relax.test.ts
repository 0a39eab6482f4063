/**
 * The relaxations of scripts/spec-relaxations.ts, applied by the generator to the spec model
 * (scripts/lib/relax.ts): the model keeps the specs' required lists; generation relaxes them.
 */
import { describe, expect, it } from 'vitest';
import type { IR } from '../../scripts/lib/ir.js';
import { checkRelaxation, relax, relaxationsBySchema } from '../../scripts/lib/relax.js';
import { irOf } from '../../scripts/lib/spec-model.js';

const relaxations = relaxationsBySchema([{ schema: 'User', fields: ['sign_in_id'], reason: 'older events lack it.' }]);

const user = irOf(
  { type: 'object', properties: { id: { type: 'string' }, sign_in_id: { type: 'string' } }, required: ['id', 'sign_in_id'] },
  'auth',
);

function object(ir: IR): Extract<IR, { k: 'object' }> {
  if (ir.k !== 'object') throw new Error(`expected an object, got ${ir.k}`);
  return ir;
}

describe('relax', () => {
  it('takes a relaxed field out of required in its component, with the reason', () => {
    const relaxed = object(relax(user, relaxations, 'User'));
    expect(relaxed.required).toEqual(['id']);
    expect([...relaxed.relaxed]).toEqual([['sign_in_id', 'older events lack it.']]);
    // The model's IR is unchanged.
    expect(object(user).required).toEqual(['id', 'sign_in_id']);
  });

  it('relaxes every object, nested too, that includes the component through allOf, and no other', () => {
    const list = irOf(
      {
        type: 'object',
        properties: {
          users: {
            type: 'array',
            items: {
              type: 'object',
              properties: { id: { type: 'string' }, sign_in_id: { type: 'string' }, role: { type: 'string' } },
              required: ['id', 'sign_in_id', 'role'],
              includes: ['User'],
            },
          },
          owner: { type: 'object', properties: { sign_in_id: { type: 'string' } }, required: ['sign_in_id'] },
        },
      },
      'auth',
    );
    const relaxed = object(relax(list, relaxations, 'UserList'));
    const users = relaxed.props.get('users');
    const item = users?.k === 'array' ? object(users.items) : undefined;
    expect(item?.required).toEqual(['id', 'role']);
    expect(item?.relaxed.get('sign_in_id')).toBe('older events lack it.');
    expect(object(relaxed.props.get('owner') as IR).required).toEqual(['sign_in_id']);
  });

  it('refuses a relaxation of a field the component lacks or does not require, and a bad list', () => {
    expect(() => checkRelaxation(user, { schema: 'User', fields: ['nope'], reason: 'x' }, 'auth.User')).toThrow(
      'spec-relaxations: auth.User has no property nope',
    );
    expect(() => checkRelaxation(object(relax(user, relaxations, 'User')), { schema: 'User', fields: ['sign_in_id'], reason: 'x' }, 'auth.User')).toThrow(
      'spec-relaxations: auth.User.sign_in_id is not required',
    );
    expect(() => checkRelaxation(irOf({ type: 'string' }, 'auth'), { schema: 'Uuid', fields: ['a'], reason: 'x' }, 'auth.Uuid')).toThrow(
      'is not an object schema',
    );
    expect(() => relaxationsBySchema([...relaxations.values(), ...relaxations.values()])).toThrow('User is listed twice');
    expect(() => relaxationsBySchema([{ schema: 'User', fields: [], reason: 'x' }])).toThrow('needs fields and a reason');
  });
});
