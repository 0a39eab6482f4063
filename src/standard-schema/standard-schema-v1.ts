/**
 * The Standard Schema interface, version 1 (https://standardschema.dev): a schema any tool can
 * run through its `~standard` property, whatever library made it. Written out here, as the
 * standard asks of libraries that implement it, so that the package depends on nothing for it;
 * it is structurally the interface of `@standard-schema/spec`.
 *
 * @example
 * ```ts
 * function check<Output>(schema: StandardSchemaV1<unknown, Output>, input: unknown) {
 *   const result = schema['~standard'].validate(input);
 *   if (result instanceof Promise) throw new TypeError('asynchronous schema');
 *   return result;
 * }
 * ```
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  /** What every Standard Schema carries. */
  readonly '~standard': StandardSchemaV1.Props<Input, Output>;
}

/**
 * The parts of {@link StandardSchemaV1}.
 *
 * @example
 * ```ts
 * const issue: StandardSchemaV1.Issue = { message: 'expected string, received number', path: ['detail', 'trace_id'] };
 * ```
 */
export declare namespace StandardSchemaV1 {
  /** The `~standard` property. */
  export interface Props<Input = unknown, Output = Input> {
    /** The version of the standard: 1. */
    readonly version: 1;
    /** Who made the schema. */
    readonly vendor: string;
    /** Checks a value; tools that accept only synchronous schemas reject a Promise. */
    readonly validate: (value: unknown, options?: StandardSchemaV1.Options | undefined) => Result<Output> | Promise<Result<Output>>;
    /** The input and output types, for type inference only (absent at run time). */
    readonly types?: Types<Input, Output> | undefined;
  }

  /** What `validate` gives. */
  export type Result<Output> = SuccessResult<Output> | FailureResult;

  /** A valid value: the schema's output. */
  export interface SuccessResult<Output> {
    /** The output. */
    readonly value: Output;
    /** Absent on success. */
    readonly issues?: undefined;
  }

  /** Options a tool may pass to `validate`. */
  export interface Options {
    /** Options of the schema's own library. */
    readonly libraryOptions?: Record<string, unknown> | undefined;
  }

  /** An invalid value: what is wrong with it. */
  export interface FailureResult {
    /** The problems found. */
    readonly issues: ReadonlyArray<Issue>;
  }

  /** One problem. */
  export interface Issue {
    /** What is wrong. */
    readonly message: string;
    /** Where: the keys from the value to the bad part. */
    readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined;
  }

  /** A key of a path, as an object. */
  export interface PathSegment {
    /** The key. */
    readonly key: PropertyKey;
  }

  /** The types a schema takes and gives. */
  export interface Types<Input = unknown, Output = Input> {
    /** What the schema takes. */
    readonly input: Input;
    /** What the schema gives. */
    readonly output: Output;
  }

  /** The input type of a schema. */
  export type InferInput<Schema extends StandardSchemaV1> = NonNullable<Schema['~standard']['types']>['input'];

  /** The output type of a schema. */
  export type InferOutput<Schema extends StandardSchemaV1> = NonNullable<Schema['~standard']['types']>['output'];
}
