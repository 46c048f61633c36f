import {defineRule} from '../src/define-rule.js'

/** A rule that throws `error` on the first sentence: for tests of how a crash is reported. */
export function throwingRule(error: Error) {
  return defineRule<'never', undefined>({
    id: 'throwing',
    category: 'punctuation',
    fix: 'none',
    description: 'A rule that throws on the first sentence',
    messages: {never: 'Never reported'},
    create() {
      return {
        SentenceNode() {
          throw error
        }
      }
    }
  })
}
