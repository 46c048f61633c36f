import {parseArgs} from 'node:util'
import type {ParseArgsConfig} from 'node:util'
import {defaultExtensions} from '../formats/extensions.js'
import {defaultJobs} from './scheduler.js'
import {didYouMean} from '../nearest.js'
import type {Severity} from '../rule.js'
import {defaultMaxFileSize} from '../text-file.js'

export type Format = 'stylish' | 'json' | 'sarif' | 'github' | 'junit' | 'codeclimate'
export const formats: readonly Format[] = ['stylish', 'json', 'sarif', 'github', 'junit', 'codeclimate']

/** How `--fix-dry-run` shows a change: the changed words with a little context, or a unified diff of lines. */
export type DiffStyle = 'words' | 'unified'
const diffStyles: readonly DiffStyle[] = ['words', 'unified']

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
  /** `--color` (true), `--no-color` (false), or neither: see `useColor`. */
  color?: boolean
  /** `--diff`: unset means words on a terminal, a unified diff otherwise. */
  diff?: DiffStyle
  /** `--rule-urls`: the stylish report gives each rule's documentation URL. */
  ruleUrls: boolean
  /** `--ignore-path`: these ignore files instead of the `.mtlintignore` files found. */
  ignorePaths: string[]
  /** `--no-ignore`: no ignore file, no `ignore` setting. */
  noIgnore: boolean
  /** `--print-config FILE`: print the settings for that file and stop. */
  printConfig?: string
  listRules: boolean
  init: boolean
  help: boolean
  version: boolean
}

