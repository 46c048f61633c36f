import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {resolveRules} from '../config.js'
import type {Settings} from '../config.js'
import {configNames, ConfigFileError} from '../discover.js'
import {formatOf} from '../formats/extensions.js'
import {presets} from '../presets.js'
import {ruleUrl} from '../rule.js'
import type {Rule, Severity} from '../rule.js'
import {rules} from '../../rules/index.js'
import type {CliOptions} from './args.js'
import {createDiscovery, withOverrides} from './collect.js'
import {fail} from './io.js'
import type {CliIo} from './io.js'
import {writeFileAtomic} from './write-file.js'

/**
 * The commands that answer a question about the setup and lint nothing: `--print-config FILE`,
 * `--list-rules` and `--init`. A configuration that cannot be used is one line and exit code 2.
 */
export async function runSetupCommand(options: CliOptions, io: CliIo): Promise<number> {
  try {
    if (options.init) return await init(io)
    if (options.listRules) return await listRules(options, io)
    return await printConfig(options.printConfig!, options, io)
  } catch (error) {
    if (error instanceof ConfigFileError) return fail(io, error.message)
    throw error
  }
}

/** A file's settings as the run would use them: found (or `--config`), with `--rule` on top. */
async function settingsFor(file: string, options: CliOptions, io: CliIo) {
  const discovery = createDiscovery(options, io.cwd)
  const absolute = path.resolve(io.cwd, file)
  const found = await discovery.configFor(absolute)
  return {found, settings: withOverrides(found.settings, options.rules), ignored: await discovery.isIgnored(absolute)}
}

/** Every rule with the severity and options these settings give it (defaults filled in), `off` for the others. */
function effectiveRules(settings: Settings): Record<string, Severity | [Severity, Record<string, unknown>]> {
  const active = new Map(resolveRules(settings).map((entry) => [entry.rule.id, entry]))
  const effective: Record<string, Severity | [Severity, Record<string, unknown>]> = {}
  for (const rule of rules) {
    const entry = active.get(rule.id)
    const defaults = rule.definition.defaultOptions as Record<string, unknown> | undefined
    if (!entry) effective[rule.id] = 'off'
    else if (defaults) effective[rule.id] = [entry.severity, {...defaults, ...(entry.options as object)}]
    else effective[rule.id] = entry.severity
  }
  return effective
}

/** `--print-config FILE`: the settings that apply to the file, as ESLint's `--print-config` prints them. The file need not exist. */
async function printConfig(file: string, options: CliOptions, io: CliIo): Promise<number> {
  const {found, settings, ignored} = await settingsFor(file, options, io)
  const shown = (absolute: string) => path.relative(io.cwd, absolute).split(path.sep).join('/') || '.'
  const printed = {
    file: shown(path.resolve(io.cwd, file)),
    configFile: found.file === undefined ? null : shown(found.file),
    ignored,
    format: formatOf(file),
    preset: settings.preset ?? 'recommended',
    rules: effectiveRules(settings),
    allow: settings.allow ?? [],
    ignore: settings.ignore ?? []
  }
  io.stdout.write(JSON.stringify(printed, null, 2) + '\n')
  return 0
}

interface RuleRow {
  id: string
  family: string
  fix: string
  severity: Severity
  url: string
}

/**
 * `--list-rules`: every rule with its family, fix safety, the severity the configuration of the
 * working folder gives it (its preset, its `rules`, and `--rule`), and its documentation.
 */
async function listRules(options: CliOptions, io: CliIo): Promise<number> {
  const {config} = await createDiscovery(options, io.cwd).folder(io.cwd)
  if (config instanceof ConfigFileError) throw config
  const settings = withOverrides(config.settings, options.rules)
  const effective = effectiveRules(settings)
  const rows: RuleRow[] = rules.map((rule: Rule) => ({
    id: rule.id,
    family: rule.definition.category,
    fix: rule.definition.fix,
    severity: severityOf(effective[rule.id]),
    url: rule.definition.url ?? ruleUrl(rule.id)
  }))
  if (options.format === 'json') {
    io.stdout.write(JSON.stringify({preset: settings.preset ?? 'recommended', rules: rows}, null, 2) + '\n')
    return 0
  }
  const header: RuleRow = {id: 'rule', family: 'family', fix: 'fix', severity: 'severity' as Severity, url: 'documentation'}
  const columns = ['id', 'family', 'fix', 'severity'] as const
  const widths = columns.map((column) => Math.max(...[header, ...rows].map((row) => row[column].length)))
  const line = (row: RuleRow) => columns.map((column, index) => row[column].padEnd(widths[index])).join('  ') + '  ' + row.url
  io.stdout.write([header, ...rows].map(line).join('\n') + `\n\npreset: ${settings.preset ?? 'recommended'}\n`)
  return 0
}

function severityOf(entry: Severity | [Severity, unknown]): Severity {
  return Array.isArray(entry) ? entry[0] : entry
}

/** What `--init` writes: JSON with comments, which the configuration loader reads (see `json-comments.ts`). */
export const initialConfig = `// mtlint configuration. JSON with comments: // and /* */ are allowed, trailing commas are not.
// mtlint --print-config FILE shows the settings a file gets; mtlint --list-rules lists the rules.
{
  // ${Object.keys(presets).map((name) => `"${name}"`).join(', ')}. "recommended" (the default) holds the rules precise
  // enough to be on by default; "strict" finds more at the cost of precision; "none" runs only
  // the rules listed below.
  "preset": "recommended",

  // Over the preset: a rule id and "off", "warn" or "error", or [severity, {options}] (each
  // rule's page lists its options). For example:
  //   "repeated-phrase": "error",
  //   "dash-style": ["warn", {"style": "em"}]
  "rules": {},

  // Phrases that no rule flags: names, quotations that must stay as they are.
  "allow": [],

  // Files not to lint: globs relative to this file, as in .gitignore.
  "ignore": []
}
`

/** `--init`: a commented starting `.mtlintrc.json` in the working folder; never over an existing configuration. */
async function init(io: CliIo): Promise<number> {
  const existing = configNames.find((name) => {
    const file = path.join(io.cwd, name)
    if (!existsSync(file)) return false
    if (name !== 'package.json') return true
    try {
      return (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> | null)?.mtlint !== undefined
    } catch {
      return false
    }
  })
  if (existing !== undefined) return fail(io, `${existing === 'package.json' ? 'package.json (its `mtlint` key)' : existing} already configures mtlint here; not writing .mtlintrc.json`)
  const target = path.join(io.cwd, '.mtlintrc.json')
  await writeFileAtomic(target, initialConfig)
  io.stdout.write(`mtlint: wrote .mtlintrc.json (preset "recommended"); see mtlint --list-rules for the rules\n`)
  return 0
}
