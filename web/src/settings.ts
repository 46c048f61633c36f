/** The playground's settings as `.mtlintrc.json` holds them: a preset, and the rules set apart from it. */
import type {RuleSetting, Settings} from '../../src/config.js'
import {presets} from '../../src/presets.js'
import type {PresetName} from '../../src/presets.js'
import type {Severity} from '../../src/rule.js'

export const presetNames = Object.keys(presets) as PresetName[]

/** A rule's severity and options in a preset (`off` when the preset does not hold it). */
export function presetEntry(preset: PresetName, id: string): {severity: Severity; options?: Readonly<Record<string, unknown>>} {
  const entry = presets[preset][id]
  if (entry === undefined) return {severity: 'off'}
  return typeof entry === 'string' ? {severity: entry} : {severity: entry[0], options: entry[1]}
}

/**
 * Settings for a preset and the severities chosen for some rules: only the rules whose severity
 * differs from the preset's are written, keeping the preset's options for a rule that has some.
 */
export function settingsFor(preset: PresetName, chosen: ReadonlyMap<string, Severity>): Settings {
  const rules: Record<string, RuleSetting> = {}
  for (const [id, severity] of [...chosen].sort(([a], [b]) => a.localeCompare(b))) {
    const entry = presetEntry(preset, id)
    if (severity === entry.severity) continue
    rules[id] = entry.options && severity !== 'off' ? [severity, {...entry.options}] : severity
  }
  return Object.keys(rules).length > 0 ? {preset, rules} : {preset}
}