/** A mistake in how mtlint was called: reported in one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

export const usage = `Usage: mtlint [options] [file|dir|glob|- ...]

Lint machine-translated articles: plain text, Markdown (.md, .markdown, .mdown, .mkd), HTML
(.html, .htm, .xhtml) and XLIFF (.xlf, .xliff; the targets, checked against their sources).
Folders are searched for the article extensions and .txt, in any case (.TXT too); XLIFF files only
with --ext xlf,xliff. With no path, the working folder is linted; \`-\` reads standard input.

Input:
  --stdin                read the article from standard input (as does the path -)
  --stdin-filename <p>   the name of standard input: in reports, and for its format, configuration
                         and ignore files
  --ext <ext>            also search folders for files with this extension (repeatable)
  --ignore-path <file>   use this ignore file (gitignore syntax) instead of .mtlintignore
                         (repeatable); .gitignore is not read unless given here
  --no-ignore            lint ignored files too (.mtlintignore, --ignore-path, \`ignore\` in
                         configuration)
  --max-file-size <n>    skip, as an error, files larger than n bytes (32MB, 512KB, 1GB; default 32MB)

Fixing:
  --fix                  apply safe fixes to the files in place
  --fix-dry-run          show the safe fixes, write nothing: the changed words on a terminal, a
                         unified diff otherwise
  --diff <style>         how --fix-dry-run shows them: words ([-old-]{+new+}, with context) or
                         unified

Output:
  --format <name>        report format: stylish (default), json, sarif (SARIF 2.1.0), github
                         (GitHub Actions annotations), junit (JUnit XML) or codeclimate (GitLab
                         code quality)
  --output-file <file>   write the --format report to a file; standard output gets the stylish report
  --quiet                report errors only
  --rule-urls            stylish: give each rule's documentation URL (a terminal that supports
                         links gets the rule ids as links anyway)
  --color, --no-color    colour the report or not (default: on a terminal, unless NO_COLOR is set;
                         FORCE_COLOR=1 or 0 overrides NO_COLOR)

Configuration:
  --config <file>        use this configuration file (overrides found .mtlintrc.json)
  --rule <id=severity>   set a rule to off, warn or error (repeatable)
  --print-config <file>  print the settings that apply to this file, as JSON
  --list-rules           list the rules: id, family, fix, severity in the active preset, docs URL
                         (--format json for JSON)
  --init                 write a commented starting .mtlintrc.json in the working folder

Gating:
  --max-warnings <n>     exit 1 when there are more than n warnings (-1: no limit)
  --baseline <file>      report, and fail on, any finding (warnings too) not recorded in this file
  --update-baseline      record the current findings in the --baseline file

Large runs:
  --jobs <n>             lint on n worker threads (default: the cores not already busy)
  --cache                skip files unchanged since the last run (not with --fix; the cache file is
                         node_modules/.cache/mtlint/.mtlintcache)
  --cache-location <p>   the cache file, or the folder for it (ending in / or an existing folder)
  --jsonl                read {"id", "text"} JSON lines on standard input, write one result line each
  --max-record-size <n>  with --jsonl: a longer line is an error line (default 16MB)

Source checks:
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
  color: {type: 'boolean'},
  'no-color': {type: 'boolean'},
  diff: {type: 'string'},
  'rule-urls': {type: 'boolean', default: false},
  'ignore-path': {type: 'string', multiple: true, default: []},
  'no-ignore': {type: 'boolean', default: false},
  'print-config': {type: 'string'},
  'list-rules': {type: 'boolean', default: false},
  init: {type: 'boolean', default: false},
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

  const {values} = parsed
  // `-` is standard input, as for most commands that read files.
  const dash = parsed.positionals.includes('-')
  const positionals = parsed.positionals.filter((positional) => positional !== '-')
  if (dash && (positionals.length > 0 || values.stdin)) throw new UsageError('`-` reads standard input: give no other paths, nor --stdin')
  const stdin = values.stdin || dash
  const format = values.format as Format
  if (!formats.includes(format)) {
    throw new UsageError(`unknown format \`${format}\`${didYouMean(format, formats)}, expected one of ${formats.join(', ')}`)
  }
  const diff = values.diff as DiffStyle | undefined
  if (diff !== undefined && !diffStyles.includes(diff)) {
    throw new UsageError(`unknown --diff style \`${diff}\`${didYouMean(diff, diffStyles)}, expected words or unified`)
  }
  checkCombinations(values, positionals, stdin)

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
  const config = values.rule.length > 0 ? await import('../config.js') : undefined
  for (const setting of values.rule) {
    const match = /^([a-z][a-z-]*)=(off|warn|error)$/.exec(setting)
    if (!match) throw new UsageError(`--rule expects id=off|warn|error, not \`${setting}\``)
    if (!config!.findRule(match[1])) throw new UsageError(`unknown rule \`${match[1]}\` in --rule${didYouMean(match[1], config!.ruleIds)}`)
    rules[match[1]] = match[2] as Severity
  }

  const extensions = [...defaultExtensions]
  for (const value of values.ext.flatMap((ext) => ext.split(','))) {
    const ext = value.trim().replace(/^\./, '')
    if (!/^[\w.-]+$/.test(ext)) throw new UsageError(`--ext expects a file extension, not \`${value}\``)
    if (!extensions.includes(ext)) extensions.push(ext)
  }

  return {
    // With no path, the working folder, as ESLint does.
    files: positionals.length === 0 && !stdin ? ['.'] : positionals,
    fix: values.fix,
    fixDryRun: values['fix-dry-run'],
    format,
    stdin,
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
    color: values.color ? true : values['no-color'] ? false : undefined,
    diff,
    ruleUrls: values['rule-urls'],
    ignorePaths: values['ignore-path'],
    noIgnore: values['no-ignore'],
    printConfig: values['print-config'],
    listRules: values['list-rules'],
    init: values.init,
    help: values.help,
    version: values.version
  }
}

type Values = ReturnType<typeof parseArgs<{options: typeof optionSpec; allowPositionals: true; strict: true}>>['values']

/** Options that contradict each other, or that would do nothing together, are a mistake worth saying. */
function checkCombinations(values: Values, positionals: readonly string[], stdin: boolean): void {
  const given = (name: keyof Values) => {
    const value = values[name]
    return value !== undefined && value !== false && !(Array.isArray(value) && value.length === 0)
  }
  // A command that answers a question about the setup, and lints nothing.
  const queries = (['print-config', 'list-rules', 'init'] as const).filter(given)
  if (queries.length > 1) throw new UsageError(`use one of --${queries.join(', --')} at a time`)
  if (queries.length === 1) {
    const lintOptions = ['fix', 'fix-dry-run', 'stdin', 'jsonl', 'baseline', 'cache', 'output-file', 'max-warnings', 'quiet', 'diff', 'rule-urls'] as const
    const extra = lintOptions.find(given)
    if (extra !== undefined || positionals.length > 0 || stdin) {
      throw new UsageError(`--${queries[0]} lints nothing: it does not take ${extra ? `--${extra}` : 'paths'}`)
    }
    if (values.format !== 'stylish' && !(queries[0] === 'list-rules' && values.format === 'json')) {
      throw new UsageError(`--${queries[0]} does not take --format${queries[0] === 'list-rules' ? ' other than json' : ''}`)
    }
  }
  if (values.fix && values['fix-dry-run']) throw new UsageError('use either --fix or --fix-dry-run, not both')
  if (values.stdin && positionals.length > 0) throw new UsageError('use either --stdin or file paths, not both')
  if (values['stdin-filename'] !== undefined && !stdin && !values.jsonl) {
    throw new UsageError('--stdin-filename needs --stdin (or -) or --jsonl')
  }
  if (values['update-baseline'] && values.baseline === undefined) throw new UsageError('--update-baseline needs --baseline FILE')
  if (values.jsonl && (stdin || positionals.length > 0)) throw new UsageError('--jsonl reads standard input: give no --stdin or paths')
  const jsonlIgnores = ['fix-dry-run', 'baseline', 'cache', 'output-file', 'quiet', 'max-warnings', 'max-file-size', 'ignore-path', 'no-ignore', 'rule-urls'] as const
  const ignored = jsonlIgnores.find(given)
  if (values.jsonl && (ignored !== undefined || values.format !== 'stylish')) {
    throw new UsageError(`--jsonl writes its own lines: it does not take --${ignored ?? 'format'}`)
  }
  if (values.source !== undefined && values.jsonl) throw new UsageError('--jsonl records carry their own `source`: it does not take --source')
  if (values['cache-location'] !== undefined && !values.cache) throw new UsageError('--cache-location needs --cache')
  if (values.cache && (values.fix || values['fix-dry-run'])) {
    throw new UsageError('--cache does nothing with --fix or --fix-dry-run: fixes are always made from the files themselves')
  }
  if (values.cache && stdin) throw new UsageError('--cache does nothing with standard input: only files are cached')
  if (values.color && values['no-color']) throw new UsageError('use either --color or --no-color, not both')
  if (values['no-ignore'] && values['ignore-path'].length > 0) throw new UsageError('--no-ignore reads no ignore file: it does not take --ignore-path')
  if (values.diff !== undefined && !values['fix-dry-run']) throw new UsageError('--diff needs --fix-dry-run')
  if (values['rule-urls'] && values.format !== 'stylish' && values['output-file'] === undefined) {
    throw new UsageError(`--rule-urls is for the stylish report, not --format ${values.format}`)
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
  return `Unknown option '--${unknown}'${didYouMean(unknown, optionNames, (name) => `--${name}`)}`
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
