/**
 * The nearest of some names to a misspelt one (`did you mean …?`): within an edit distance of a
 * third of its length (at least 2), else none.
 */
export function nearest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate)
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance]
  }
  return best
}

/** `, did you mean X?` when a name is near, else nothing: to end a message about an unknown name. */
export function didYouMean(name: string, candidates: Iterable<string>, show: (candidate: string) => string = (candidate) => `\`${candidate}\``): string {
  const found = nearest(name, candidates)
  return found === undefined ? '' : `, did you mean ${show(found)}?`
}

/** Levenshtein distance, for short names. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]
}
