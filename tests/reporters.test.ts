import {readFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import ajvDraft04 from 'ajv-draft-04'
import ajvFormats from 'ajv-formats'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import type {Settings} from '../src/config.js'
import {recommended, severityIn} from '../src/presets.js'
import {lint} from '../src/processor.js'
import {escapeData, escapeProperty, reportGithub} from '../src/reporters/github.js'
import {reportSarif} from '../src/reporters/sarif.js'
import type {SarifLog} from '../src/reporters/sarif.js'
import {ruleUrl} from '../src/rule.js'

const cwd = process.cwd()
const version = '0.1.0'
/** Two rules, so that other rules do not move the figures: one at `error`, one at `warn`. */
const settings: Settings = {preset: 'none', rules: {'doubled-punctuation': 'error', 'repeated-word': 'warn'}}

const schema = JSON.parse(
  readFileSync(new URL('../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8')
) as Record<string, unknown>
// The schema's `language` pattern (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`) is not valid with the `u` flag.
// Both packages are CommonJS with `exports.default`, which is what the types describe under NodeNext.
const ajv = new ajvDraft04.default({allErrors: true, strict: false, unicodeRegExp: false})
ajvFormats.default(ajv)
const validateSarif = ajv.compile(schema)

function sarif(files: VFile[]): SarifLog {
  return JSON.parse(reportSarif(files, {cwd, version})) as SarifLog
}

/** The log, after asserting it validates against the official SARIF 2.1.0 schema. */
function validSarif(files: VFile[]): SarifLog {
  const log = sarif(files)
  const valid = validateSarif(log)
  expect(validateSarif.errors ?? [], JSON.stringify(validateSarif.errors, null, 2)).toEqual([])
  expect(valid).toBe(true)
  return log
}

describe('reportSarif', () => {
  it('validates against the SARIF 2.1.0 schema, with results, fixes and suggestions', () => {
    const files = [
      lint('Prices rose,, analysts said. She said the the plan worked.\n', {...settings, path: 'news/a.txt'}),
      lint('The two leaders also spoken to reporters.\n', {preset: 'none', rules: {'participle-as-past': 'warn'}, path: 'news/b.txt'}),
      lint('<!-- mtlint-disable no-such-rule -->\n\nPrices rose,, analysts said.\n', {...settings, path: 'news/c.md'}),
      lint('A clean sentence.\n', {...settings, path: 'news/d.html'})
    ]
    const log = validSarif(files)
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    expect(log.version).toBe('2.1.0')
    expect(log.runs).toHaveLength(1)
    const [run] = log.runs
    expect(run.columnKind).toBe('utf16CodeUnits')
    expect(run.results.map((result) => [result.ruleId, result.level])).toEqual([
      ['doubled-punctuation', 'error'],
      ['repeated-word', 'warning'],
      ['participle-as-past', 'warning'],
      ['doubled-punctuation', 'error'],
      ['control-comment', 'error']
    ])
    expect(run.invocations).toEqual([{executionSuccessful: true}])
    expect(run.artifacts).toEqual([
      {location: {uri: 'news/a.txt', uriBaseId: '%SRCROOT%'}, roles: ['analysisTarget'], mimeType: 'text/plain'},
      {location: {uri: 'news/b.txt', uriBaseId: '%SRCROOT%'}, roles: ['analysisTarget'], mimeType: 'text/plain'},
      {location: {uri: 'news/c.md', uriBaseId: '%SRCROOT%'}, roles: ['analysisTarget'], mimeType: 'text/markdown'},
      {location: {uri: 'news/d.html', uriBaseId: '%SRCROOT%'}, roles: ['analysisTarget'], mimeType: 'text/html'}
    ])
    expect(run.originalUriBaseIds).toEqual({'%SRCROOT%': {uri: pathToFileURL(cwd).href + '/'}})
  })

  it('gives each result its region, location and safe fix', () => {
    const text = 'Prices rose,, analysts said.\nShe said the the plan worked.\n'
    const [run] = validSarif([lint(text, {...settings, path: 'news/a.txt'})]).runs
    const [doubled, repeated] = run.results

    const doubledAt = text.indexOf(',,')
    expect(doubled).toMatchObject({
      ruleId: 'doubled-punctuation',
      ruleIndex: rules.findIndex((rule) => rule.id === 'doubled-punctuation'),
      level: 'error',
      properties: {messageId: expect.any(String)}
    })
    expect(doubled.message.text).toMatch(/^Unexpected /)
    const location = doubled.locations[0].physicalLocation
    expect(location.artifactLocation).toEqual({uri: 'news/a.txt', uriBaseId: '%SRCROOT%', index: 0})
    expect(location.region).toMatchObject({startLine: 1, startColumn: doubledAt + 1, endLine: 1, charOffset: doubledAt})
    const region = location.region!
    expect(text.slice(region.charOffset, region.charOffset! + region.charLength!)).toMatch(/^,+$/)
    expect(region.endColumn - region.startColumn).toBe(region.charLength)

    // The fix replaces the region with `expected[0]` and makes the text right.
    expect(doubled.fixes).toHaveLength(1)
    const [fix] = doubled.fixes!
    expect(fix.properties).toEqual({safe: true})
    expect(fix.description.text).toMatch(/safe/)
    const [change] = fix.artifactChanges
    expect(change.artifactLocation).toEqual(location.artifactLocation)
    const [replacement] = change.replacements
    expect(replacement.deletedRegion).toEqual(region)
    const fixed = text.slice(0, region.charOffset) + replacement.insertedContent.text + text.slice(region.charOffset! + region.charLength!)
    expect(fixed).toBe('Prices rose, analysts said.\nShe said the the plan worked.\n')

    const secondLine = text.indexOf('\n') + 1
    expect(repeated.level).toBe('warning')
    expect(repeated.locations[0].physicalLocation.region).toEqual({
      startLine: 2,
      startColumn: 13,
      endLine: 2,
      endColumn: 17,
      charOffset: secondLine + 12,
      charLength: 4
    })
    expect(repeated.fixes?.[0].artifactChanges[0].replacements[0].insertedContent).toEqual({text: ''})
  })

  it('gives suggestions as fixes that say they need review', () => {
    const file = lint('The two leaders also spoken to reporters.\n', {preset: 'none', rules: {'participle-as-past': 'warn'}, path: 'b.txt'})
    const [message] = file.messages
    expect(message.fixable).toBe(false)
    expect(message.expected!.length).toBeGreaterThan(1)
    const [result] = validSarif([file]).runs[0].results
    expect(result.fixes!.map((fix) => fix.artifactChanges[0].replacements[0].insertedContent.text)).toEqual(message.expected)
    for (const fix of result.fixes!) {
      expect(fix.properties).toEqual({safe: false})
      expect(fix.description.text).toMatch(/^Suggestion, review before applying: replace `spoken` with `/)
    }
  })

  it('describes every rule, with its default level from the recommended preset', () => {
    const [run] = validSarif([]).runs
    const {driver} = run.tool
    expect(driver).toMatchObject({name: 'mtlint', version, semanticVersion: version, informationUri: expect.stringMatching(/^https:\/\//)})
    expect(driver.rules.map((rule) => rule.id)).toEqual([...rules.map((rule) => rule.id), 'control-comment', 'parse-limit'])
    for (const [index, rule] of rules.entries()) {
      const descriptor = driver.rules[index]
      expect(descriptor.shortDescription.text).toBe(rule.definition.description)
      expect(descriptor.helpUri).toBe(ruleUrl(rule.id))
      expect(descriptor.properties.tags).toEqual([rule.definition.category])
      const severity = severityIn(recommended, rule.id)
      if (severity === 'error') expect(descriptor.defaultConfiguration).toEqual({level: 'error'})
      else if (severity === 'warn') expect(descriptor.defaultConfiguration).toEqual({level: 'warning'})
      else expect(descriptor.defaultConfiguration.enabled).toBe(false)
    }
    expect(driver.rules.find((rule) => rule.id === 'doubled-punctuation')!.name).toBe('DoubledPunctuation')
  })

  it('is checked by a validator that refuses a broken log', () => {
    const log = sarif([lint('Prices rose,, analysts said.\n', {...settings, path: 'a.txt'})])
    const broken = (change: (log: any) => void) => {
      const copy = structuredClone(log)
      change(copy)
      return validateSarif(copy)
    }
    expect(broken(() => {})).toBe(true)
    expect(broken((copy) => (copy.runs[0].results[0].level = 'warn'))).toBe(false)
    expect(broken((copy) => (copy.runs[0].results[0].locations[0].physicalLocation.region.startColumn = 0))).toBe(false)
    expect(broken((copy) => (copy.runs[0].artifacts[0].location.uri = 'a b.txt'))).toBe(false)
    expect(broken((copy) => (copy.runs[0].tool.driver.rules[0].helpUri = 'not a uri'))).toBe(false)
    expect(broken((copy) => delete copy.runs[0].results[0].fixes[0].artifactChanges[0].replacements[0].deletedRegion)).toBe(false)
  })

  it('gives an empty run for no files and for clean files', () => {
    expect(validSarif([]).runs[0]).toMatchObject({results: [], artifacts: [], invocations: [{executionSuccessful: true}]})
    const [run] = validSarif([lint('A clean sentence.\n', {...settings, path: 'clean.txt'})]).runs
    expect(run.results).toEqual([])
    expect(run.artifacts).toHaveLength(1)
  })

  it('counts columns in UTF-16 code units, so an emoji before a defect counts twice', () => {
    const text = '😀 Prices rose,, analysts said.\n'
    const [result] = validSarif([lint(text, {...settings, path: 'emoji.txt'})]).runs[0].results
    const region = result.locations[0].physicalLocation.region!
    const at = text.indexOf(',,')
    expect(region.startColumn).toBe(at + 1)
    expect(region.startColumn).toBe([...text.slice(0, at)].length + 2)
    expect(region.charOffset).toBe(at)
  })

  it('percent-encodes paths relative to cwd with forward slashes, and gives files outside it as file URIs', () => {
    const inside = lint('Prices rose,, analysts said.\n', {...settings, path: path.join('news', 'a b#1%.txt')})
    const outside = lint('Prices rose,, analysts said.\n', {...settings, path: path.resolve(cwd, '..', 'elsewhere.txt')})
    const [run] = validSarif([inside, outside]).runs
    expect(run.artifacts.map((artifact) => artifact.location)).toEqual([
      {uri: 'news/a%20b%231%25.txt', uriBaseId: '%SRCROOT%'},
      {uri: pathToFileURL(path.resolve(cwd, '..', 'elsewhere.txt')).href}
    ])
    expect(run.results[1].locations[0].physicalLocation.artifactLocation.index).toBe(1)
  })

  it('keeps file errors out of the results, as tool notifications', () => {
    const file = new VFile({path: 'broken.txt'})
    file.message('Cannot process file: not UTF-8').fatal = true
    const [run] = validSarif([file]).runs
    expect(run.results).toEqual([])
    expect(run.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: {text: 'Cannot process file: not UTF-8'},
            locations: [{physicalLocation: {artifactLocation: {uri: 'broken.txt', uriBaseId: '%SRCROOT%', index: 0}}}]
          }
        ]
      }
    ])
  })
})

describe('reportGithub', () => {
  it('writes one workflow command per message', () => {
    const files = [lint('She said the the plan worked.\nPrices rose,, analysts said.\n', {...settings, path: path.join('news', 'a.txt')})]
    const lines = reportGithub(files, {cwd}).split('\n')
    expect(lines).toHaveLength(3)
    expect(lines[0]).toBe(
      '::warning file=news/a.txt,line=1,col=13,endLine=1,endColumn=17,title=mtlint (repeated-word)::Unexpected repeated `the`, remove it'
    )
    expect(lines[1]).toMatch(/^::error file=news\/a\.txt,line=2,col=12,endLine=2,endColumn=\d+,title=mtlint \(doubled-punctuation\)::Unexpected /)
    expect(lines[2]).toBe('')
    expect(reportGithub([], {cwd})).toBe('')
  })

  it('escapes properties and data as GitHub specifies', () => {
    expect(escapeData('100% done,\r\nnext: yes')).toBe('100%25 done,%0D%0Anext: yes')
    expect(escapeProperty('100% done,\r\nnext: yes')).toBe('100%25 done%2C%0D%0Anext%3A yes')

    const file = new VFile({path: 'odd,name:50%.txt'})
    const message = file.message('Unexpected `%`, expected `percent`\nsee: a, b', {
      place: {start: {line: 1, column: 3, offset: 2}, end: {line: 1, column: 4, offset: 3}},
      ruleId: 'some-rule',
      source: 'mtlint'
    })
    message.fatal = false
    expect(reportGithub([file], {cwd})).toBe(
      '::warning file=odd%2Cname%3A50%25.txt,line=1,col=3,endLine=1,endColumn=4,title=mtlint (some-rule)::Unexpected `%25`, expected `percent`%0Asee: a, b\n'
    )
  })

  it('leaves columns out when a region spans lines, and names files without a rule', () => {
    const file = new VFile({path: 'a.txt'})
    file.message('Spans lines', {
      place: {start: {line: 1, column: 5, offset: 4}, end: {line: 3, column: 2, offset: 20}},
      ruleId: 'fused-paragraphs'
    }).fatal = true
    file.message('Cannot process file').fatal = true
    expect(reportGithub([file], {cwd})).toBe(
      '::error file=a.txt,line=1,endLine=3,title=mtlint (fused-paragraphs)::Spans lines\n' + '::error file=a.txt,title=mtlint::Cannot process file\n'
    )
  })
})
