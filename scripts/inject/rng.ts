/** A seeded pseudo-random generator (mulberry32), so that a seed always gives the same injections. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [0, n). */
  int(n: number): number
  /** An integer in [min, max]. */
  between(min: number, max: number): number
  chance(probability: number): boolean
  pick<T>(items: readonly T[]): T
  shuffle<T>(items: readonly T[]): T[]
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number) => Math.floor(next() * n)
  return {
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    chance: (probability) => next() < probability,
    pick: (items) => items[int(items.length)],
    shuffle(items) {
      const copy = [...items]
      for (let index = copy.length - 1; index > 0; index--) {
        const other = int(index + 1)
        ;[copy[index], copy[other]] = [copy[other], copy[index]]
      }
      return copy
    }
  }
}

/** A generator of its own for each (seed, name): one class's choices do not shift another's. */
export function deriveRng(seed: number, name: string): Rng {
  let hash = 2166136261
  for (const character of `${seed}:${name}`) hash = Math.imul(hash ^ character.codePointAt(0)!, 16777619)
  return createRng(hash)
}
