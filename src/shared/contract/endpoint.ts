/**
 * How a contract slice declares a resolver key: its input schema and, as a type only, its output.
 * The output never exists at run time; it ties the handler's return type and the UI's reply type together.
 */
import type { z } from 'zod';

declare const OUTPUT: unique symbol;

export interface Endpoint<S extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: S;
  readonly [OUTPUT]?: O;
}

/** `endpoint(schema).returns<View>()` */
export const endpoint = <S extends z.ZodType>(input: S) => ({
  returns: <O>(): Endpoint<S, O> => ({ input }),
});

/** A feature's keys, each defined once. */
export type ContractSlice = Record<string, Endpoint>;

export type InputOf<E> = E extends Endpoint<infer S, unknown> ? z.infer<S> : never;
export type OutputOf<E> = E extends Endpoint<z.ZodType, infer O> ? O : never;

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;

/** Keys present in two slices of the list. */
type Collisions<T extends readonly object[]> = T extends readonly [
  infer H,
  ...infer R extends readonly object[],
]
  ? (keyof H & keyof UnionToIntersection<R[number]>) | Collisions<R>
  : never;

export type Joined<T extends readonly object[]> = UnionToIntersection<T[number]>;

/**
 * Joins slices (of a contract, of route tables) into one table. A key defined by two slices is a type error
 * and, should a cast hide it, an error at load time: no spread silently lets one slice override another.
 */
export function joinSlices<const T extends readonly object[]>(
  ...slices: T & (Collisions<T> extends never ? unknown : { duplicateKeys: Collisions<T> })
): Joined<T> {
  const joined: Record<string, unknown> = {};
  for (const slice of slices as readonly object[]) {
    for (const [key, value] of Object.entries(slice)) {
      if (Object.hasOwn(joined, key)) throw new Error(`${key} is defined by two slices`);
      joined[key] = value;
    }
  }
  return joined as Joined<T>;
}
