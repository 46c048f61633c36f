import {defineRule} from '../src/define-rule.js'
import type {Report} from '../src/rule.js'
import {betweenSentences} from './lib/sentence-marks.js'

export interface WhitespaceOptions {
  /**
   * Accept exactly two spaces after a sentence's final mark (`ended.  The`), the typewriter
   * convention some edited prose keeps. Default `true`; set to `false` to flag them.
   */
  allowTwoSpacesAfterSentence: boolean
  /** Accept spaces or tabs at the start of a line (indented paragraphs). Default `false`. */
  allowIndentation: boolean
}

/** One line break, in any of the three conventions. */
const lineBreak = /\r\n|\n|\r/g

/** A line holding nothing but spaces and tabs (or nothing). */
const blankLine = /^[ \t]*$/

/** Spaces and tabs at the start and at the end of a line. */
const leadingSpace = /^[ \t]+/
const trailingSpace = /[ \t]+$/

/** Two or more spaces between two visible characters of a line. */
const doubledSpaces = /(?<=\S) {2,}(?=\S)/g


/** Cells of a table typed in plain text: `| Party  | Seats |`. */
const tableCells = /^\s*\|.*\|\s*$/

/** A mark right after the spaces: space-before-punctuation reports that run. */
const markAfter = /^[.,;:!?]/

type MessageId = 'doubled' | 'leading' | 'trailing' | 'blankLines' | 'leadingBlankLines'

/** What is wrong with the white space of one line (offsets in the line): reports without their place. */
function lineFindings(line: string, options: WhitespaceOptions, neighbours: readonly string[]): Array<Report<MessageId>> {
  // Most lines: no space or tab at either end, and no two spaces in a row (without the patterns, which scan the line).
  if (line.length > 0 && !spaceOrTab(line[0]) && !spaceOrTab(line[line.length - 1]) && !line.includes('  ')) return []
  const found: Array<Report<MessageId>> = []
  if (blankLine.test(line)) {
    // The file's last line, without a line break, holding only white space.
    if (line.length > 0) found.push({messageId: 'trailing', from: 0, to: line.length, expected: ['']})
    return found
  }
  const leading = leadingSpace.exec(line)
  if (leading && !options.allowIndentation) {
    found.push({messageId: 'leading', from: 0, to: leading[0].length, expected: ['']})
  }
  const trailing = trailingSpace.exec(line)
  if (trailing) {
    found.push({messageId: 'trailing', from: trailing.index, to: line.length, expected: ['']})
  }
  if (!line.includes('  ')) return found
  // A line set in columns (cells between bars, or a gap of three spaces or more, as the line before
  // or after has: a table's rows), whose two-space gaps are columns too.
  const columns = tableCells.test(line) || (line.includes('   ') && neighbours.some((neighbour) => neighbour.includes('   ')))
  for (const match of line.matchAll(doubledSpaces)) {
    const end = match.index + match[0].length
    if (markAfter.test(line.slice(end, end + 1))) continue
    if (options.allowTwoSpacesAfterSentence && match[0].length === 2 && betweenSentences(line, match.index, end)) continue
    found.push({
      messageId: 'doubled',
      data: {count: match[0].length},
      from: match.index + 1,
      to: end,
      expected: [''],
      // Three or more spaces are often a layout separator (`Speed   slow`): a person decides.
      safe: match[0].length === 2 && !columns
    })
  }
  return found
}

const spaceOrTab = (char: string) => char === ' ' || char === '\t'

export default defineRule<MessageId, WhitespaceOptions>({
  id: 'whitespace',
  category: 'whitespace',
  fix: 'safe',
  description: 'Flags doubled spaces, spaces at the start or end of a line, and extra blank lines',
  messages: {
    doubled: 'Unexpected {count} spaces, expected one',
    leading: 'Unexpected white space at the start of a line, remove it',
    trailing: 'Unexpected white space at the end of a line, remove it',
    blankLines: 'Unexpected {count} blank lines, expected one',
    leadingBlankLines: 'Unexpected blank lines at the start of the file, remove them'
  },
  defaultOptions: {allowTwoSpacesAfterSentence: true, allowIndentation: false},
  schema: {allowTwoSpacesAfterSentence: {type: 'boolean'}, allowIndentation: {type: 'boolean'}},
  create(context) {
    const {text, options} = context

    /** The run of blank lines being read: where it starts, how many, the first one's break. */
    let runStart = -1
    let runEnd = -1
    let runCount = 0
    let runFirstBreak = ''
    let runFirstLength = 0

    function endRun() {
      if (runCount >= 1 && runStart === 0) {
        // Blank lines before the first line of text separate nothing.
        context.report({messageId: 'leadingBlankLines', from: 0, to: runEnd, expected: ['']})
      } else if (runCount >= 2) {
        // Keep the first blank line (as a bare line break) and delete everything after it.
        const keepsFirst = runFirstLength === 0
        context.report({
          messageId: 'blankLines',
          data: {count: runCount},
          from: keepsFirst ? runStart + runFirstBreak.length : runStart,
          to: runEnd,
          expected: [keepsFirst ? '' : runFirstBreak]
        })
      } else if (runCount === 1 && runFirstLength > 0) {
        context.report({messageId: 'trailing', from: runStart, to: runStart + runFirstLength, expected: ['']})
      }
      runCount = 0
    }

    /** The line that starts at `from`. */
    function lineAfter(from: number): string {
      const end = text.slice(from, from + 400).search(/[\r\n]/)
      return text.slice(from, end === -1 ? from + 400 : from + end)
    }

    /** Report what a line that is not blank holds, with the lines around it. */
    function checkLine(line: string, from: number, neighbours: readonly string[]) {
      for (const finding of lineFindings(line, options, neighbours)) {
        context.report({...finding, from: from + finding.from, to: from + finding.to})
      }
    }

    return {
      RootNode() {
        let from = 0
        let previous = ''
        lineBreak.lastIndex = 0
        while (from < text.length) {
          const found = lineBreak.exec(text)
          const to = found ? found.index : text.length
          const eol = found ? found[0] : ''
          const line = text.slice(from, to)
          if (blankLine.test(line) && eol !== '') {
            if (runCount === 0) {
              runStart = from
              runFirstBreak = eol
              runFirstLength = line.length
            }
            runCount++
            runEnd = to + eol.length
          } else {
            endRun()
            checkLine(line, from, line.includes('   ') ? [previous, lineAfter(to + eol.length)] : [])
          }
          previous = line
          from = to + eol.length
        }
        endRun()
      }
    }
  }
})
