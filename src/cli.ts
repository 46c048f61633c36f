#!/usr/bin/env node
import {parseCliArgs, usage, UsageError} from './cli/args.js'
import {version} from './version.js'


async function main(): Promise<number> {
  let options
  try {
    options = await parseCliArgs(process.argv.slice(2))
  } catch (error) {
    if (error instanceof UsageError) {
      // One line, that ends by saying where the options are described.
      process.stderr.write(`mtlint: ${error.message} (see mtlint --help)\n`)
      return 2
    }
    throw error
  }
  if (options.help) {
    process.stdout.write(usage + '\n')
    return 0
  }
  if (options.version) {
    process.stdout.write(version + '\n')
    return 0
  }
  const {useColor} = await import('./cli/terminal.js')
  const terminal = Boolean(process.stdout.isTTY)
  const color = useColor(options.color, process.env, terminal)
  // Prose lines are whole paragraphs: a person at a terminal reads the changed words, a pipe gets a patch.
  options.diff ??= terminal ? 'words' : 'unified'
  const io = {cwd: process.cwd(), stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, color}
  // Loaded after the arguments: --help and --version answer at once.
  if (options.printConfig !== undefined || options.listRules || options.init) return (await import('./cli/setup-commands.js')).runSetupCommand(options, io)
  const {run} = await import('./cli/run.js')
  return run(options, io)
}

// A reader that stops early (`mtlint … | head`) closes the pipe: stop quietly, not with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  process.stderr.write(`mtlint: cannot write output: ${error.message}\n`)
  process.exit(2)
})

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`mtlint: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 2
  }
)
