/**
 * Spans of text that look like prose punctuation but are not: URLs, e-mail addresses, domain and
 * file names, and code written between backticks on one line. The runner drops reports there.
 */
import {SpanSet} from './span-set.js'
import type {Span} from './span-set.js'
import type {RelintCache} from './relint-cache.js'

// Each pattern may start only where its first run of characters starts (the lookbehinds): tried at
// every position of a long run (`a.a.a.…`, a line of dots), it would take quadratic time. Top-level
// domains that are English words (`is`, `it`, `in`, `me`, `no`, `by`) are left out of the list:
// `done.It was` is a missing space, not a domain.
const protectedPatterns: readonly RegExp[] = [
  /(?<![a-z\d+.-])(?:[a-z][a-z\d+.-]*:\/\/|www\.)[^\s<>"“”‘’]*[^\s<>"“”‘’.,;:!?)\]]/gi,
  /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
  /\x60[^\x60\n\r]+\x60/g,
  /(?<![\w.-])[\w-]+(?:\.+[\w-]+)*\.(?:com|org|net|gov|edu|int|mil|io|ai|co|uk|us|cn|ru|jp|de|fr|eu|info|biz|ua|kz|nl|fi|pl|cz|kr|tw|hk|au|ch|br|tv|txt|pdf|jpe?g|png|gif|svg|html?|docx?|xlsx?|pptx?|csv|json|xml|ya?ml|js|ts|md|zip|exe|mp[34])\b/gi,
  // Internationalized domain names, in any script, under a top-level domain of a non-Latin script:
  // `стопкоронавирус.рф`, `例子.中国`.
  /(?<![\p{L}\p{N}.-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:рф|укр|бел|срб|мкд|қаз|мон|рус|москва|中国|中國|香港|台灣|台湾|新加坡|한국|日本|みんな|قطر|مصر|السعودية|امارات|ایران|இந்தியா|भारत|ไทย)(?![\p{L}\p{N}])/gu
]

/**
 * The protected spans of a text, found line by line: no pattern matches a line break, and at a
 * line's edges every lookbehind and lookahead finds what it finds at the text's. Only a line with
 * a mark some pattern needs is searched (most lines of prose have none), and with a cache of the
 * last lint of the same document, such a line seen before takes its spans from there.
 */
export function findProtectedSpans(text: string, cache?: RelintCache): SpanSet {
  const spans: Span[] = []
  mayHoldSpan.lastIndex = 0
  for (let found = mayHoldSpan.exec(text); found; found = mayHoldSpan.exec(text)) {
    const start = lineStart(text, found.index)
    let end = found.index
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++
    const line = text.slice(start, end)
    const inLine = cache ? cache.memo('line', line, () => spansIn(line)) : spansIn(line)
    for (const [from, to] of inLine) spans.push([from + start, to + start])
    mayHoldSpan.lastIndex = end
  }
  return new SpanSet(spans)
}

/**
 * A mark that every match of some pattern holds: `://` or `www.` (a URL), `@` (an address), a
 * backtick (code), a period before a letter (a domain or file name). A line without any holds no
 * protected span.
 */
const mayHoldSpan = /[@\x60]|:\/\/|www\.|\.\p{L}/giu

/** Where the line holding `offset` starts: after the last line break before it. */
function lineStart(text: string, offset: number): number {
  let start = offset
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--
  return start
}

/** Most lines have none: one empty list serves them all in a cache. */
const none: readonly Span[] = Object.freeze([])

/** Every pattern's matches in `text`, searched whole: what `findProtectedSpans` finds, line by line. */
export function spansIn(text: string): readonly Span[] {
  const spans: Span[] = []
  for (const pattern of protectedPatterns) {
    for (const match of text.matchAll(pattern)) spans.push([match.index, match.index + match[0].length])
  }
  return spans.length === 0 ? none : spans
}
