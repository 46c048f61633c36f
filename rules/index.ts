import type {Rule} from '../src/rule.js'
import doubledPunctuation from './doubled-punctuation.js'

/** Every rule of mtlint, in alphabetical order of id. */
export const rules: readonly Rule[] = [doubledPunctuation]
