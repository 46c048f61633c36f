/**
 * A byte-order mark at the start of a file is not part of the article: mtlint lints the text after
 * it, so that it neither hides the first paragraph's defects nor shifts its columns (editors do not
 * count it either), and puts it back on what it writes.
 */
export const byteOrderMark = '\uFEFF'

export function splitByteOrderMark(text: string): {mark: string; body: string} {
  return text.startsWith(byteOrderMark) ? {mark: byteOrderMark, body: text.slice(1)} : {mark: '', body: text}
}
