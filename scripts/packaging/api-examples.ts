/** The parts of a TypeDoc JSON reflection that the `@example` rule reads. */
export interface ReflectionJson {
  readonly name: string;
  readonly kind: number;
  readonly comment?: CommentJson;
  readonly signatures?: readonly { readonly comment?: CommentJson }[];
  readonly sources?: readonly { readonly fileName: string }[];
  readonly children?: readonly ReflectionJson[];
}

interface CommentJson {
  readonly blockTags?: readonly { readonly tag: string; readonly content: readonly { readonly text: string }[] }[];
}

/** An export without an `@example`, by entry point. */
export interface MissingExample {
  readonly entryPoint: string;
  readonly name: string;
  readonly source: string;
}

/** What {@link findMissingExamples} checked, and what it found. */
export interface ExampleReport {
  /** Exports that were held to the rule, as `entryPoint:name`. */
  readonly checked: readonly string[];
  /** How many of the checked exports are declared in generated files. */
  readonly generated: number;
  readonly missing: readonly MissingExample[];
}

// TypeDoc's ReflectionKind values (stable in its JSON schema).
const MODULE = 2;

/** Declarations in generated code: their `@example`s are written by the generator. */
const GENERATED_SOURCE = /^src\/generated\//;

/**
 * Walks a TypeDoc JSON project and lists the exports (functions, classes, variables, interfaces,
 * type aliases, in every entry point) whose TSDoc has no non-empty `@example`, generated ones
 * (from `src/generated/`, whose examples the generator writes) included.
 *
 * @example
 * ```ts
 * const report = findMissingExamples(JSON.parse(readFileSync('api.json', 'utf8')));
 * if (report.missing.length > 0) process.exitCode = 1;
 * ```
 */
export function findMissingExamples(project: ReflectionJson): ExampleReport {
  // One entry point: the project holds the exports; several: one module per entry point.
  const modules = project.children?.every((child) => child.kind === MODULE) === true ? project.children : [project];
  const checked: string[] = [];
  const missing: MissingExample[] = [];
  let generated = 0;
  for (const module of modules) {
    const entryPoint = module === project ? '.' : module.name;
    for (const declaration of module.children ?? []) {
      const source = declaration.sources?.[0]?.fileName ?? '(unknown source)';
      if (GENERATED_SOURCE.test(source)) generated++;
      checked.push(`${entryPoint}:${declaration.name}`);
      if (!hasExample(declaration)) missing.push({ entryPoint, name: declaration.name, source });
    }
  }
  return { checked, generated, missing };
}

function hasExample(declaration: ReflectionJson): boolean {
  // A function's TSDoc sits on its signatures; anything else's on the declaration.
  const comments = [declaration.comment, ...(declaration.signatures ?? []).map((signature) => signature.comment)];
  return comments.some((comment) =>
    comment?.blockTags?.some((tag) => tag.tag === '@example' && tag.content.some((part) => part.text.trim() !== '')),
  );
}
