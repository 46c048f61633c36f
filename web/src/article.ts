/** An article the page holds: its file name, which says its format, and its text. */
export interface Article {
  name: string
  text: string
}
