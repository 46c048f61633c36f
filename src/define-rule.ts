import type {Root} from 'nlcst'
import type {Transformer} from 'unified'
import type {VFile} from 'vfile'
import {lintTree} from './lint.js'
import type {Rule, RuleDefinition} from './rule.js'
import {checkOptions, OptionError} from './rule-options.js'

/**
 * Make a rule: a unified plugin (so it works alone in any retext pipeline, after `retext-english`)
 * that carries its definition, so that a preset runs many rules in one walk of the tree. Options
 * given to the plugin are checked against the rule's schema when the plugin is attached.
 */
export function defineRule<MessageId extends string, Options = undefined>(
  definition: RuleDefinition<MessageId, Options>
): Rule<MessageId, Options> {
  function plugin(options?: unknown): Transformer<Root, Root> {
    try {
      checkOptions(definition.schema, options)
    } catch (error) {
      if (error instanceof OptionError) throw new OptionError(`rule \`${definition.id}\`: ${error.message}`)
      throw error
    }
    return function (tree: Root, file: VFile) {
      lintTree(tree, file, [{rule, severity: 'warn', options}])
    }
  }

  const rule = Object.assign(plugin, {definition, id: definition.id}) as unknown as Rule<MessageId, Options>
  Object.defineProperty(rule, 'name', {value: definition.id})
  return rule
}
