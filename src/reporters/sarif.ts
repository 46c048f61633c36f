import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {rules} from '../../rules/index.js'
import {recommended, severityIn, strict} from '../presets.js'
import {ruleUrl} from '../rule.js'
import type {FixSafety, Rule, Severity} from '../rule.js'
import {isFailure, parseLimitRuleId, rangeOf} from '../message.js'

/**
 * SARIF 2.1.0 (OASIS), the subset GitHub code scanning reads plus the parts other viewers use:
 * rule metadata, regions (1-based lines and columns in UTF-16 code units, and character offsets),
 * and fixes. Only the types this reporter writes are declared.
 */
export interface SarifLog {
  $schema: string
  version: '2.1.0'
  runs: SarifRun[]
}

type Level = 'none' | 'note' | 'warning' | 'error'

interface Text {
  text: string
  markdown?: string
}

interface SarifRegion {
  startLine: number
  startColumn: number
  endLine: number
  endColumn: number
  charOffset?: number
  charLength?: number
}

interface SarifArtifactLocation {
  uri?: string
  uriBaseId?: string
  index?: number
  description?: Text
}

interface SarifPhysicalLocation {
  artifactLocation: SarifArtifactLocation
  region?: SarifRegion
}

interface SarifRule {
  id: string
  name: string
  shortDescription: Text
  fullDescription: Text
  help: Text
  helpUri?: string
  defaultConfiguration: {enabled?: boolean; level: Level}
  properties: {tags: string[]; fix?: string}
}

interface SarifFix {
  description: Text
  artifactChanges: Array<{
    artifactLocation: SarifArtifactLocation
    replacements: Array<{deletedRegion: SarifRegion; insertedContent: {text: string}}>
  }>
  properties: {safe: boolean}
}

interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: Level
  message: Text
  locations: Array<{physicalLocation: SarifPhysicalLocation}>
  fixes?: SarifFix[]
  properties?: {messageId: string}
}

interface SarifNotification {
  level: Level
  message: Text
  locations: Array<{physicalLocation: SarifPhysicalLocation}>
  associatedRule?: {id: string; index?: number}
}

interface SarifRun {
  tool: {
    driver: {
      name: string
      version: string
      semanticVersion?: string
      informationUri: string
      rules: SarifRule[]
    }
  }
  invocations: Array<{executionSuccessful: boolean; toolExecutionNotifications?: SarifNotification[]}>
  originalUriBaseIds: Record<string, {uri: string}>
  artifacts: Array<{location: SarifArtifactLocation; roles: ['analysisTarget']; mimeType?: string}>
  results: SarifResult[]
  columnKind: 'utf16CodeUnits'
}

export const sarifSchema = 'https://json.schemastore.org/sarif-2.1.0.json'
export const informationUri = 'https://github.com/mtlint/mtlint'

const srcRoot = '%SRCROOT%'
/** SemVer 2.0, as SARIF's `semanticVersion` wants it. */
const semver = /^\d+\.\d+\.\d+(?:-[\da-z.-]+)?(?:\+[\da-z.-]+)?$/i
const mimeTypes: Readonly<Record<string, string>> = {
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
  '.mdown': 'text/markdown',
  '.mkd': 'text/markdown',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.xhtml': 'application/xhtml+xml'
}

const fixTexts: Readonly<Record<FixSafety, string>> = {
  safe: 'Fix: safe (`mtlint --fix` applies it).',
  suggestion: 'Fix: suggestion (for a person to review; `--fix` never applies it).',
  none: 'Fix: none (detection only).'
}

/** Not a rule module: the processor reports control comments that name an unknown rule under this id. */
const controlComment: SarifRule = {
  id: 'control-comment',
  name: 'ControlComment',
  shortDescription: {text: 'Flags a control comment that names an unknown rule'},
  fullDescription: {text: 'Flags an mtlint control comment that names a rule mtlint does not have, so that it suppresses nothing.'},
  help: {text: 'Correct the rule id in the control comment, or remove the comment.'},
  defaultConfiguration: {level: 'error'},
  properties: {tags: ['configuration']}
}

