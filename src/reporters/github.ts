import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {isFileError, rangeOf} from '../message.js'
import {repositoryPath} from './repository-path.js'

/**
 * GitHub Actions workflow commands, one line per message:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message` (`warning` when not fatal,
 * `notice` for vfile's informational messages). Columns are only given for a one-line region: the
 * runner refuses `col`/`endColumn` when `line` and `endLine` differ.
 */
export function reportGithub(files: readonly VFile[], options: {cwd: string}): string {
  let report = ''
  for (const file of files) {
    const name = file.path ? repositoryPath(file, options.cwd) : undefined
    for (const message of file.messages) report += command(message, name) + '\n'
  }
  return report
}

function command(message: VFileMessage, file: string | undefined): string {
  const kind = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'notice'
  const properties: Array<[string, string | number]> = []
  if (file !== undefined) properties.push(['file', file])
  // A file that could not be linted: the annotation is on the file, not on a line of it.
  if (isFileError(message)) return `::${kind} ${properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',')}::${escapeData(message.reason)}`
  const range = rangeOf(message)
  if (range) {
    const {start, end} = range
    properties.push(['line', start.line])
    if (start.line === end.line) properties.push(['col', start.column])
    properties.push(['endLine', end.line])
    if (start.line === end.line) properties.push(['endColumn', end.column])
  }
  properties.push(['title', message.ruleId ? `mtlint (${message.ruleId})` : 'mtlint'])
  const list = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',')
  return `::${kind} ${list}::${escapeData(message.reason)}`
}

/** The message of a workflow command, escaped as `@actions/core` does (`escapeData`). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** A property of a workflow command, escaped as `@actions/core` does (`escapeProperty`). */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
