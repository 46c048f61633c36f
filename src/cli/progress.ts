export interface Progress {
  tick(): void
  done(): void
}

const quiet: Progress = {tick() {}, done() {}}

/** Files below this count finish before a bar would help. */
const minimumFiles = 50
const width = 30

/**
 * A progress bar on standard error, only when it is a terminal (never in pipes or CI logs) and the
 * run has many files. Redrawn at most ten times a second, erased when done.
 */
export function createProgress(stream: NodeJS.WritableStream & {isTTY?: boolean}, total: number): Progress {
  if (!stream.isTTY || total < minimumFiles || process.env.CI) return quiet
  let count = 0
  let drawn = 0
  const draw = () => {
    const filled = Math.round((count / total) * width)
    stream.write(`\rmtlint [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${count}/${total}`)
    drawn = Date.now()
  }
  return {
    tick() {
      count++
      if (Date.now() - drawn > 100 || count === total) draw()
    },
    done() {
      stream.write(`\r${' '.repeat(width + 30)}\r`)
    }
  }
}