/** Not a rule module: the processor reports a part of an article too long to lint under this id. */
const parseLimit: SarifRule = {
  id: parseLimitRuleId,
  name: 'ParseLimit',
  shortDescription: {text: 'Flags a part of an article too long to lint'},
  fullDescription: {text: 'Flags a run without white space too long to parse as prose (a megabyte of `a.a.a.`): it is not linted, the rest of the article is.'},
  help: {text: 'Check that the file is an article; break the run with white space to have it linted.'},
  defaultConfiguration: {level: 'warning'},
  properties: {tags: ['input']}
}

/** The descriptors of every rule, built once: their order gives each rule its `ruleIndex`. */
let descriptors: readonly SarifRule[] | undefined

function ruleDescriptors(): readonly SarifRule[] {
  return (descriptors ??= [...rules.map(describeRule), controlComment, parseLimit])
}

function unknownRule(id: string): SarifRule {
  return {
    id,
    name: id,
    shortDescription: {text: id},
    fullDescription: {text: id},
    help: {text: id},
    defaultConfiguration: {level: 'warning'},
    properties: {tags: []}
  }
}

function describeRule(rule: Rule): SarifRule {
  const {id, description, category, fix} = rule.definition
  const url = ruleUrl(id)
  const enabled = isOn(severityIn(recommended, id))
  // A rule outside `recommended` is off by default; its level is the one it has when turned on.
  const severity = enabled ? severityIn(recommended, id) : severityIn(strict, id)
  const fixText = fixTexts[fix]
  return {
    id,
    name: id.replace(/(?:^|-)([a-z])/g, (_, letter: string) => letter.toUpperCase()),
    shortDescription: {text: description},
    fullDescription: {text: `${description}. ${fixText}`},
    help: {
      text: `${description}. ${fixText} See ${url}`,
      markdown: `${description}. ${fixText}\n\n[Documentation of \`${id}\`](${url})`
    },
    helpUri: url,
    defaultConfiguration: enabled ? {level: toLevel(severity)} : {enabled: false, level: toLevel(severity)},
    properties: {tags: [category], fix}
  }
}

/** `fatal` is an error, a warning otherwise; vfile's informational messages (`fatal` unset) are notes. */
function toResultLevel(message: VFileMessage): Level {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'note'
}

function isOn(severity: Severity | undefined): boolean {
  return severity !== undefined && severity !== 'off'
}

function toLevel(severity: Severity | undefined): Level {
  return severity === 'error' ? 'error' : 'warning'
}

/**
 * One SARIF log with one run. Every message with a rule id is a result (`control-comment` and `parse-limit` too);
 * file errors and crashed rules are tool execution notifications, not results.
 */
