/**
 * Words that introduce a term talked about, a name of code or a word as such: `the command git`,
 * `a function called main`, `the word hooks`. Lowercase.
 */
export const termNouns: ReadonlySet<string> = new Set([
  'command', 'commands', 'function', 'method', 'variable', 'option', 'flag', 'package', 'library', 'module',
  'file', 'folder', 'directory', 'program', 'tool', 'keyword', 'string', 'value', 'type', 'class', 'field',
  'called', 'named', 'word', 'term', 'name', 'prints', 'returns', 'types', 'run', 'runs'
])
