/**
 * The shape of a dictionary module with its literal strings widened: the French module (`as const`) is the
 * reference, and its English twin must have exactly the same keys, functions and nesting.
 */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly (infer U)[]
      ? readonly Widen<U>[]
      : T extends object
        ? { readonly [K in keyof T]: Widen<T[K]> }
        : T;