export function reportSarif(files: readonly VFile[], options: {cwd: string; version: string}): string {
  const known = ruleDescriptors()
  const driverRules: SarifRule[] = [...known]
  const ruleIndex = new Map(known.map((rule, index) => [rule.id, index]))
  const indexOf = (id: string): number => {
    let index = ruleIndex.get(id)
    if (index === undefined) {
      // A message from a rule mtlint does not know (a plugin): describe it by its id alone.
      index = driverRules.push(unknownRule(id)) - 1
      ruleIndex.set(id, index)
    }
    return index
  }

  const artifacts: SarifRun['artifacts'] = []
  const results: SarifResult[] = []
  const notifications: SarifNotification[] = []

  for (const file of files) {
    const base = artifactLocation(file, options.cwd)
    const location: SarifArtifactLocation = {...base, index: artifacts.length}
    const mimeType = file.path ? mimeTypes[path.extname(file.path).toLowerCase()] : undefined
    artifacts.push({location: base, roles: ['analysisTarget'], ...(mimeType ? {mimeType} : {})})

    for (const message of file.messages) {
      const region = toRegion(message)
      const physicalLocation: SarifPhysicalLocation = region ? {artifactLocation: location, region} : {artifactLocation: location}
      if (isFailure(message) || !message.ruleId) {
        notifications.push({
          level: toResultLevel(message),
          message: {text: message.reason},
          locations: [{physicalLocation}],
          ...(message.ruleId ? {associatedRule: {id: message.ruleId, index: indexOf(message.ruleId)}} : {})
        })
        continue
      }
      const result: SarifResult = {
        ruleId: message.ruleId,
        ruleIndex: indexOf(message.ruleId),
        level: toResultLevel(message),
        message: {text: message.reason},
        locations: [{physicalLocation}]
      }
      const fixes = region ? toFixes(message, location, region) : []
      if (fixes.length > 0) result.fixes = fixes
      if (message.messageId) result.properties = {messageId: message.messageId}
      results.push(result)
    }
  }

  const log: SarifLog = {
    $schema: sarifSchema,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mtlint',
            version: options.version,
            ...(semver.test(options.version) ? {semanticVersion: options.version} : {}),
            informationUri,
            rules: driverRules
          }
        },
        invocations: [
          notifications.length > 0
            ? {
                executionSuccessful: !notifications.some((notification) => notification.level === 'error'),
                toolExecutionNotifications: notifications
              }
            : {executionSuccessful: true}
        ],
        originalUriBaseIds: {[srcRoot]: {uri: directoryUri(options.cwd)}},
        artifacts,
        results,
        columnKind: 'utf16CodeUnits'
      }
    ]
  }
  return JSON.stringify(log, null, 2) + '\n'
}

/** Where a file is: relative to `%SRCROOT%` (the cwd) when it is inside it, an absolute `file:` URI otherwise. */
function artifactLocation(file: VFile, cwd: string): SarifArtifactLocation {
  if (!file.path) return {description: {text: 'standard input'}}
  const absolute = path.resolve(file.cwd ?? cwd, file.path)
  const relative = path.relative(cwd, absolute)
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    return {uri: pathToFileURL(absolute).href}
  }
  // Each segment percent-encoded: a space, `#`, `%` or a `:` in the first segment would not be a relative reference.
  return {uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: srcRoot}
}

/** `file:` URI of a directory; SARIF wants it to end with a slash. */
function directoryUri(directory: string): string {
  const href = pathToFileURL(path.resolve(directory)).href
  return href.endsWith('/') ? href : href + '/'
}

/** vfile points are 1-based lines and columns in UTF-16 code units, with an exclusive end: as SARIF's. */
function toRegion(message: VFileMessage): SarifRegion | undefined {
  const range = rangeOf(message)
  if (!range) return undefined
  const {start, end} = range
  const region: SarifRegion = {startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column}
  if (start.offset !== undefined && end.offset !== undefined) {
    region.charOffset = start.offset
    region.charLength = end.offset - start.offset
  }
  return region
}

/**
 * The safe fix, or each suggested replacement as a fix whose description says it needs review
 * (`properties.safe` tells them apart). Code scanning ignores fixes; editors' SARIF viewers offer them.
 */
function toFixes(message: VFileMessage, location: SarifArtifactLocation, region: SarifRegion): SarifFix[] {
  const expected = message.expected
  if (!expected || expected.length === 0) return []
  const safe = message.fixable === true
  const actual = message.actual ?? ''
  return expected.map((text) => ({
    description: {
      text: safe
        ? `${capitalize(describeEdit(actual, text))} (safe: \`mtlint --fix\` applies it)`
        : `Suggestion, review before applying: ${describeEdit(actual, text)}`
    },
    artifactChanges: [{artifactLocation: location, replacements: [{deletedRegion: region, insertedContent: {text}}]}],
    properties: {safe}
  }))
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function describeEdit(actual: string, text: string): string {
  if (text === '') return `delete \`${actual}\``
  if (actual === '') return `insert \`${text}\``
  return `replace \`${actual}\` with \`${text}\``
}
