import {createHash} from 'node:crypto'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {isCrash, isFailure, rangeOf} from '../message.js'
import {repositoryPath} from './repository-path.js'

/** One issue of a GitLab code quality report (a subset of the Code Climate issue format). */
interface CodeQualityIssue {
  type: 'issue'
  check_name: string
  description: string
  categories: string[]
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker'
  fingerprint: string
  location: {
    path: string
    lines?: {begin: number; end: number}
    positions?: {begin: {line: number; column: number}; end: {line: number; column: number}}
  }
}

/**
 * GitLab's code quality report (`artifacts: reports: codequality`): a JSON array of issues. GitLab
 * tells new findings from old ones in a merge request by their `fingerprint`, which therefore must
 * not move with the line: it hashes the file, the rule, the message and the flagged text, and, for
 * findings alike in all of these, which one of them it is in the file. Edits elsewhere in the file
 * leave it as it was.
 */
export function reportCodeclimate(files: readonly VFile[], options: {cwd: string}): string {
  const issues: CodeQualityIssue[] = []
  for (const file of files) {
    const filePath = file.path ? repositoryPath(file, options.cwd) : '<stdin>'
    const seen = new Map<string, number>()
    for (const message of file.messages) {
      const key = JSON.stringify([filePath, message.ruleId ?? message.kind ?? '', message.messageId ?? '', message.actual ?? '', message.reason])
      const occurrence = (seen.get(key) ?? 0) + 1
      seen.set(key, occurrence)
      issues.push(toIssue(message, filePath, createHash('sha256').update(`${key}#${occurrence}`).digest('hex')))
    }
  }
  return JSON.stringify(issues, null, 2) + '\n'
}

function toIssue(message: VFileMessage, filePath: string, fingerprint: string): CodeQualityIssue {
  const range = rangeOf(message)
  const location: CodeQualityIssue['location'] = range
    ? {
        path: filePath,
        positions: {begin: {line: range.start.line, column: range.start.column}, end: {line: range.end.line, column: range.end.column}}
      }
    : {path: filePath, lines: {begin: 1, end: 1}}
  return {
    type: 'issue',
    check_name: message.ruleId ?? `mtlint/${message.kind ?? 'message'}`,
    description: message.reason,
    categories: [isFailure(message) ? 'Bug Risk' : 'Style'],
    // A file that could not be checked blocks more than any finding in it would.
    severity: isCrash(message) ? 'critical' : isFailure(message) ? 'blocker' : message.fatal ? 'major' : 'minor',
    fingerprint,
    location
  }
}
