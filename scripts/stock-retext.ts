/**
 * The yardstick of `npm run bench:cli`: a plain script that runs the stock retext stack
 * (`scripts/stock-stack.ts`) over every `.txt` file under a folder, one after another, and prints one
 * JSON array of `{path, messages}`, as `mtlint --format json` does.
 * Usage: node dist/scripts/stock-retext.js DIR
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import {stockStack as processor} from './stock-stack.js'

const folder = process.argv[2]
if (!folder) {
  console.error('usage: node dist/scripts/stock-retext.js DIR')
  process.exit(2)
}

const files = readdirSync(folder, {recursive: true, encoding: 'utf8'})
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => path.join(folder, name))

const report = files.map((name) => {
  const file = new VFile({path: name, value: readFileSync(name, 'utf8')})
  processor.runSync(processor.parse(file), file)
  return {
    path: name,
    messages: file.messages.map((message) => ({
      ruleId: message.ruleId,
      source: message.source,
      reason: message.reason,
      line: message.line,
      column: message.column,
      endLine: message.place && 'end' in message.place ? message.place.end.line : undefined,
      endColumn: message.place && 'end' in message.place ? message.place.end.column : undefined,
      actual: message.actual,
      expected: message.expected
    }))
  }
})
process.stdout.write(JSON.stringify(report) + '\n')
