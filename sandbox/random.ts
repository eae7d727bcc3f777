/**
 * The one seeded random generator of the local host, its tests and the bench: the same seed always gives the same
 * sequence, on every platform. The demo data draws from it, so the demo tells the same story on every start (and a
 * test can check its figures); the KVS's latency jitter and stale reads, the trigger's shuffles and the bench's
 * synthetic answers replay from a seed. No Math.random.
 */

/** Plain functions (no `this`): `rng.next` can be handed on as a `() => number`. */
export interface Rng {
  /** In [0, 1). */
  next: () => number;
  /** An integer in [min, max]. */
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  /** True with probability `p`. */
  chance: (p: number) => boolean;
  /** Roughly normal, mean 0 and standard deviation 1 (the sum of four uniforms, rescaled). */
  normal: () => number;
}

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the text: a seed per person and campaign that does not depend on the order people are listed in. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A stream seeded with a number (a 32-bit seed: the same number, the same stream). */
export function seededRandom(seed: number): Rng {
  const next = mulberry32(seed);
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
    normal: () => (next() + next() + next() + next() - 2) * Math.sqrt(3),
  };
  return rng;
}

/** A stream seeded with text: the parts joined, hashed (FNV-1a), so that each person and campaign has its own. */
export function rngOf(...parts: (string | number)[]): Rng {
  return seededRandom(hash(parts.join('|')));
}

/** A copy of `items` in an order drawn from `rng` (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
