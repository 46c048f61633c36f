import type {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'

/**
 * vfile-reporter's report of the files that have messages (a clean file gets no line), ending in
 * one summary line: `N problems (E errors, W warnings), F fixable with --fix`. Nothing at all when
 * there is nothing to report.
 */
export function reportStylish(files: readonly VFile[], options: {color: boolean}): string {
  const shown = files.filter((file) => file.messages.length > 0)
  if (shown.length === 0) return ''
  const report = reporter(shown, {color: options.color, defaultName: '<stdin>', quiet: true})
  // vfile-reporter ends with its own summary after a blank line: ours replaces it.
  const end = report.lastIndexOf('\n\n')
  return `${end === -1 ? report : report.slice(0, end)}\n\n${summary(shown, options.color)}\n`
}

function summary(files: readonly VFile[], color: boolean): string {
  let errors = 0
  let warnings = 0
  let fixable = 0
  for (const message of files.flatMap((file) => file.messages)) {
    if (message.fatal) errors++
    else warnings++
    if (message.fixable) fixable++
  }
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  const line = `${count(errors + warnings, 'problem')} (${count(errors, 'error')}, ${count(warnings, 'warning')}), ${fixable} fixable with --fix`
  if (!color) return line
  return `${errors > 0 ? '\u001B[31m' : '\u001B[33m'}${line}\u001B[39m`
}
