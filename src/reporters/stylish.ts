import terminalLink from 'terminal-link'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {reporter} from 'vfile-reporter'

export interface StylishOptions {
  color: boolean
  /** Rule ids as OSC 8 links to their documentation (for a terminal that shows them). */
  hyperlinks?: boolean
  /** `--rule-urls`: each message followed by its rule's documentation URL (vfile-reporter's `[url]` lines). */
  urls?: boolean
}

/**
 * vfile-reporter's report of the files that have messages (a clean file gets no line), ending in
 * one summary line: `N problems (E errors, W warnings), F fixable with --fix`. Nothing at all when
 * there is nothing to report.
 */
export function reportStylish(files: readonly VFile[], options: StylishOptions): string {
  const shown = files.filter((file) => file.messages.length > 0)
  if (shown.length === 0) return ''
  const linked = options.hyperlinks || options.urls ? shown.map((file) => withLinks(file, options)) : shown
  const report = (batch: VFile[]) => {
    // `verbose` prints the `[url]` lines, and would print notes and ancestors too: `withLinks` drops those.
    const text = reporter(batch, {color: options.color, defaultName: '<stdin>', quiet: true, verbose: Boolean(options.urls)})
    // vfile-reporter ends with its own summary after a blank line: ours replaces it.
    const end = text.lastIndexOf('\n\n')
    return end === -1 ? text : text.slice(0, end)
  }
  const parts: string[] = []
  let batch: VFile[] = []
  for (const file of linked) {
    if (file.messages.length <= maxRowsPerCall) {
      batch.push(file)
      continue
    }
    if (batch.length > 0) parts.push(report(batch))
    batch = []
    // vfile-reporter spreads a file's rows into one call, which overflows the stack on half a
    // million findings: such a file is reported in pieces, its name heading the first.
    const pieces: string[] = []
    for (let from = 0; from < file.messages.length; from += maxRowsPerCall) {
      const piece = new VFile({path: file.path, cwd: file.cwd})
      piece.messages = file.messages.slice(from, from + maxRowsPerCall)
      const text = report([piece])
      pieces.push(from === 0 ? text : text.slice(text.indexOf('\n') + 1))
    }
    parts.push(pieces.join('\n'))
  }
  if (batch.length > 0) parts.push(report(batch))
  // Files are a blank line apart, as vfile-reporter sets them.
  return `${parts.join('\n\n')}\n\n${summary(shown, options.color)}\n`
}

const maxRowsPerCall = 10_000

function summary(files: readonly VFile[], color: boolean): string {
  let errors = 0
  let warnings = 0
  let fixable = 0
  for (const file of files) for (const message of file.messages) {
    if (message.fatal) errors++
    else warnings++
    if (message.fixable) fixable++
  }
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  const line = `${count(errors + warnings, 'problem')} (${count(errors, 'error')}, ${count(warnings, 'warning')}), ${fixable} fixable with --fix`
  if (!color) return line
  return `${errors > 0 ? '\u001B[31m' : '\u001B[33m'}${line}\u001B[39m`
}

/**
 * A copy of the file whose messages link to their documentation: the rule id as an OSC 8 link
 * (vfile-reporter measures columns without escape sequences, so they stay aligned), and with
 * `urls` only the URL kept for vfile-reporter's verbose lines. The report's own messages are untouched.
 */
function withLinks(file: VFile, options: StylishOptions): VFile {
  const copy = new VFile({path: file.path, cwd: file.cwd})
  copy.messages = file.messages.map((message) => {
    const linked: VFileMessage = Object.assign(Object.create(Object.getPrototypeOf(message) as object) as VFileMessage, message)
    linked.ancestors = undefined
    linked.note = undefined
    if (!options.urls) linked.url = undefined
    if (options.hyperlinks && message.ruleId && message.url) linked.ruleId = terminalLink(message.ruleId, message.url, {fallback: false})
    return linked
  })
  return copy
}
