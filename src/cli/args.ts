import {parseArgs} from 'node:util'
import type {ParseArgsConfig} from 'node:util'
import {defaultExtensions} from '../formats/extensions.js'
import {defaultJobs} from './scheduler.js'
import type {Severity} from '../rule.js'
import {defaultMaxFileSize} from '../text-file.js'

export type Format = 'stylish' | 'json' | 'sarif' | 'github'
export const formats: readonly Format[] = ['stylish', 'json', 'sarif', 'github']

export interface CliOptions {
  files: string[]
  fix: boolean
  fixDryRun: boolean
  format: Format
  stdin: boolean
  stdinFilename?: string
  extensions: string[]
  config?: string
  rules: Record<string, Severity>
  quiet: boolean
  maxWarnings?: number
  /** `--max-file-size`, in bytes. */
  maxFileSize: number
  /** `--max-record-size`, in bytes: a longer `--jsonl` line is an error line. */
  maxRecordSize: number
  outputFile?: string
  jobs: number
  cache: boolean
  /** `--cache-location`, as given: see `cacheFile`. */
  cacheLocation?: string
  baseline?: string
  updateBaseline: boolean
  jsonl: boolean
  /** `--source`: the source the one file linted translates. */
  source?: string
  help: boolean
  version: boolean
}

/** A mistake in how mtlint was called: reported in one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

export const usage = `Usage: mtlint [options] [file|dir|glob ...]

Lint machine-translated articles: plain text, Markdown (.md, .markdown), HTML (.html, .htm) and
XLIFF (.xlf, .xliff; the targets, checked against their sources).
Directories are searched for .txt, .md, .markdown, .html and .htm files (more with --ext xlf,…).

Options:
  --fix                  apply safe fixes to the files in place
  --fix-dry-run          print the safe fixes as a unified diff, write nothing
  --format <name>        report format: stylish (default), json, sarif (SARIF 2.1.0) or github
                         (GitHub Actions annotations)
  --stdin                read the article from standard input
  --stdin-filename <p>   name standard input in reports and for finding configuration
  --ext <ext>            also search directories for files with this extension (repeatable)
  --config <file>        use this configuration file (overrides found .mtlintrc.json)
  --rule <id=severity>   set a rule to off, warn or error (repeatable)
  --quiet                report errors only
  --max-warnings <n>     exit 1 when there are more than n warnings (-1: no limit)
  --output-file <file>   write the --format report to a file; standard output gets the stylish report
  --baseline <file>      report, and fail on, any finding (warnings too) not recorded in this file
  --update-baseline      record the current findings in the --baseline file
  --max-file-size <n>    skip, as an error, files larger than n bytes (32MB, 512KB, 1GB; default 32MB)
  --jobs <n>             lint on n worker threads (default: the cores not already busy)
  --cache                skip files unchanged since the last run (not with --fix; the cache file is
                         node_modules/.cache/mtlint/.mtlintcache)
  --cache-location <p>   the cache file, or the folder for it (ending in / or an existing folder)
  --jsonl                read {"id", "text"} JSON lines on standard input, write one result line each
  --max-record-size <n>  with --jsonl: a longer line is an error line (default 16MB)
  --source <file>        check the one file linted (or --stdin) against this source text
  -h, --help             show this help
  -v, --version          show the version

Folder walks take regular files only and follow no link to a folder, nor a link out of the folder;
when they leave out entries, one line on standard error says how many.

Exit codes: 0 no errors, 1 errors (or too many warnings, or a new finding under --baseline), 2 bad
usage, a file that cannot be linted or written, or an internal failure.`

/** The options parseArgs accepts. */
const optionSpec = {
  fix: {type: 'boolean', default: false},
  'fix-dry-run': {type: 'boolean', default: false},
  format: {type: 'string', default: 'stylish'},
  stdin: {type: 'boolean', default: false},
  'stdin-filename': {type: 'string'},
  ext: {type: 'string', multiple: true, default: []},
  config: {type: 'string'},
  rule: {type: 'string', multiple: true, default: []},
  quiet: {type: 'boolean', default: false},
  'max-warnings': {type: 'string'},
  'output-file': {type: 'string'},
  'max-file-size': {type: 'string'},
  'max-record-size': {type: 'string'},
  jobs: {type: 'string'},
  cache: {type: 'boolean', default: false},
  'cache-location': {type: 'string'},
  baseline: {type: 'string'},
  'update-baseline': {type: 'boolean', default: false},
  jsonl: {type: 'boolean', default: false},
  source: {type: 'string'},
  help: {type: 'boolean', short: 'h', default: false},
  version: {type: 'boolean', short: 'v', default: false}
} satisfies NonNullable<ParseArgsConfig['options']>

