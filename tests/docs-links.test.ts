import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const pages = ['README.md', ...(existsSync(path.join(root, 'docs')) ? readdirSync(path.join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`) : [])]

/** The lines of a Markdown page outside fenced code blocks. */
function proseLines(text: string): string[] {
  const lines: string[] = []
  let fence: string | undefined
  for (const line of text.split('\n')) {
    const marker = /^\s*(```|~~~)/.exec(line)?.[1]
    if (marker) fence = fence === undefined ? marker : line.trimStart().startsWith(fence) ? undefined : fence
    else if (fence === undefined) lines.push(line)
  }
  return lines
}

/** GitHub's anchor of a heading: lower case, punctuation other than `-` dropped, spaces as `-`. */
function slug(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}_\- ]/gu, '').replace(/ /g, '-')
}

const anchors = new Map<string, Set<string>>()
function anchorsOf(page: string): Set<string> {
  let found = anchors.get(page)
  if (!found) {
    found = new Set(proseLines(readFileSync(path.join(root, page), 'utf8')).flatMap((line) => {
      const heading = /^#{1,6} (.*)$/.exec(line)?.[1]
      return heading === undefined ? [] : [slug(heading)]
    }))
    anchors.set(page, found)
  }
  return found
}

describe('links between the README and docs/', () => {
  for (const page of pages) {
    it(`${page}: every relative link names a file that exists, and an anchor that it has`, () => {
      const broken: string[] = []
      for (const line of proseLines(readFileSync(path.join(root, page), 'utf8'))) {
        for (const [, target] of line.matchAll(/\]\(([^)\s]+)\)/g)) {
          if (/^[a-z]+:/.test(target)) continue
          const [file, anchor] = target.split('#') as [string, string | undefined]
          const linked = file === '' ? page : path.posix.normalize(path.posix.join(path.posix.dirname(page), file))
          if (!existsSync(path.join(root, linked))) broken.push(`${target}: no file ${linked}`)
          else if (anchor !== undefined && (!linked.endsWith('.md') || statSync(path.join(root, linked)).isDirectory() || !anchorsOf(linked).has(anchor))) {
            broken.push(`${target}: no heading #${anchor} in ${linked}`)
          }
        }
      }
      expect(broken).toEqual([])
    })
  }
})

describe('the published package', () => {
  /** Whether package.json's `files` ships a path: a folder entry, an exact file or a `folder/*.ext` pattern. */
  const entries: string[] = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).files
  const shipped = (file: string) =>
    /^(?:README|LICENSE|package\.json)/i.test(file) ||
    entries.some((entry) => {
      const pattern = /^(.*)\/\*(\.\w+)$/.exec(entry)
      if (pattern) return path.posix.dirname(file) === pattern[1] && file.endsWith(pattern[2])
      return file === entry || file.startsWith(`${entry}/`)
    })

  it('ships every Markdown page the README links to, so the links work on the npm page and in node_modules', () => {
    const missing: string[] = []
    for (const line of proseLines(readFileSync(path.join(root, 'README.md'), 'utf8'))) {
      for (const [, target] of line.matchAll(/\]\(([^)\s#]+)(?:#[^)\s]*)?\)/g)) {
        if (/^[a-z]+:/.test(target) || !target.endsWith('.md')) continue
        const file = path.posix.normalize(target)
        if (!shipped(file)) missing.push(file)
      }
    }
    expect(missing).toEqual([])
  })
})
