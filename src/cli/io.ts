/** Where a run reads and writes: the process's streams, or a test's. */
export interface CliIo {
  cwd: string
  stdin: NodeJS.ReadableStream
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream & {isTTY?: boolean}
  color: boolean
  /** Whether standard output shows OSC 8 hyperlinks; unset: as `supports-hyperlinks` finds when a report needs to know. */
  hyperlinks?: boolean
}

/** Say what went wrong in one line, and give the exit code of a run that could not go on. */
export function fail(io: CliIo, line: string): number {
  io.stderr.write(`mtlint: ${line}\n`)
  return 2
}