export async function parseCliArgs(argv: string[]): Promise<CliOptions> {
  let parsed
  try {
    parsed = parseArgs({
      args: joinNegativeValues(argv),
      allowPositionals: true,
      strict: true,
      options: optionSpec
    })
  } catch (error) {
    throw new UsageError(withSuggestion((error as Error).message.split('\n')[0]))
  }

  const {values, positionals} = parsed
  const format = values.format as Format
  if (!formats.includes(format)) {
    throw new UsageError(`unknown format \`${format}\`, expected one of ${formats.join(', ')}`)
  }
  if (values.fix && values['fix-dry-run']) throw new UsageError('use either --fix or --fix-dry-run, not both')
  if (values.stdin && positionals.length > 0) throw new UsageError('use either --stdin or file paths, not both')
  if (values['stdin-filename'] !== undefined && !values.stdin && !values.jsonl) {
    throw new UsageError('--stdin-filename needs --stdin or --jsonl')
  }
  if (values['update-baseline'] && values.baseline === undefined) throw new UsageError('--update-baseline needs --baseline FILE')
  if (values.jsonl && (values.stdin || positionals.length > 0)) throw new UsageError('--jsonl reads standard input: give no --stdin or paths')
  // Options that would do nothing together are a mistake worth saying.
  const jsonlIgnores = ['fix-dry-run', 'baseline', 'cache', 'output-file', 'quiet', 'max-warnings', 'max-file-size'] as const
  const ignored = jsonlIgnores.find((name) => values[name] !== undefined && values[name] !== false)
  if (values.jsonl && (ignored !== undefined || values.format !== 'stylish')) {
    throw new UsageError(`--jsonl writes its own lines: it does not take --${ignored ?? 'format'}`)
  }
  if (values.source !== undefined && values.jsonl) throw new UsageError('--jsonl records carry their own `source`: it does not take --source')
  if (values['cache-location'] !== undefined && !values.cache) throw new UsageError('--cache-location needs --cache')
  if (values.cache && (values.fix || values['fix-dry-run'])) {
    throw new UsageError('--cache does nothing with --fix or --fix-dry-run: fixes are always made from the files themselves')
  }

  let maxWarnings: number | undefined
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings'])
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1) {
      throw new UsageError(`--max-warnings expects a whole number (or -1 for no limit), not \`${values['max-warnings']}\``)
    }
    // -1: no limit, as in ESLint.
    if (maxWarnings === -1) maxWarnings = undefined
  }

  const maxFileSize = values['max-file-size'] === undefined ? defaultMaxFileSize : parseSize(values['max-file-size'], '--max-file-size')

  const maxRecordSize = values['max-record-size'] === undefined ? 16 * 1024 * 1024 : parseSize(values['max-record-size'], '--max-record-size')
  if (values['max-record-size'] !== undefined && !values.jsonl) throw new UsageError('--max-record-size needs --jsonl')

  const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs)
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs expects a whole number of at least 1, not \`${values.jobs}\``)

  const rules: Record<string, Severity> = {}
  // The rules are loaded only to check ids given here: a run from the cache may never need them.
  const findRule = values.rule.length > 0 ? (await import('../config.js')).findRule : undefined
  for (const setting of values.rule) {
    const match = /^([a-z][a-z-]*)=(off|warn|error)$/.exec(setting)
    if (!match) throw new UsageError(`--rule expects id=off|warn|error, not \`${setting}\``)
    if (!findRule!(match[1])) throw new UsageError(`unknown rule \`${match[1]}\` in --rule`)
    rules[match[1]] = match[2] as Severity
  }

  const extensions = [...defaultExtensions]
  for (const value of values.ext.flatMap((ext) => ext.split(','))) {
    const ext = value.trim().replace(/^\./, '')
    if (!/^[\w.-]+$/.test(ext)) throw new UsageError(`--ext expects a file extension, not \`${value}\``)
    if (!extensions.includes(ext)) extensions.push(ext)
  }

  return {
    files: positionals,
    fix: values.fix,
    fixDryRun: values['fix-dry-run'],
    format,
    stdin: values.stdin,
    stdinFilename: values['stdin-filename'],
    extensions,
    config: values.config,
    rules,
    quiet: values.quiet,
    maxWarnings,
    maxFileSize,
    maxRecordSize,
    outputFile: values['output-file'],
    jobs,
    cache: values.cache,
    cacheLocation: values['cache-location'],
    baseline: values.baseline,
    updateBaseline: values['update-baseline'],
    jsonl: values.jsonl,
    source: values.source,
    help: values.help,
    version: values.version
  }
}

