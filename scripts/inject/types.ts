import type {Rng} from './rng.js'

/** One injected defect, as offsets into the clean text it replaces. */
export interface Edit {
  /** Offsets into the clean paragraph (or into the run of paragraphs, when `paragraphs` > 1). */
  from: number
  to: number
  /** The defective text put in place of `from..to`. */
  insert: string
  /**
   * What a correct fix writes over the span, when the clean text cannot be recovered from the
   * defect (a comma set off as ` -- ` comes back as the dash the rule page promises).
   */
  repaired?: string
  /** False when the rule page offers only a suggestion for this variant, though the class is fixable. */
  fixable?: boolean
  /** How many paragraphs the edit covers, starting with the one injected into (default 1). */
  paragraphs?: number
  /** A short label of the variant (`curly`, `spaced`), for the reports. */
  variant?: string
  /** The group of this edit when it differs from its class's (a mojibake dash counts as a dash). */
  group?: string
}

export interface ArticleContext {
  /** The clean paragraphs of the article. */
  paragraphs: readonly string[]
  /** How the article joins its paragraphs: `\n\n`, or `\n` in the corpus's own layout. */
  separator: string
  /** The clean article. */
  text: string
  /** The paragraph to inject into. */
  index: number
  /** The source-language text of the article, when the corpus has it. */
  source?: string
  /** Paragraphs that already hold an injection: a class spanning several must keep off them. */
  taken: ReadonlySet<number>
}

export interface DefectClass {
  name: string
  /** The rules expected to flag it; a flag of any of them on the span counts. */
  rules: readonly string[]
  /** Whether a safe fix should repair it. */
  fixable: boolean
  /** How many injections of the class an article takes at most: some depend on the article's other marks. */
  perArticle?: number
  /**
   * Classes that count the article's marks of one kind (`double quotes`) and change them: an article
   * takes one injection of the group at most, so that one does not upset another's count.
   */
  group?: string
  /** Paragraphs to try first (those with a quotation, say), before any other. */
  prefers?(paragraph: string): boolean
  /** An edit, or undefined when the paragraph has no place for this defect. */
  inject(context: ArticleContext, rng: Rng): Edit | undefined
}

export const paragraphOf = (context: ArticleContext) => context.paragraphs[context.index]

/** Replace `from..to` of `text` with `insert`. */
export const splice = (text: string, from: number, to: number, insert: string) =>
  text.slice(0, from) + insert + text.slice(to)

/**
 * One of the edits, or undefined if there is none. The variant is drawn first, so that a rare kind
 * (a trailing space) is not drowned by a common one (a space between any two words).
 */
export function pickEdit(rng: Rng, edits: readonly Edit[]): Edit | undefined {
  if (edits.length === 0) return undefined
  const variants = [...new Set(edits.map((edit) => edit.variant ?? ''))]
  const variant = rng.pick(variants)
  return rng.pick(edits.filter((edit) => (edit.variant ?? '') === variant))
}

/** One of the edits, each equally likely, or undefined if there is none. */
export const pickAny = (rng: Rng, edits: readonly Edit[]) => (edits.length === 0 ? undefined : rng.pick(edits))
