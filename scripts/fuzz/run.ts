/**
 * Runs one property on generated articles of one format with `fast-check`, printing progress, and on
 * a failure the shrunk counterexample as JSON with what replays it.
 */
import fc from 'fast-check'
import type {FuzzFormat, FuzzProperty} from './properties.js'
import {article} from './properties.js'

export interface FuzzRun {
  format: FuzzFormat
  property: FuzzProperty
  runs: number
  seed: number
  /** fast-check's path to a counterexample, to replay it without searching again. */
  path?: string
  /** Where progress and reports go, one line per call. */
  log: (line: string) => void
  /** Progress lines every this many inputs. */
  every?: number
}

export interface FuzzFailure {
  format: string
  property: string
  counterexample: string
  error: string
  seed: number
  path: string
  replay: string
}

/** The `npm run fuzz` command that replays a failure of this format and property. */
export const replayCommand = (format: string, property: string, seed: number, path: string) =>
  `npm run fuzz -- --format ${format} --property ${property} --seed ${seed} --path ${path}`

/** Runs the property; returns the failure, or undefined when every input passed. */
export function runProperty(run: FuzzRun): FuzzFailure | undefined {
  const every = run.every ?? 10_000
  const started = Date.now()
  let tried = 0
  let searching = true
  const property = fc.property(article(run.format), (text) => {
    if (searching && ++tried % every === 0) {
      const seconds = (Date.now() - started) / 1000
      run.log(`  ${run.format.id} ${run.property.name}: ${tried} of ${run.runs} (${Math.round(tried / seconds)}/s)`)
    }
    try {
      run.property.check(run.format, text)
    } catch (error) {
      if (searching) run.log(`  ${run.format.id} ${run.property.name}: failed at input ${tried}, shrinking…`)
      searching = false
      throw error
    }
  })
  // With a path, fast-check goes straight to that input; more runs would search on from it.
  const details = fc.check(property, run.path ? {numRuns: 1, seed: run.seed, path: run.path} : {numRuns: run.runs, seed: run.seed})
  if (!details.failed) return undefined
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)
  const path = details.counterexamplePath ?? ''
  return {
    format: run.format.id,
    property: run.property.name,
    counterexample: details.counterexample?.[0] ?? '',
    error,
    seed: details.seed,
    path,
    replay: replayCommand(run.format.id, run.property.name, details.seed, path)
  }
}
