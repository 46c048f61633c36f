import {describe, expect, it} from 'vitest'
import {isListedMark, isMentionedMark, isNamedMark} from '../../rules/lib/mentioned-mark.js'
import {fix} from '../../src/processor.js'

/** Whether the first `mark` of `text` is mentioned. */
function mentioned(text: string, mark: string, ask = isMentionedMark): boolean {
  const at = text.indexOf(mark)
  return ask(text, at, at + mark.length)
}

describe('a mark talked about', () => {
  it('is named by the word before it, or by a mark noun or a determiner around it', () => {
    expect(mentioned('Bash ends a statement with the semicolon ; or a newline.', ';')).toBe(true)
    expect(mentioned('In Swift the ?? operator unwraps a value.', '??', isNamedMark)).toBe(true)
    expect(mentioned('Write the exclamation mark ! once.', '!')).toBe(true)
    expect(mentioned('Escape it as the HTML entity &lt;br&gt; in a page.', '&lt;')).toBe(true)
    expect(mentioned('Haskell conses with the : operator.', ':')).toBe(true)
  })

  it('reads the words before the mark across spaces on its line, hyphenated words whole, from their first letter', () => {
    expect(mentioned('Chinese sets the full-width colon ： after a label.', '：')).toBe(true)
    expect(mentioned('Chinese sets the --full-width colon ： after a label.', '：')).toBe(true)
    expect(mentioned('Chinese sets the colon\u00a0\t ： after a label.', '：')).toBe(true)
    // A line break is no space between a name and its mark; a mark glued to the word is no mention.
    expect(mentioned('Chinese sets the colon\n： after a label.', '：')).toBe(false)
    expect(mentioned('Chinese sets the colon： after a label.', '：')).toBe(false)
    // The words must stand within 60 characters of the mark.
    expect(mentioned(`The semicolon${' '.repeat(70)}; ends it.`, ';')).toBe(false)
  })

  it('is listed with another mark standing alone', () => {
    expect(mentioned('Spanish sets ¿ and ¡ before a sentence.', '¿', isListedMark)).toBe(true)
    expect(mentioned('Some printers set « or » without spaces.', '«', isListedMark)).toBe(true)
    expect(mentioned('Some printers set « or » without spaces.', '»', isListedMark)).toBe(true)
  })

  it('is not a slip after a news noun that names a mark only with a modifier', () => {
    expect(mentioned('At this point , the talks broke down.', ',')).toBe(false)
    expect(mentioned('The operator , Tepco, said so.', ',')).toBe(false)
    expect(mentioned('The law on legal entities » was passed.', '»')).toBe(false)
  })
})

describe('marks talked about in Markdown and HTML', () => {
  it('are left alone by --fix, while slips beside them are fixed', () => {
    expect(String(fix('Run cd ../.. to go up; the semicolon ; ends a line.\n', {path: 'a.md'}).value)).toBe(
      'Run cd ../.. to go up; the semicolon ; ends a line.\n'
    )
    expect(String(fix('The vote was close , and the count ended.. Then came the appeal.\n', {path: 'a.md'}).value)).toBe(
      'The vote was close, and the count ended. Then came the appeal.\n'
    )
    expect(String(fix('<p>The elvis operator ?: picks a value; 1..10 is a range and -infinity a bound.</p>', {path: 'a.html'}).value)).toBe(
      '<p>The elvis operator ?: picks a value; 1..10 is a range and -infinity a bound.</p>'
    )
  })
})
