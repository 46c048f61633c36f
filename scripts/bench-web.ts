/**
 * The playground's budgets (issue 14), measured on the built page in the system's Chromium:
 * - the bundle, gzipped (budget 400 KB);
 * - from the start of loading to the first findings: of the sample shown at load, and of the
 *   reference article given in the address (`#name=…&text=…`) (budget 1 s);
 * - a keystroke in a 20 KB article: the lint in the worker, the lint from request to findings
 *   shown, and the keystroke to findings shown including the pause the page waits for typing to
 *   stop (budget 50 ms).
 * The page times itself (`performance.measure`, see web/src/lint-session.ts); this reads those
 * entries. `--runs N` page loads (default 5), `--keys N` keystrokes (default 40).
 */
import {readdirSync, readFileSync, statSync, existsSync} from 'node:fs'
import path from 'node:path'
import {gzipSync} from 'node:zlib'
import type {Browser, Page} from 'playwright-core'
import {projectRoot} from './corpus.js'
import {chromiumPath, launchChromium, servePlayground} from './playground-browser.js'

const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name)
  return at === -1 ? fallback : Number(process.argv[at + 1])
}
const runs = option('--runs', 5)
const keys = option('--keys', 40)
const referencePath = path.resolve(projectRoot, '../shared/reference/seed-article.txt')

interface Measure {
  name: string
  startTime: number
  duration: number
  detail: {workerMs?: number; length?: number} | null
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? files(full) : [full]
  })
}

function bundle(): void {
  const dist = path.join(projectRoot, 'web/dist')
  let raw = 0
  let gzipped = 0
  console.log('Bundle (web/dist), gzip level 9:')
  for (const file of files(dist).sort()) {
    const bytes = readFileSync(file)
    const size = gzipSync(bytes, {level: 9}).length
    raw += bytes.length
    gzipped += size
    console.log(`  ${path.relative(dist, file).padEnd(40)} ${kb(bytes.length).padStart(9)} ${kb(size).padStart(9)} gzipped`)
  }
  console.log(`  ${'total'.padEnd(40)} ${kb(raw).padStart(9)} ${kb(gzipped).padStart(9)} gzipped (budget 400 KB)\n`)
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`
const ms = (value: number) => `${value.toFixed(1)} ms`

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]
}

const measures = (page: Page) =>
  page.evaluate(() => (performance.getEntriesByType('measure') as PerformanceMeasure[]).map(({name, startTime, duration, detail}) => ({name, startTime, duration, detail})) as Measure[])

/** When (ms from the start of loading) the findings of a text of `length` characters were first shown. */
async function shownAt(page: Page, length: number): Promise<Measure> {
  await page.waitForFunction((length) => performance.getEntriesByName('mtlint:lint').some((entry) => (entry as PerformanceMeasure).detail?.length === length), length, {timeout: 30_000})
  return (await measures(page)).find((entry) => entry.name === 'mtlint:lint' && entry.detail?.length === length)!
}

/** Ms from the start of loading the page (with `fragment`) to the first findings of a text of `length` characters. */
async function firstFindings(browser: Browser, url: string, fragment: string, length: number): Promise<number> {
  const page = await browser.newPage()
  await page.goto(url + fragment)
  const shown = await shownAt(page, length)
  await page.close()
  return shown.startTime + shown.duration
}

/** The samples' plain-text articles, one after another until 20 KB. */
function twentyKilobytes(): string {
  const folder = path.join(projectRoot, 'samples')
  const texts = readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(path.join(folder, name), 'utf8').trim())
  let text = ''
  for (let at = 0; text.length < 20_000; at++) text += texts[at % texts.length] + '\n\n'
  return text
}

async function keystrokes(browser: Browser, url: string): Promise<void> {
  const text = twentyKilobytes()
  const page = await browser.newPage()
  await page.goto(url)
  await shownAt(page, readFileSync(path.join(projectRoot, 'samples/city-guide.md'), 'utf8').length)
  await page.locator('#file').setInputFiles({name: 'twenty.txt', mimeType: 'text/plain', buffer: Buffer.from(text)})
  await shownAt(page, text.length)
  await page.getByLabel('Article text').focus()
  const worker: number[] = []
  const lint: number[] = []
  const keystroke: number[] = []
  for (let at = 0; at < keys + 5; at++) {
    const before = (await measures(page)).length
    await page.keyboard.press(at % 2 === 0 ? 'x' : 'Backspace')
    await page.waitForFunction((before) => performance.getEntriesByType('measure').length >= before + 2, before)
    const latest = (await measures(page)).slice(before)
    const shown = latest.find((entry) => entry.name === 'mtlint:lint')!
    const change = latest.find((entry) => entry.name === 'mtlint:change-to-findings')!
    if (at < 5) continue // warm-up
    worker.push(shown.detail?.workerMs ?? NaN)
    lint.push(shown.duration)
    keystroke.push(change.duration)
  }
  await page.close()
  console.log(`A keystroke in a ${kb(text.length)} article (${keys} keystrokes, after 5 warm-up):`)
  console.log(`  lint in the worker            median ${ms(median(worker))}, p90 ${ms(percentile(worker, 0.9))}`)
  console.log(`  request to findings shown     median ${ms(median(lint))}, p90 ${ms(percentile(lint, 0.9))} (budget 50 ms)`)
  console.log(`  keystroke to findings shown   median ${ms(median(keystroke))}, p90 ${ms(percentile(keystroke, 0.9))} (with the pause for typing)`)
}

async function main(): Promise<void> {
  const executable = chromiumPath()
  if (!executable) throw new Error('no Chromium found: apt-get install chromium, or set MTLINT_CHROMIUM')
  bundle()
  const server = await servePlayground(projectRoot)
  const browser = await launchChromium(executable)
  try {
    const reference = existsSync(referencePath) ? readFileSync(referencePath, 'utf8') : undefined
    const name = reference === undefined ? 'press-conference.txt' : 'seed-article.txt'
    const text = reference ?? readFileSync(path.join(projectRoot, 'samples/press-conference.txt'), 'utf8')
    const sampleLength = readFileSync(path.join(projectRoot, 'samples/city-guide.md'), 'utf8').length
    const sample: number[] = []
    const article: number[] = []
    for (let run = 0; run < runs; run++) {
      sample.push(await firstFindings(browser, server.url, '', sampleLength))
      // The article given in the address (#name=…&text=…): the page opens with it.
      article.push(await firstFindings(browser, server.url, `#name=${name}&text=${encodeURIComponent(text)}`, text.length))
    }
    console.log(`From the start of loading to the first findings (${runs} loads each, median and slowest; budget 1 s):`)
    console.log(`  the sample shown at load (city-guide.md)  ${ms(median(sample))}, ${ms(Math.max(...sample))}`)
    console.log(`  ${(name + ' given in the address').padEnd(41)} ${ms(median(article))}, ${ms(Math.max(...article))}\n`)
    await keystrokes(browser, server.url)
  } finally {
    await browser.close()
    await server.close()
  }
}

main().catch((error: unknown) => {
  console.error(`bench-web: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
