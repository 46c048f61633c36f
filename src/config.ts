import {rules as allRules} from '../rules/index.js'
import type {ActiveRule} from './lint.js'
import {presets} from './presets.js'
import type {PresetName} from './presets.js'
import type {Rule, Severity} from './rule.js'
import {parseLimitRuleId} from './message.js'
import {checkOptions, OptionError} from './rule-options.js'
import {checkSourceSetting} from './source/setting.js'
import type {SourceSetting} from './source/setting.js'
import {didYouMean} from './nearest.js'

export type RuleSetting = Severity | [Severity] | [Severity, Record<string, unknown>]

/** The shape of `.mtlintrc.json`, of the `mtlint` key in `package.json`, and of the plugin's options. */
export interface Settings {
  preset?: PresetName
  rules?: Record<string, RuleSetting>
  /** Phrases that no rule flags (names, quotations that must stay as they are). */
  allow?: string[]
  /** Globs, relative to the configuration file, of files not to lint. */
  ignore?: string[]
  /** The naming convention that pairs each translation with its source file, for the source-* rules. */
  source?: SourceSetting
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

const severities = new Set<string>(['off', 'warn', 'error'])
const rulesById = new Map<string, Rule>(allRules.map((rule) => [rule.id, rule]))

/**
 * Whether a message may carry this rule id: a rule's, `control-comment` (a directive naming no
 * rule) or `parse-limit` (a part too long to lint).
 */
export function isKnownRuleId(id: string): boolean {
  return rulesById.has(id) || id === 'control-comment' || id === parseLimitRuleId
}

/** Every rule id, in the registry's order. */
export const ruleIds: readonly string[] = allRules.map((rule) => rule.id)

export function findRule(id: string): Rule | undefined {
  return rulesById.get(id)
}

/** Check settings and throw a `ConfigError` naming the first unknown preset, rule id or severity. */
export function validateSettings(settings: unknown, allowed: ReadonlySet<string> = settingKeys): Settings {
  if (settings === undefined || settings === null) return {}
  if (typeof settings !== 'object' || Array.isArray(settings)) throw new ConfigError('expected an object')
  const {preset, rules, allow, ignore, source} = settings as Record<string, unknown>
  const unknownKey = Object.keys(settings).find((key) => !allowed.has(key))
  if (unknownKey) throw new ConfigError(`unknown setting \`${unknownKey}\`${didYouMean(unknownKey, allowed)}`)
  if (preset !== undefined && !(typeof preset === 'string' && Object.hasOwn(presets, preset))) {
    throw new ConfigError(`unknown preset \`${String(preset)}\`, expected one of ${Object.keys(presets).join(', ')}`)
  }
  for (const [key, list] of [['allow', allow], ['ignore', ignore]] as const) {
    if (list !== undefined && !(Array.isArray(list) && list.every((item) => typeof item === 'string'))) {
      throw new ConfigError(`\`${key}\` must be a list of strings`)
    }
  }
  const sourceProblem = source === undefined ? undefined : checkSourceSetting(source)
  if (sourceProblem) throw new ConfigError(sourceProblem)
  if (rules !== undefined) {
    if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) {
      throw new ConfigError('`rules` must be an object of rule ids')
    }
    for (const [id, value] of Object.entries(rules)) {
      if (!rulesById.has(id)) throw new ConfigError(`unknown rule \`${id}\`${didYouMean(id, rulesById.keys())}`)
      const severity = Array.isArray(value) ? value[0] : value
      if (typeof severity !== 'string' || !severities.has(severity)) {
        throw new ConfigError(`rule \`${id}\`: expected severity off, warn or error, not \`${JSON.stringify(value)}\``)
      }
      if (Array.isArray(value) && value.length > 2) {
        throw new ConfigError(`rule \`${id}\`: expected [severity] or [severity, options], not ${value.length} entries`)
      }
      if (Array.isArray(value) && value.length > 1) {
        // A misspelt option or a value the rule does not know would be ignored, or worse, written into an article.
        try {
          checkOptions(rulesById.get(id)!.definition.schema, value[1])
        } catch (error) {
          if (error instanceof OptionError) throw new ConfigError(`rule \`${id}\`: ${error.message}`)
          throw error
        }
      }
    }
  }
  return settings as Settings
}

/** The keys a configuration file may hold. */
export const settingKeys: ReadonlySet<string> = new Set(['preset', 'rules', 'allow', 'ignore', 'source'])

/** The rules to run, with severities and options, for validated settings. */
export function resolveRules(settings: Settings = {}): ActiveRule[] {
  const preset = presets[settings.preset ?? 'recommended']
  const chosen = new Map<string, ActiveRule>()
  const choose = (id: string, [severity, options]: readonly [Severity, unknown?]) => {
    if (severity === 'off') chosen.delete(id)
    else chosen.set(id, {rule: rulesById.get(id)!, severity, options})
  }
  for (const [id, entry] of Object.entries(preset)) choose(id, typeof entry === 'string' ? [entry] : entry)
  for (const [id, value] of Object.entries(settings.rules ?? {})) choose(id, Array.isArray(value) ? value : [value])
  return allRules.filter((rule) => chosen.has(rule.id)).map((rule) => chosen.get(rule.id)!)
}
