/**
 * XLIFF 1.2 and 2.0, the localization industry's exchange format: the target of each segment is
 * the prose (one paragraph a segment, mapped back to its place in the file, so that positions
 * point into the XLIFF file and a fix edits the target in place), and the segments' sources, laid
 * out the same way, are the source the source-* rules check it against.
 */
import {SaxesParser} from 'saxes'
import {addAligned, align} from './align.js'
import type {Extracted} from './extracted.js'
import {blockBreak, placeholder} from './extracted.js'
import {ProseBuilder} from './prose-view.js'

/** An XLIFF file that cannot be read: not well-formed XML, or not XLIFF at all. */
export class XliffError extends Error {
  override name = 'XliffError'
}

/** Where the source and target of a segment are: `trans-unit` (1.2) and `segment` (2.0). */
const segmentElements = new Set(['trans-unit', 'segment'])
/** Inline elements whose content is text of the segment (1.2 `g` and `mrk`, 2.0 `pc` and `mrk`); any other inline element is code. */
const textElements = new Set(['g', 'mrk', 'pc'])

/** A piece of a segment's source or target: text with its place in the file, or an inline code element. */
type Piece = {text: string; from: number; to: number} | {code: true; from: number; to: number}

interface Segment {
  source?: Piece[]
  target?: Piece[]
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1)
/**
 * White space holding a line break: inside a segment it reads as one space, so that a segment stays one paragraph.
 * Matched only from the start of a run of white space, so that a long run without a line break costs linear time.
 */
const lineBreakRun = /(?<!\s)\s*\n\s*/g

const plainText = (pieces: readonly Piece[]) =>
  pieces
    .map((piece) => ('code' in piece ? placeholder : piece.text))
    .join('')
    .replace(lineBreakRun, ' ')
    .trim()

/**
 * The markup of an XLIFF document without its text: every element with its attributes, and where
 * text sits among them. A fix must leave it as it was.
 */
export function xliffSignature(document: string): string {
  const parser = new SaxesParser()
  const out: string[] = []
  parser.on('opentag', (tag) => out.push(`<${tag.name} ${JSON.stringify(tag.attributes)}>`))
  parser.on('closetag', (tag) => out.push(`</${tag.name}>`))
  parser.on('text', () => out.push('text'))
  parser.on('cdata', () => out.push('cdata'))
  try {
    parser.write(document).close()
  } catch (error) {
    out.push(`error ${(error as Error).message}`)
  }
  return out.join('')
}

/** The segments of an XLIFF document, with the pieces of each source and target. */
function readSegments(document: string): Segment[] {
  const parser = new SaxesParser({position: true})
  const segments: Segment[] = []
  const stack: string[] = []
  /** The offset after the last event: where the next text, or the next tag, starts. */
  let last = 0
  let current: Segment | undefined
  let pieces: Piece[] | undefined
  /** Depth (in `stack`) of the source or target being read, and of an inline code element in it. */
  let pieceDepth = -1
  let codeDepth = -1
  let codeFrom = 0
  let failure: Error | undefined

  parser.on('error', (error) => {
    failure ??= error
  })
  parser.on('opentag', (tag) => {
    const name = localName(tag.name)
    const from = last
    last = parser.position
    if (stack.length === 0 && name !== 'xliff') failure ??= new Error(`the root element is <${tag.name}>, not <xliff>`)
    stack.push(name)
    const parent = stack[stack.length - 2]
    if (segmentElements.has(name)) current = {}
    else if (current && (name === 'source' || name === 'target') && parent !== undefined && segmentElements.has(parent)) {
      pieces = current[name] = []
      pieceDepth = stack.length
    } else if (pieces && codeDepth === -1 && !textElements.has(name)) {
      codeDepth = stack.length
      codeFrom = from
    }
  })
  parser.on('closetag', (tag) => {
    const name = localName(tag.name)
    last = parser.position
    if (codeDepth === stack.length) {
      pieces!.push({code: true, from: codeFrom, to: last})
      codeDepth = -1
    }
    if (pieceDepth === stack.length) {
      pieces = undefined
      pieceDepth = -1
    }
    if (segmentElements.has(name) && current) {
      segments.push(current)
      current = undefined
    }
    stack.pop()
  })
  parser.on('text', (text) => {
    const from = last
    // A text event comes when the next tag starts: the position is past its `<`.
    last = parser.position - (document[parser.position - 1] === '<' ? 1 : 0)
    if (pieces && codeDepth === -1) pieces.push({text, from, to: last})
  })
  parser.on('cdata', (text) => {
    const from = last + '<![CDATA['.length
    last = parser.position
    if (pieces && codeDepth === -1) pieces.push({text, from, to: last - ']]>'.length})
  })
  for (const event of ['comment', 'processinginstruction', 'doctype', 'xmldecl'] as const) {
    parser.on(event, () => {
      last = parser.position
    })
  }
  try {
    parser.write(document).close()
  } catch (error) {
    failure ??= error as Error
  }
  if (failure) throw new XliffError(`invalid XLIFF: ${failure.message.split('\n')[0]}`)
  if (stack.length > 0 || segments.length === 0 && !/<(?:\w+:)?xliff[\s>]/.test(document)) throw new XliffError('invalid XLIFF: no <xliff> element')
  return segments
}

/**
 * The targets of an XLIFF document as prose, each segment a paragraph, with the segments' sources
 * laid out the same way. A segment without a target, or with an empty source or target, is not
 * translated yet: it is left out of both.
 */
export function extractXliff(document: string): Extracted {
  const prose = new ProseBuilder()
  const sources: string[] = []
  for (const segment of readSegments(document)) {
    if (!segment.source || !segment.target) continue
    const source = plainText(segment.source)
    if (!source || !plainText(segment.target)) continue
    if (sources.length > 0) prose.stand(blockBreak, segment.target[0].from, 0)
    sources.push(source)
    addTarget(prose, document, segment.target)
  }
  return {view: prose.build(), directives: [], blocks: [], source: sources.join(blockBreak)}
}

/** A target's pieces as prose: text mapped back to the file (entities and all), inline code as one placeholder, line breaks as spaces. */
function addTarget(prose: ProseBuilder, document: string, pieces: readonly Piece[]): void {
  const first = pieces.findIndex((piece) => 'code' in piece || piece.text.trim() !== '')
  for (const [index, piece] of pieces.entries()) {
    if ('code' in piece) {
      prose.stand(placeholder, piece.from, piece.to - piece.from)
      continue
    }
    const alignment = align(piece.text, document, piece.from, piece.to)
    let at = 0
    // Leading white space of the target is no prose: an indented target reads from its first word.
    if (index <= first) at = piece.text.length - piece.text.trimStart().length
    let end = piece.text.length
    if (index === pieces.length - 1) end = piece.text.trimEnd().length
    for (const match of piece.text.slice(0, end).matchAll(lineBreakRun)) {
      if (match.index < at) continue
      addAligned(prose, piece.text, alignment, at, match.index)
      const runEnd = match.index + match[0].length
      prose.stand(' ', alignment.starts[match.index], alignment.starts[runEnd] - alignment.starts[match.index])
      at = runEnd
    }
    if (at < end) addAligned(prose, piece.text, alignment, at, end)
  }
}
