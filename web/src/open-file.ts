/**
 * Reading a file the visitor opens or drops. Its bytes are not trusted: anything but text (UTF-8,
 * or UTF-16 with a byte-order mark), or more than the page will hold, is refused with one line
 * naming the file and the cause.
 */
export const maxFileBytes = 5 * 1024 * 1024

export async function readArticle(file: File): Promise<string> {
  if (file.size > maxFileBytes) {
    throw new Error(`${file.name}: ${(file.size / 1024 / 1024).toFixed(1)} MB is more than the playground opens (${maxFileBytes / 1024 / 1024} MB)`)
  }
  return decodeArticle(file.name, new Uint8Array(await file.arrayBuffer()))
}

export function decodeArticle(name: string, bytes: Uint8Array): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8'
  let text: string
  try {
    // The decoder drops a byte-order mark, as the CLI sets it aside.
    text = new TextDecoder(encoding, {fatal: true}).decode(bytes)
  } catch {
    throw new Error(`${name}: not a text file (not valid ${encoding.toUpperCase()})`)
  }
  if (text.includes('\0')) throw new Error(`${name}: not a text file (it holds NUL characters)`)
  return text
}
