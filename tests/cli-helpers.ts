import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach} from 'vitest'
import {fileURLToPath} from 'node:url'

/** The `mtlint` bin the package ships (the bundle `npm run build` makes). */
export const cliPath = fileURLToPath(
  new URL(`../${(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {bin: {mtlint: string}}).bin.mtlint}`, import.meta.url)
)

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

/** Run the built `mtlint` binary, without colour, and collect what it prints. */
export function runCli(args: string[], options: {cwd: string; input?: string | Buffer; env?: Record<string, string>}): CliRun {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd,
    input: options.input,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', ...options.env},
    maxBuffer: 64 * 1024 * 1024
  })
  // A run killed by a signal, or that could not start, says so where a test shows it: in stderr.
  const failure = result.error ? `spawn failed: ${result.error.message}\n` : result.signal ? `killed by ${result.signal}\n` : ''
  return {code: result.status, stdout: result.stdout, stderr: failure + result.stderr}
}

/** Write a file under `dir`, making its folders. */
export function writeIn(dir: string, name: string, content: string | Buffer): string {
  const file = path.join(dir, name)
  mkdirSync(path.dirname(file), {recursive: true})
  writeFileSync(file, content)
  return file
}

/** A fresh folder for each test (removed after it), with a configuration file, and the binary run in it. */
export function useProject(prefix: string, config: string) {
  const project = {
    dir: '',
    mtlint: (args: string[], options: {input?: string | Buffer} = {}) => runCli(args, {cwd: project.dir, ...options}),
    write: (name: string, content: string | Buffer) => writeIn(project.dir, name, content),
    read: (name: string) => readFileSync(path.join(project.dir, name))
  }
  beforeEach(() => {
    project.dir = mkdtempSync(path.join(tmpdir(), prefix))
    project.write('.mtlintrc.json', config)
  })
  afterEach(() => {
    rmSync(project.dir, {recursive: true, force: true})
  })
  return project
}
