import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {fileUri, TestClient} from './client.js'

let dir: string
let client: TestClient

const source = '参加者は3.5万人に上った。\n'
const target = 'Participants numbered 3,500.\n'

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'mtlint-server-source-'))
  writeFileSync(path.join(dir, '.mtlintrc.json'), JSON.stringify({preset: 'none', rules: {'source-number': 'warn'}, source: {lang: 'ja'}}))
  writeFileSync(path.join(dir, 'article.ja.txt'), source)
  writeFileSync(path.join(dir, 'article.en.txt'), target)
  client = new TestClient({cwd: dir})
  await client.initialize({}, {debounce: 0})
})

afterAll(() => {
  client?.kill()
  rmSync(dir, {recursive: true, force: true})
})

describe('the language server with a `source` convention in configuration', () => {
  it('checks a translation against the source file beside it', async () => {
    const uri = fileUri(path.join(dir, 'article.en.txt'))
    await client.open(uri, target)
    const {diagnostics} = await client.diagnostics(uri)
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.character, diagnostic.range.end.character])).toEqual([['source-number', 22, 27]])
  })

  it('says when the source is missing, in one diagnostic', async () => {
    const uri = fileUri(path.join(dir, 'other.en.txt'))
    await client.open(uri, target)
    const {diagnostics} = await client.diagnostics(uri)
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0].message).toMatch(/^source other\.ja\.txt: Cannot read file: ENOENT/)
  })

  it('leaves a source file alone', async () => {
    const uri = fileUri(path.join(dir, 'article.ja.txt'))
    await client.open(uri, source)
    const {diagnostics} = await client.diagnostics(uri)
    expect(diagnostics).toEqual([])
  })
})
