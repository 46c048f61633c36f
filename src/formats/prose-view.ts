/**
 * The prose of a marked-up document as a reader sees it (markup, code and tags left out), with a
 * map from every offset of that text back to the source. Rules lint the prose; messages and fixes
 * are mapped back, and a fix is applied only where its whole range is source text copied verbatim.
 */
export interface Segment {
  /** Offset in the prose text. */
  view: number
  length: number
  /** Offset in the source. */
  source: number
  sourceLength: number
  /** Whether the prose here is the source character for character (escapes and entities are not). */
  verbatim: boolean
}

export class ProseView {
  constructor(
    readonly text: string,
    private readonly segments: readonly Segment[]
  ) {}

  /** The segment holding `offset`; at a boundary, the one before it (`end`) or after it (`start`). */
  private find(offset: number, side: 'start' | 'end'): Segment | undefined {
    const {segments} = this
    let low = 0
    let high = segments.length - 1
    let found: Segment | undefined
    while (low <= high) {
      const middle = (low + high) >> 1
      const segment = segments[middle]
      const before = side === 'start' ? segment.view <= offset : segment.view < offset
      if (before) {
        found = segment
        low = middle + 1
      } else {
        high = middle - 1
      }
    }
    return found ?? segments[0]
  }

  toSource(offset: number, side: 'start' | 'end' = 'start'): number {
    const segment = this.find(offset, side)
    if (!segment) return offset
    const into = offset - segment.view
    if (segment.verbatim) return segment.source + into
    if (into <= 0) return segment.source
    return segment.source + (into >= segment.length ? segment.sourceLength : Math.min(into, segment.sourceLength))
  }

  /** Whether `from..to` of the prose is verbatim source, so that replacing it edits only prose. */
  isVerbatim(from: number, to: number): boolean {
    const segment = from === to ? this.find(from, 'end') : this.find(from, 'start')
    if (!segment || !segment.verbatim) return false
    return from >= segment.view && to <= segment.view + segment.length
  }
}

export class ProseBuilder {
  private readonly segments: Segment[] = []
  private readonly parts: string[] = []
  private size = 0
  /**
   * The last characters of the prose, for `endsWith`: asking the text itself, built by appending,
   * flattens it every time, which is quadratic on a document of many blocks.
   */
  private tail = ''

  get length(): number {
    return this.size
  }

  /** Whether the prose so far ends with `value`. */
  endsWith(value: string): boolean {
    return value.length <= tailLength ? this.tail.endsWith(value) : this.parts.join('').endsWith(value)
  }

  /** Prose that is the source text at `source`, character for character. */
  copy(value: string, source: number): void {
    if (!value) return
    const last = this.segments[this.segments.length - 1]
    if (last?.verbatim && last.view + last.length === this.size && last.source + last.sourceLength === source) {
      last.length += value.length
      last.sourceLength += value.length
    } else {
      this.segments.push({view: this.size, length: value.length, source, sourceLength: value.length, verbatim: true})
    }
    this.append(value)
  }

  /** Prose that stands for `sourceLength` characters at `source` (a decoded entity, a break, a placeholder). */
  stand(value: string, source: number, sourceLength: number): void {
    if (!value) return
    this.segments.push({view: this.size, length: value.length, source, sourceLength, verbatim: false})
    this.append(value)
  }

  build(): ProseView {
    return new ProseView(this.parts.join(''), this.segments)
  }

  private append(value: string): void {
    this.parts.push(value)
    this.size += value.length
    this.tail = value.length >= tailLength ? value.slice(-tailLength) : (this.tail + value).slice(-tailLength)
  }
}

const tailLength = 16
