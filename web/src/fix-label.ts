/** How a replacement reads on a button: invisible characters shown, long text cut. */
export function replacementLabel(text: string): string {
  if (text === '') return 'Remove'
  const visible = text
    .replace(/ /g, '␣')
    .replace(/\r?\n/g, '↵')
    .replace(/[\u200B-\u200F\u2060\uFEFF\u00AD]/g, (char) => `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
  return `Replace with “${visible.length > 40 ? visible.slice(0, 39) + '…' : visible}”`
}
