import type {Root} from 'nlcst'
import {unified} from 'unified'
import type {Processor, Transformer} from 'unified'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {VFileMessage} from 'vfile-message'
import {splitByteOrderMark} from './byte-order-mark.js'
import {findRule, resolveRules, settingKeys, validateSettings} from './config.js'
import type {Settings} from './config.js'
import {defaultLimits} from './bounded-parse.js'
import {applyEdits, fixText} from './fix.js'
import {formatOf} from './formats/extensions.js'
import {maxMarks} from './formats/markdown-density.js'
import {markupSignature} from './formats/structure.js'
import {partNotLintedMessage, safeEdits, withoutStackTraces} from './message.js'
import {lintTree} from './lint.js'
import type {ActiveRule, LintOptions} from './lint.js'
import {ParagraphCache} from './paragraph-cache.js'
import {mtlintParse} from './parse.js'
import type {SourceInput} from './source/bitext.js'

export interface PluginOptions extends Settings {
  /**
   * Apply safe fixes: the file's messages then describe what remains, and the fixed text is in
   * `file.data.mtlint.fixed` (the file's value stays the original, for the caller to compare and write).
   */
  fix?: boolean
}

declare module 'vfile' {
  interface DataMap {
    mtlint: {
      original: string
      fixed: string
      passes: number
      /** Every fix applied, each message placed where it was in the original text. */
      applied: VFileMessage[]
    }
    /**
     * Findings of earlier lints of this document, by paragraph (see `src/paragraph-cache.ts`):
     * set by a caller that lints one document again and again, such as the language server.
     */
    mtlintParagraphCache: ParagraphCache
  }
}

const pluginKeys: ReadonlySet<string> = new Set([...settingKeys, 'fix'])

/**
 * The mtlint unified plugin: runs the configured rules (the `recommended` preset by default) in
 * one walk of the tree. Use it after `retext-english`.
 */
export function mtlint(this: Processor<any, any, any, any, any>, options?: PluginOptions): Transformer<Root, Root> {
  const settings = validateSettings(options ?? {}, pluginKeys) as PluginOptions
  const active = resolveRules(settings)
  const lintOptions: LintOptions = {allow: settings.allow}
  const parse = (file: VFile) => this.parse(file) as Root

  return function (tree, file) {
    const cache = file.data.mtlintParagraphCache
    if (!settings.fix) {
      lintFile(tree, file, active, {...lintOptions, cache, relintCache: cache?.relint})
      return
    }
    // Each pass changes a few paragraphs: the others' findings, and the parse of the pieces of a long
    // article that it left alone, carry over from the pass before.
    const paragraphs = cache ?? new ParagraphCache()
    const passOptions = {...lintOptions, cache: paragraphs, relintCache: paragraphs.relint}
    const original = String(file)
    // The first pass lints the tree already parsed; later passes parse the text they fix.
    const first = new VFile({value: original, path: file.path})
    if (file.data.mtlintProse) first.data.mtlintProse = file.data.mtlintProse
    if (file.data.mtlintSource) first.data.mtlintSource = file.data.mtlintSource
    if (file.data.mtlintUnparsed) first.data.mtlintUnparsed = file.data.mtlintUnparsed
    lintFile(tree, first, active, passOptions)
    const result = fixText(
      original,
      (text) => {
        const pass = new VFile({value: text, path: file.path})
        if (file.data.mtlintSource) pass.data.mtlintSource = file.data.mtlintSource
        lintFile(parse(pass), pass, active, passOptions)
        return pass.messages
      },
      first.messages
    )
    const place = location(original)
    const applied = withoutStackTraces(() => result.applied.map(({message, from, to}) => {
      const moved = new VFileMessage(message.reason, {
        place: {start: place.toPoint(from)!, end: place.toPoint(to)!},
        ruleId: message.ruleId,
        source: message.source
      })
      Object.assign(moved, {fatal: message.fatal, messageId: message.messageId, url: message.url, actual: message.actual, expected: message.expected, fixable: true, file: message.file})
      return moved
    }))
    file.data.mtlint = {original, fixed: result.output, passes: result.passes, applied}
    // One at a time: spreading half a million messages into a call overflows the stack.
    for (const message of result.messages) file.messages.push(message)
  }
}

/** Lint a parsed file, and report control comments that name no rule. */
function lintFile(tree: Root, file: VFile, active: readonly ActiveRule[], options: LintOptions): void {
  lintTree(tree, file, active, options)
  if (file.data.mtlintProse) keepMarkup(file)
  const directives = file.data.mtlintProse?.directives ?? []
  const unparsed = file.data.mtlintUnparsed ?? []
  const place = directives.length > 0 || unparsed.length > 0 ? location(file) : undefined
  for (const run of unparsed) {
    const view = file.data.mtlintProse?.view
    const from = view ? view.toSource(run.from) : run.from
    const to = view ? Math.max(from, view.toSource(run.to, 'end')) : run.to
    const reason = run.tooDense
      ? `Unexpected block of ${to - from} characters with more than ${maxMarks} emphasis or link marks and pieces of markup, too dense to lint (limit ${maxMarks}): not linted`
      : `Unexpected run of ${run.to - run.from} characters without white space, too long to lint (limit ${defaultLimits.run}): not linted`
    partNotLintedMessage(file, {start: place!.toPoint(from)!, end: place!.toPoint(to)!}, reason, run.tooDense ? 'tooDense' : 'tooLong')
  }
  for (const directive of directives) {
    for (const id of directive.ids) {
      if (findRule(id)) continue
      const message = file.message(`Unexpected unknown rule \`${id}\` in control comment`, {
        place: {start: place!.toPoint(directive.from)!, end: place!.toPoint(directive.to)!},
        ruleId: 'control-comment',
        source: 'mtlint'
      })
      message.fatal = true
    }
  }
}

