import {createScanner, SyntaxKind} from 'jsonc-parser'

/**
 * JSON with comments (JSONC, as in VS Code's settings and `tsconfig.json`): the text with each
 * `//` and `/* *\/` comment blanked out, line breaks kept, so that `JSON.parse` reads what is left
 * and its errors point at the same line and column. jsonc-parser's own `parse` is not used: it
 * assigns keys one by one, so a `__proto__` key in a hostile file would set the object's prototype.
 */
export function blankComments(text: string): string {
  const scanner = createScanner(text, false)
  let blanked = ''
  let copied = 0
  for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    if (token !== SyntaxKind.LineCommentTrivia && token !== SyntaxKind.BlockCommentTrivia) continue
    const start = scanner.getTokenOffset()
    const end = start + scanner.getTokenLength()
    blanked += text.slice(copied, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ')
    copied = end
  }
  return copied === 0 ? text : blanked + text.slice(copied)
}
