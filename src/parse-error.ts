/**
 * A JSON or YAML parse error as one line that names the line and column and never echoes the
 * text: a configuration or baseline file may hold anything, and messages end up in CI logs.
 */
export function describeParseError(error: unknown, text: string, language: 'JSON' | 'YAML'): string {
  const message = error instanceof Error ? error.message : String(error)
  if (language === 'YAML') {
    const at = (error as {linePos?: Array<{line: number; col: number}>}).linePos?.[0]
    const code = (error as {code?: unknown}).code
    const where = at ? ` at line ${at.line}, column ${at.col}` : ''
    return `invalid YAML${where}${typeof code === 'string' ? ` (${code})` : ''}`
  }
  const position = jsonErrorOffset(message, text)
  const {line, column} = lineAndColumn(text, position)
  return `invalid JSON at line ${line}, column ${column}: ${jsonReason(message)}`
}

/** V8's reason, without the text it may quote: `Unexpected token 'x', "…" is not valid JSON`. */
function jsonReason(message: string): string {
  if (/^Unexpected token/.test(message)) return 'unexpected character'
  if (/^Unexpected end of JSON input/.test(message)) return 'unexpected end of text'
  const reason = /^(.*?) in JSON at position \d+/.exec(message)?.[1]
  return reason ? reason.charAt(0).toLowerCase() + reason.slice(1) : 'not valid JSON'
}

/**
 * Where V8 says the error is; for `Unexpected token 'x'`, which gives no position, the first `x`
 * outside a string (the token V8 stopped at, in practice).
 */
function jsonErrorOffset(message: string, text: string): number {
  const position = /at position (\d+)/.exec(message)
  if (position) return Number(position[1])
  const token = /^Unexpected token '(.)'/.exec(message)?.[1]
  if (token === undefined) return text.length
  let inString = false
  for (let index = 0; index < text.length; index++) {
    const character = text[index]
    if (inString) {
      if (character === '\\') index++
      else if (character === '"') inString = false
    } else if (character === token) {
      return index
    } else if (character === '"') {
      inString = true
    }
  }
  return text.length
}

function lineAndColumn(text: string, offset: number): {line: number; column: number} {
  let line = 1
  let start = 0
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++
    start = index + 1
  }
  return {line, column: offset - start + 1}
}

/** JSON, with an error that says where, without the text. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new Error(describeParseError(error, text, 'JSON'))
  }
}