/**
 * A fix in Markdown or HTML may change only prose, never the document's structure (an element, an
 * attribute, a link, a code span, a list item): a full-width `＜img …＞` made ASCII would plant a
 * live tag. The safe fixes of a lint are tried on the document, all together and, when that
 * changes the structure, in halves, and halves of those, in order, each with the fixes taken before
 * it. A fix that changes it alone is written escaped where escaping keeps the structure (`＜`
 * becomes `&lt;` in HTML, `＊` becomes `\*` in Markdown: the reader sees the mark the fix meant),
 * and is otherwise withheld, reported as a suggestion.
 */
function keepMarkup(file: VFile): void {
  const format = formatOf(file.path)
  if (format === 'text') return
  const source = String(file)
  const fixes = safeEdits(file.messages)
  if (fixes.length === 0) return
  // Prose in HTML and XLIFF source is escaped text: a fix never writes a raw `<`, `>` or `&` there.
  if (format === 'html' || format === 'xliff') {
    // Inside a CDATA section an escape is written as it is (`&amp;` stays `&amp;`): in an XLIFF file
    // that has one, a fix that needs escaping is left to a person.
    const cdata = format === 'xliff' && source.includes('<![CDATA[')
    for (const fix of fixes) {
      const escaped = escapeFor('html', fix.text)
      if (escaped === fix.text) continue
      if (cdata) fix.message.fixable = false
      else fix.message.expected = [(fix.text = escaped)]
    }
  }
  for (let at = fixes.length - 1; at >= 0; at--) if (!fixes[at].message.fixable) fixes.splice(at, 1)
  if (fixes.length === 0) return
  const original = markupSignature(format, source)
  const keeps = (edits: typeof fixes) => markupSignature(format, applyEdits(source, edits).output) === original
  // Split the fixes until each group keeps the structure together with those taken before it: a
  // parse of the document per group tried, not per fix (a page of 1,000 fixes that break it only
  // all together took a million characters parsed a thousand times). A fix that breaks it alone
  // is written escaped where that keeps the structure, or withheld.
  let taken: typeof fixes = []
  const take = (group: typeof fixes): void => {
    // Concatenated, not spread into a call: half a million fixes would overflow the stack.
    const withGroup = taken.concat(group)
    if (keeps(withGroup)) {
      taken = withGroup
      return
    }
    if (group.length > 1) {
      const half = group.length >> 1
      take(group.slice(0, half))
      take(group.slice(half))
      return
    }
    const [fix] = group
    const escaped = {...fix, text: escapeFor(format, fix.text)}
    if (escaped.text !== fix.text && keeps(taken.concat(escaped))) {
      fix.text = escaped.text
      fix.message.expected = [escaped.text]
      taken = taken.concat(fix)
    } else fix.message.fixable = false
  }
  take(fixes)
}

const htmlEscapes: Readonly<Record<string, string>> = {'<': '&lt;', '>': '&gt;', '&': '&amp;'}
const markdownSpecial = /[\\`*_[\]()<>#!|~&]/g

/** Prose as the source of a format must write it, so that it stays prose. */
function escapeFor(format: 'markdown' | 'html' | 'xliff', text: string): string {
  return format !== 'markdown' ? text.replace(/[<>&]/g, (char) => htmlEscapes[char]) : text.replace(markdownSpecial, (char) => `\\${char}`)
}

/** `mtlint` with the recommended preset: `unified().use(retextEnglish).use(mtlintRecommended)`. */
export function mtlintRecommended(this: Processor<any, any, any, any, any>): Transformer<Root, Root> {
  return mtlint.call(this, {preset: 'recommended'})
}

/**
 * A processor that parses an article (plain text, or Markdown or HTML by the file's extension) and
 * lints its prose with mtlint.
 */
export function createProcessor(options?: PluginOptions) {
  return unified().use(mtlintParse).use(mtlint, options).freeze()
}

/** What `lint` and `fix` know of an article besides its text and settings. */
export interface ArticleOptions {
  /** Picks the format (by extension) and names the file in messages. */
  path?: string
  /** The source the article translates: the source-* rules check the article against it. */
  sourceFile?: SourceInput
}

/**
 * Lint a text and return its messages. A byte-order mark at the start is set aside: the file's
 * value and the messages' positions are those of the text after it.
 */
export function lint(text: string, options?: Settings & ArticleOptions): VFile {
  const {path, sourceFile, ...settings} = options ?? {}
  const processor = createProcessor(settings)
  const file = new VFile({value: splitByteOrderMark(text).body, path})
  if (sourceFile) file.data.mtlintSource = sourceFile
  processor.runSync(processor.parse(file), file)
  return file
}

/**
 * Apply every safe fix; the returned file carries the fixed text as its value (with the byte-order
 * mark the text had, if any) and the messages that remain.
 */
export function fix(text: string, options?: Settings & ArticleOptions): VFile {
  const {path, sourceFile, ...settings} = options ?? {}
  const processor = createProcessor({...settings, fix: true})
  const {mark, body} = splitByteOrderMark(text)
  const file = new VFile({value: body, path})
  if (sourceFile) file.data.mtlintSource = sourceFile
  processor.runSync(processor.parse(file), file)
  file.value = mark + file.data.mtlint!.fixed
  return file
}
