/** A range of a text: `from` (inclusive) to `to` (exclusive). */
export type Span = readonly [from: number, to: number]

/**
 * Ranges of a text (which may overlap), asked whether a range meets any of them: in logarithmic
 * time, since an adversarial article can hold hundreds of thousands (a megabyte of `a.com `).
 */
export class SpanSet {
  private readonly starts: number[] = []
  /** The largest end among the spans up to each, in order of start. */
  private readonly maxEnds: number[] = []

  constructor(spans: Iterable<Span>) {
    const sorted = [...spans].sort((a, b) => a[0] - b[0])
    let maxEnd = -Infinity
    for (const [from, to] of sorted) {
      maxEnd = Math.max(maxEnd, to)
      this.starts.push(from)
      this.maxEnds.push(maxEnd)
    }
  }

  get size(): number {
    return this.starts.length
  }

  /** Whether `from..to` overlaps a span (by default, the character at `from`). */
  overlaps(from: number, to: number = from + 1): boolean {
    // The last span starting before `to`: some span up to it ends after `from` exactly when the
    // largest end up to it does.
    let low = 0
    let high = this.starts.length - 1
    let last = -1
    while (low <= high) {
      const middle = (low + high) >> 1
      if (this.starts[middle] < to) {
        last = middle
        low = middle + 1
      } else {
        high = middle - 1
      }
    }
    return last !== -1 && this.maxEnds[last] > from
  }
}
