const strictUtf8 = new TextDecoder('utf-8', {fatal: true})

/** Why bytes cannot be linted as an article, or `undefined` when they can. */
export function whyNotText(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return 'binary file (it contains NUL bytes)'
  try {
    strictUtf8.decode(bytes)
  } catch {
    return 'invalid UTF-8'
  }
  return undefined
}
