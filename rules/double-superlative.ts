import type {Sentence} from 'nlcst'
import {end, start} from '../src/nlcst.js'
import {defineRule} from '../src/define-rule.js'
import {comparatives, superlatives} from './data/comparison-forms.js'

/**
 * A word of the sentence; `','` for a comma (`more bigger, faster ships` lists adjectives, so
 * `more` may be a quantifier); `undefined` for any other mark, a line break or the sentence edge.
 */
type Slot = {value: string; from: number; to: number} | ',' | undefined

/** Words before `most` that make it an adverb of degree (`the most heaviest`), not a quantifier. */
const determiners: ReadonlySet<string> = new Set([
  'a',
  'an',
  'her',
  'his',
  'its',
  'my',
  'our',
  'that',
  'the',
  'their',
  'this',
  'your'
])

/**
 * Words that can follow the adjective when it is not modifying a noun, so that `more`/`most` can
 * only be an adverb of degree: `more bigger than`, `most biggest in the world`. Before a noun
 * `more` may be a quantifier (`more older people`, `most best practices`), which is right.
 */
const followers: ReadonlySet<string> = new Set([
  'and',
  'as',
  'at',
  'because',
  'but',
  'ever',
  'for',
  'from',
  'if',
  'in',
  'now',
  'of',
  'on',
  'or',
  'since',
  'so',
  'than',
  'then',
  'to',
  'today',
  'when',
  'with',
  'yet'
])

/** Words of degree before `more`: `much more smaller`, `far more bigger`, `even more better` (an adverb, never a quantifier). */
const degreeAdverbs: ReadonlySet<string> = new Set(['much', 'far', 'even', 'still', 'way', 'lot', 'slightly', 'somewhat', 'significantly', 'considerably'])

/** A line break inside white space: the words are on different lines. */
const lineBreakPattern = /[\n\r]/
/** A possessive (`the world's`, `China’s`) works like a determiner. */
const possessivePattern = /['’]s$/

export default defineRule({
  id: 'double-superlative',
  category: 'grammar',
  fix: 'safe',
  scope: 'paragraph',
  description: 'Flags `more`/`most` before an adjective that is already compared, as in `the most heaviest` or `more bigger`',
  messages: {
    double: 'Unexpected `{actual}`, expected `{expected}`'
  },
  create(context) {
    const {text} = context

    return {
      SentenceNode(node: Sentence) {
        // Words with the plain spaces between them; anything else leaves a hole.
        const slots: Slot[] = []
        for (const child of node.children) {
          if (child.type === 'WordNode') {
            slots.push({value: text.slice(start(child), end(child)), from: start(child), to: end(child)})
          } else if (child.type === 'PunctuationNode' && text.slice(start(child), end(child)) === ',') {
            slots.push(',')
          } else if (child.type !== 'WhiteSpaceNode' || lineBreakPattern.test(text.slice(start(child), end(child)))) {
            slots.push(undefined)
          }
        }

        for (let at = 0; at + 1 < slots.length; at++) {
          const degree = slots[at]
          const adjective = slots[at + 1]
          if (typeof degree !== 'object' || typeof adjective !== 'object') continue
          const lower = degree.value.toLowerCase()
          const form = adjective.value
          let compared: boolean
          if (lower === 'most' || lower === 'least') compared = superlatives.has(form)
          else if (lower === 'more' || lower === 'less') compared = comparatives.has(form)
          else continue
          if (!compared) continue

          // `the most heaviest`, `the world's most biggest`, `a more better deal`: an adverb of degree.
          const previous = slots[at - 1]
          const before = typeof previous === 'object' ? previous.value.toLowerCase() : undefined
          const afterDeterminer =
            before !== undefined &&
            (lower === 'most' || lower === 'least'
              ? determiners.has(before) || possessivePattern.test(before)
              : before === 'a' || before === 'an' || degreeAdverbs.has(before))
          // `more bigger than`, `more better.`: no noun follows, so no quantifier either.
          const next = slots[at + 2]
          const noNounAfter = next === undefined || (typeof next === 'object' && followers.has(next.value.toLowerCase()))
          if (!afterDeterminer && !noNounAfter) continue
          if (context.isProtected(degree.from, adjective.to)) continue

          const capitalized = degree.value[0] !== lower[0]
          context.report({
            messageId: 'double',
            data: {actual: `${degree.value} ${form}`, expected: capitalized ? form[0].toUpperCase() + form.slice(1) : form},
            from: degree.from,
            to: capitalized ? adjective.from + 1 : adjective.from,
            expected: [capitalized ? form[0].toUpperCase() : '']
          })
        }
      }
    }
  }
})
