import junitModule from 'junit-report-builder'
import type {Builder} from 'junit-report-builder'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {isFailure, rangeOf} from '../message.js'
import {repositoryPath} from './repository-path.js'

// The package sets `module.exports` to the builder, while its types declare an ES default export.
const junit = junitModule as unknown as Builder

/**
 * JUnit XML, as ESLint's `junit` formatter writes it, for CI systems that show test reports: one
 * test suite per file, one failing test case per finding (its type `error` or `warning`), and a
 * passing one for a clean file. A file that could not be linted, or a rule that crashed, is a test
 * case in error rather than a failure: the check itself did not run.
 */
export function reportJunit(files: readonly VFile[], options: {cwd: string}): string {
  const builder = junit.newBuilder()
  for (const file of files) {
    const name = file.path ? repositoryPath(file, options.cwd) : '<stdin>'
    const suite = builder.testSuite().name(xmlSafe(name))
    if (file.messages.length === 0) suite.testCase().className(xmlSafe(name)).name(xmlSafe(name)).time(0)
    for (const message of file.messages) {
      const testCase = suite.testCase().className(xmlSafe(name)).name(`mtlint.${message.ruleId ?? 'file'}`).time(0)
      const text = xmlSafe(describe(message))
      if (isFailure(message)) testCase.error(text, message.kind)
      else testCase.failure(text, message.fatal ? 'error' : 'warning')
    }
  }
  return builder.build() + '\n'
}

function describe(message: VFileMessage): string {
  const start = rangeOf(message)?.start
  const where = start ? `${start.line}:${start.column} ` : ''
  return `${where}${message.reason}${message.ruleId ? ` (${message.ruleId})` : ''}`
}

/**
 * Text that XML 1.0 can hold: a message quotes the article, which may hold control characters or
 * lone surrogates that no XML document may contain; each becomes `\uXXXX`.
 */
function xmlSafe(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, (character) => `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
}
