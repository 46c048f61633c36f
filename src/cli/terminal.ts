/**
 * Whether to colour output: `--color` or `--no-color` first; then `FORCE_COLOR` (`0` or `false`
 * turns colour off, any other value on), which wins over `NO_COLOR` as it does in Node.js; then
 * `NO_COLOR` (set and not empty: off); else only on a terminal.
 */
export function useColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTerminal: boolean): boolean {
  if (flag !== undefined) return flag
  const force = env.FORCE_COLOR
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false'
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  return isTerminal
}
