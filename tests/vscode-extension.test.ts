import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'

const read = (name: string) => readFileSync(new URL(`../editors/vscode/${name}`, import.meta.url), 'utf8')

// The extension itself is type-checked by `npm test` (`npm run typecheck:vscode`); it cannot be
// loaded outside VS Code, so its languages are read from its source.
describe('the VS Code extension', () => {
  const manifest = JSON.parse(read('package.json')) as {
    activationEvents: string[]
    contributes: {languages?: Array<{id: string; filenames?: string[]}>}
  }
  const source = read('src/extension.ts')
  const languages = JSON.parse(/^const languages = (\[.*\])$/m.exec(source)?.[1].replace(/'/g, '"') ?? 'null') as string[] | null

  it('selects plain-text, Markdown and HTML documents', () => {
    expect(languages).toEqual(['plaintext', 'markdown', 'html'])
    expect(source).toMatch(/documentSelector: \['file', 'untitled'\]\.flatMap\(\(scheme\) => languages\.map/)
  })

  it('activates for every language it selects', () => {
    expect(manifest.activationEvents).toEqual(languages?.map((language) => `onLanguage:${language}`))
  })

  it('opens .mtlintrc.json as JSON with comments, which the configuration loader reads (and mtlint --init writes)', () => {
    expect(manifest.contributes.languages).toContainEqual({id: 'jsonc', filenames: ['.mtlintrc.json']})
  })
})
