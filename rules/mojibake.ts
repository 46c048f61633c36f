import {defineRule} from '../src/define-rule.js'
import {findMojibake, visible} from './data/encoding.js'
import type {MojibakeKind} from './data/encoding.js'

/** Anything `findMojibake` may report: a cheap test before the real work. */
const anyCandidate = /[\u00c2-\u00f4\u0080-\u009f\ufffd]/

export default defineRule<MojibakeKind>({
  id: 'mojibake',
  category: 'encoding',
  fix: 'safe',
  description: 'Flags UTF-8 text read as Windows-1252 or Latin-1 (`â€™`, `Ã©`) and the replacement character',
  trigger: anyCandidate,
  messages: {
    utf8: 'Unexpected mojibake `{actual}` (text decoded with the wrong encoding), expected `{expected}`',
    truncated: 'Unexpected mojibake `{actual}` (text decoded with the wrong encoding, a byte lost), expected probably `{expected}`',
    cp1252: 'Unexpected control character `{actual}`, expected `{expected}`',
    stray: 'Unexpected `Â` before a space (the rest of a no-break space), remove it',
    replacement: 'Unexpected replacement character `{actual}`, the original text is lost'
  },
  create(context) {
    const {text} = context
    return {
      RootNode() {
        if (!anyCandidate.test(text)) return
        for (const {kind, from, to, expected} of findMojibake(text)) {
          context.report({
            messageId: kind,
            data: {actual: visible(text.slice(from, to)), expected: visible(expected ?? '')},
            from,
            to,
            expected: expected === undefined ? undefined : [expected],
            safe: kind !== 'truncated'
          })
        }
      }
    }
  }
})
