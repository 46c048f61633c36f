/**
 * Properties every lint and fix must keep, on generated articles in each format: no exception, no
 * crash of a rule, messages within the text with line and column agreeing with their offsets,
 * fixing idempotent and keeping line endings, and in Markdown and HTML the markup unchanged. Seeded,
 * with a fixed budget; `fast-check` shrinks a failure to a small counterexample. `npm run fuzz`
 * runs the same properties (`scripts/fuzz/properties.ts`) with a large budget.
 */
import fc from 'fast-check'
import {describe, it} from 'vitest'
import {article, fuzzFormats, fuzzProperties} from '../scripts/fuzz/properties.js'

describe('properties of lint and fix', () => {
  for (const format of fuzzFormats) {
    for (const property of fuzzProperties) {
      it(`${format.label}: ${property.description}`, () => {
        fc.assert(
          fc.property(article(format), (text) => property.check(format, text)),
          {numRuns: 1000, seed: 20261206}
        )
      })
    }
  }
})
