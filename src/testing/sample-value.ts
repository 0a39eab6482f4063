import { shapeNamed } from '../catalogue/catalogue.js';
import type { Shape } from '../catalogue/shape.js';
import { visitShape, type ShapeVisitor } from '../catalogue/visit-shape.js';

/** The id `createTestEvent` puts into every `*_id` string field. */
const SAMPLE_ID = '00000000-0000-4000-8000-000000000000';

/**
 * How {@link sampleValue} builds a value; every field is optional.
 *
 * @example
 * ```ts
 * const options: SampleOptions = { properties: 'all', idFor: (key) => `id-of-${key}` };
 * ```
 */
export interface SampleOptions {
  /** The shape of a component by name; the catalogue's by default. */
  readonly resolve?: (name: string) => Shape;
  /** Which properties an object gets: the required ones (default), or every one a value can be built for. */
  readonly properties?: 'required' | 'all';
  /** The value of a string field whose name ends in `id` (`tenant_id`); a fixed uuid by default. */
  readonly idFor?: (key: string) => string;
  /** A ready value for a shape (the generator's spec examples), or `undefined` to build one. */
  readonly preset?: (shape: Shape) => unknown;
}

/**
 * Builds a small value that satisfies a catalogue shape: one-element arrays, the first enum
 * value, `'string'`/`0`/`false` for primitives, `{}` for any JSON value, and an id for `*_id`
 * strings. `undefined` when no finite value exists (a required self-reference). The one sample
 * builder of the library: `createTestEvent` fills bodies with it (required properties only) and
 * the generator builds the fixtures with it (every property, the spec's examples first).
 *
 * @example
 * ```ts
 * sampleValue({ k: 'o', v: { tenant_id: { k: 's' }, note: { k: 's' } }, q: ['tenant_id'] });
 * // { tenant_id: '00000000-0000-4000-8000-000000000000' }
 * ```
 */
export function sampleValue(shape: Shape, options: SampleOptions = {}): unknown {
  const resolve = options.resolve ?? shapeNamed;
  const allProperties = options.properties === 'all';
  const idFor = options.idFor ?? (() => SAMPLE_ID);
  const preset = options.preset;

  // `key` is the name of the field the value is for; `seen`, the named shapes being built.
  function build(shape: Shape, key: string | undefined, seen: readonly string[]): unknown {
    const ready = preset?.(shape);
    return ready !== undefined ? ready : visitShape(shape, visitorFor(key, seen));
  }

  function visitorFor(key: string | undefined, seen: readonly string[]): ShapeVisitor<unknown> {
    return {
      primitive: (type) => {
        switch (type) {
          case 'string':
            return key !== undefined && /(^|_)id$/.test(key) ? idFor(key) : 'string';
          case 'number':
          case 'integer':
            return 0;
          case 'boolean':
            return false;
          default:
            return {};
        }
      },
      ref: (name) => (seen.includes(name) ? undefined : build(resolve(name), key, [...seen, name])),
      nullable: (inner) => build(inner, key, seen) ?? null,
      enum: (values) => values[0],
      array: (items) => {
        const item = build(items, key, seen);
        return item === undefined ? [] : [item];
      },
      anyOf: (options) => {
        for (const option of options) {
          const value = build(option, key, seen);
          if (value !== undefined) return value;
        }
        return undefined;
      },
      object: (properties, required, _rest, object) => {
        const value: Record<string, unknown> = {};
        for (const [name, property] of Object.entries(properties)) {
          const isRequired = required.includes(name);
          // Today's spec also requires the properties it requires since a date (`s`): older
          // events may lack them, but a sample of today's has them.
          if (!isRequired && !allProperties && object.s?.[name] === undefined) continue;
          const sample = build(property, name, seen);
          if (sample !== undefined) value[name] = sample;
          else if (isRequired) return undefined;
        }
        return value;
      },
    };
  }

  return build(shape, undefined, []);
}
