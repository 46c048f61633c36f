/**
 * The shape of a rule's options, declared beside its defaults and checked wherever options come in
 * (a configuration file, a preset, a plugin's options), as ESLint checks `meta.schema`: a typo in a
 * configuration must never reach an article.
 */
export type OptionSpec =
  | {type: 'enum'; values: readonly string[]}
  | {type: 'boolean'}
  | {type: 'integer'; min: number; max: number}
  | {type: 'strings'}

/** One spec per option; a rule's defaults must fit it (a test checks every rule). */
export type OptionsSchema<Options> = {readonly [Key in keyof Options]: OptionSpec}

/** A wrong option value or name; the message names the option, the value and what is accepted. */
export class OptionError extends Error {
  override name = 'OptionError'
}

function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  try {
    const json = JSON.stringify(value)
    return json === undefined ? String(value) : json.length > 60 ? `${json.slice(0, 59)}…` : json
  } catch {
    return String(value)
  }
}

/** What a spec accepts, in words: `one of auto, curly, straight`, `a whole number from 1 to 100`. */
export function describeSpec(spec: OptionSpec): string {
  switch (spec.type) {
    case 'enum':
      return `one of ${spec.values.map((value) => JSON.stringify(value)).join(', ')}`
    case 'boolean':
      return 'true or false'
    case 'integer':
      return `a whole number from ${spec.min} to ${spec.max}`
    case 'strings':
      return 'a list of strings'
  }
}

function fits(spec: OptionSpec, value: unknown): boolean {
  switch (spec.type) {
    case 'enum':
      return typeof value === 'string' && spec.values.includes(value)
    case 'boolean':
      return typeof value === 'boolean'
    case 'integer':
      return Number.isInteger(value) && (value as number) >= spec.min && (value as number) <= spec.max
    case 'strings':
      return Array.isArray(value) && value.every((item) => typeof item === 'string')
  }
}

/**
 * Check options against a rule's schema; throws an `OptionError` naming the first option that is
 * unknown or has a value the schema does not accept. Names are looked up as own keys, so that
 * `__proto__` or `toString` is an unknown option like any other.
 */
export function checkOptions(schema: Readonly<Record<string, OptionSpec>> | undefined, options: unknown): void {
  if (options === undefined || options === null) return
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new OptionError(`options must be an object, not \`${shown(options)}\``)
  }
  const known = schema ? Object.keys(schema) : []
  for (const [name, value] of Object.entries(options)) {
    if (!schema || !Object.hasOwn(schema, name)) {
      const expected = known.length > 0 ? `, expected one of ${known.join(', ')}` : ': the rule has no options'
      throw new OptionError(`unknown option \`${name}\`${expected}`)
    }
    const spec = schema[name]
    if (!fits(spec, value)) {
      throw new OptionError(`option \`${name}\` is \`${shown(value)}\`, expected ${describeSpec(spec)}`)
    }
  }
}
