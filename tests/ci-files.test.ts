import {execFileSync} from 'node:child_process'
import {readFileSync, realpathSync, statSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseDocument} from 'yaml'
import {formats, usage} from '../src/cli/args.js'

const root = new URL('../', import.meta.url)
const read = (name: string) => readFileSync(new URL(name, root), 'utf8')
const packageJson = JSON.parse(read('package.json')) as {bin: Record<string, string>}

/** A YAML file as plain data, after asserting it parses without errors or warnings. */
function load(name: string): unknown {
  const document = parseDocument(read(name), {prettyErrors: true, uniqueKeys: true})
  expect(document.errors.map(String), name).toEqual([])
  expect(document.warnings.map(String), name).toEqual([])
  return document.toJS()
}

interface Step {
  name?: string
  id?: string
  uses?: string
  run?: string
  shell?: string
  env?: Record<string, string>
  'working-directory'?: string
}

interface Action {
  name: string
  description: string
  inputs: Record<string, {description: string; required?: boolean; default?: string}>
  outputs?: Record<string, {description: string; value: string}>
  runs: {using: string; steps: Step[]}
}

const expressions = /\$\{\{\s*([^}]*?)\s*\}\}/g

describe('action.yml', () => {
  const action = load('action.yml') as Action
  const steps = action.runs.steps
  const scripts = steps.flatMap((step) => (step.run === undefined ? [] : [step.run]))

  it('is a composite action with the required keys', () => {
    expect(action.name).toBe('mtlint')
    expect(action.description).toEqual(expect.any(String))
    expect(action.runs.using).toBe('composite')
    expect(steps.length).toBeGreaterThan(0)
    for (const step of steps) {
      expect(step.run !== undefined || step.uses !== undefined, JSON.stringify(step)).toBe(true)
      if (step.run !== undefined) expect(step.shell, step.name).toBe('bash')
    }
  })

  it('has the inputs the documentation promises, each described', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(['config', 'format', 'max-warnings', 'output-file', 'paths'])
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description, name).toEqual(expect.any(String))
      expect(input.required ?? false, name).toBe(false)
    }
    expect(action.inputs.paths.default).toBe('.')
    expect(action.inputs.format.default).toBe('github')
    expect(action.inputs['max-warnings'].default).toBe('')
  })

  it('refers only to inputs and steps that exist, and uses every input', () => {
    const text = read('action.yml')
    const used = new Set<string>()
    for (const [, expression] of text.matchAll(expressions)) {
      const input = /^inputs\.([\w-]+)$/.exec(expression)
      if (input) {
        expect(Object.keys(action.inputs), expression).toContain(input[1])
        used.add(input[1])
        continue
      }
      const output = /^steps\.([\w-]+)\.outputs\.[\w-]+$/.exec(expression)
      if (output) {
        expect(steps.map((step) => step.id), expression).toContain(output[1])
        continue
      }
      expect(expression).toMatch(/^github\.action_path$/)
    }
    expect([...used].sort()).toEqual(Object.keys(action.inputs).sort())
  })

  it('passes inputs to its scripts through the environment only', () => {
    for (const script of scripts) expect(script).not.toMatch(/\$\{\{/)
    for (const step of steps) {
      for (const [name, value] of Object.entries(step.env ?? {})) {
        // Each variable holds exactly one expression, nothing spliced around it.
        expect(value, name).toMatch(/^\$\{\{ inputs\.[\w-]+ \}\}$/)
        expect(step.run, name).toMatch(new RegExp(`\\$\\{?${name}\\b`))
      }
    }
  })

  it('runs the command line the package builds', () => {
    expect(packageJson.bin.mtlint).toBe('dist/bundle/mtlint.js')
    const lint = steps.find((step) => step.id === 'lint')!
    expect(lint.run).toContain('cli="$GITHUB_ACTION_PATH/dist/bundle/mtlint.js"')
    const install = steps.find((step) => step.run?.includes('npm ci'))!
    expect(install['working-directory']).toBe('${{ github.action_path }}')
  })

  it('has scripts bash can parse', () => {
    for (const script of scripts) execFileSync('bash', ['-n'], {input: script})
  })

  // Turns itself on once the command line has `--output-file` and the CI formats (issue 6).
  it.skipIf(!usage.includes('--output-file'))('uses only options and formats the command line has', () => {
    for (const script of scripts) {
      for (const [option] of script.matchAll(/(?<![\w-])--[a-z][a-z-]*/g)) {
        if (option === '--include' || option.startsWith('--no-') || option === '--loglevel') continue
        expect(usage, option).toContain(option)
      }
    }
    for (const format of ['github', 'stylish', 'json', 'sarif']) expect(formats).toContain(format)
  })
})

interface Hook {
  id: string
  name: string
  entry: string
  language: string
  files?: string
  types?: string[]
}

describe('.pre-commit-hooks.yaml', () => {
  const hooks = load('.pre-commit-hooks.yaml') as Hook[]

  it('lists hooks with the required keys', () => {
    expect(Array.isArray(hooks)).toBe(true)
    expect(hooks.map((hook) => hook.id)).toEqual(['mtlint', 'mtlint-fix'])
    for (const hook of hooks) {
      for (const key of ['id', 'name', 'entry', 'language'] as const) expect(hook[key], `${hook.id} ${key}`).toEqual(expect.any(String))
      expect(hook.language).toBe('node')
      // `language: node` installs this package: the entry must be one of its bins.
      expect(Object.keys(packageJson.bin)).toContain(hook.entry.split(' ')[0])
    }
    expect(hooks[1].entry).toBe('mtlint --fix')
  })

  it('installs cleanly: `npm pack`, which pre-commit reads the tarball name from, prints no build output', () => {
    // pre-commit takes everything `npm pack` prints as the tarball's name; `prepare` builds.
    // npm pack runs scripts in the foreground unless the project says otherwise.
    const projectConfig = execFileSync('npm', ['config', 'list', '--location=project'], {cwd: root, encoding: 'utf8'})
    expect(projectConfig).toMatch(/^foreground-scripts = false$/m)
  })

  it('selects the text, Markdown and HTML files mtlint reads', () => {
    for (const hook of hooks) {
      expect(hook.types).toEqual(['text'])
      const files = new RegExp(hook.files!)
      for (const name of ['a.txt', 'news/b.md', 'c.markdown', 'd.html', 'e.htm', 'f.mdown', 'g.mkd', 'h.xhtml']) expect(files.test(name), name).toBe(true)
      for (const name of ['a.ts', 'b.html.bak', 'c.mdx', 'README', 'd.txt.orig']) expect(files.test(name), name).toBe(false)
    }
  })
})

describe('the build', () => {
  it('links the package bins into node_modules/.bin, so that `npx mtlint` in a clone named mtlint runs this build', () => {
    const {bin} = JSON.parse(readFileSync('package.json', 'utf8')) as {bin: Record<string, string>}
    for (const [name, file] of Object.entries(bin)) {
      expect(realpathSync(`node_modules/.bin/${name}`)).toBe(realpathSync(file))
      expect(statSync(file).mode & 0o111).not.toBe(0)
    }
  })
})
