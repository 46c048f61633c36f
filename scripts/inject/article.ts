/** Articles as paragraphs: the unit an injection goes into, and its offsets in the article. */

export type Layout = 'paragraphs' | 'lines'

export interface Article {
  id: string
  paragraphs: string[]
  /** What joins the paragraphs: `\n\n`, or `\n` in the corpus's own layout. */
  separator: string
  source?: string
}

/** Whether a double quotation is still open at the end of `line`, given whether it was at its start. */
function quotationOpenAfter(line: string, open: boolean): boolean {
  for (const character of line) {
    if (character === '"') open = !open
    else if (character === '“') open = true
    else if (character === '”') open = false
  }
  return open
}

/**
 * Split an article into paragraphs. The WMT21 texts have one segment a line and no blank lines,
 * so `lines` keeps that layout (each line a unit, the article one block of text), and `paragraphs`
 * makes each segment a paragraph of its own, with a blank line between, except that the lines of
 * a quotation that runs on stay together: a break inside it would unbalance its quotes.
 */
export function layOut(text: string, layout: Layout): {paragraphs: string[]; separator: string} {
  if (layout === 'lines') return {paragraphs: text.split('\n'), separator: '\n'}
  const paragraphs: string[] = []
  for (const block of text.split(/\n{2,}/)) {
    let lines: string[] = []
    let open = false
    for (const line of block.split('\n')) {
      lines.push(line)
      open = quotationOpenAfter(line, open)
      if (!open) {
        paragraphs.push(lines.join('\n'))
        lines = []
      }
    }
    if (lines.length > 0) paragraphs.push(lines.join('\n'))
  }
  return {paragraphs, separator: '\n\n'}
}

/** The offset at which each paragraph starts in the joined article. */
export function paragraphStarts(paragraphs: readonly string[], separator: string): number[] {
  const starts: number[] = []
  let offset = 0
  for (const paragraph of paragraphs) {
    starts.push(offset)
    offset += paragraph.length + separator.length
  }
  return starts
}