const sizeUnits: Record<string, number> = {'': 1, b: 1, kb: 1024, k: 1024, mb: 1024 ** 2, m: 1024 ** 2, gb: 1024 ** 3, g: 1024 ** 3}

/** A size in bytes: a whole number, or one with a unit (`512KB`, `32MB`, `1GB`; powers of 1024). */
export function parseSize(value: string, option: string): number {
  const match = /^(\d+)\s*([a-z]*)$/i.exec(value.trim())
  const unit = match ? sizeUnits[match[2].toLowerCase()] : undefined
  if (!match || unit === undefined) throw new UsageError(`${option} expects a size in bytes (such as 1000000 or 32MB), not \`${value}\``)
  const size = Number(match[1]) * unit
  if (!Number.isSafeInteger(size) || size < 1) throw new UsageError(`${option} expects a size of at least 1 byte, not \`${value}\``)
  return size
}

/** The names of the options, for suggestions. */
const optionNames = Object.keys(optionSpec)

/** parseArgs's `Unknown option '--fixx'.`, with the nearest option when one is near: `did you mean --fix?` */
function withSuggestion(message: string): string {
  const unknown = /^Unknown option '--([^']+)'/.exec(message)?.[1]
  if (unknown === undefined) return message
  let best: string | undefined
  let bestDistance = Math.max(2, Math.floor(unknown.length / 3)) + 1
  for (const name of optionNames) {
    const distance = editDistance(unknown, name)
    if (distance < bestDistance) [best, bestDistance] = [name, distance]
  }
  return best === undefined ? `Unknown option '--${unknown}'` : `Unknown option '--${unknown}', did you mean --${best}?`
}

/** Levenshtein distance, for a handful of short option names. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]
}

/** `--max-warnings -1`: parseArgs takes a value that starts with `-` for an option; join it as `--max-warnings=-1`. */
function joinNegativeValues(argv: readonly string[]): string[] {
  const joined: string[] = []
  for (let index = 0; index < argv.length; index++) {
    const name = argv[index].startsWith('--') ? argv[index].slice(2) : undefined
    const takesValue = name !== undefined && Object.hasOwn(optionSpec, name) && optionSpec[name as keyof typeof optionSpec].type === 'string'
    if (takesValue && /^-\d+$/.test(argv[index + 1] ?? '')) joined.push(`${argv[index]}=${argv[++index]}`)
    else joined.push(argv[index])
  }
  return joined
}
