import type {VFile} from 'vfile'
import type {RelintCache} from './relint-cache.js'
import type {Report, RuleContext} from './rule.js'
import type {Bitext} from './source/bitext.js'
import type {BlockKind} from './formats/extracted.js'

/** What every rule's context shares within one lint of a file: made once per file, not per rule. */
export interface FileScope {
  readonly text: string
  readonly file: VFile
  readonly isProtected: (from: number, to?: number) => boolean
  readonly lineOf: (offset: number) => number
  readonly blockKind: (offset: number) => BlockKind
  readonly source: RuleContext['source']
  /** The file's bitext, built on first use. */
  readonly bitext: () => Bitext | undefined
  readonly relintCache: RelintCache | undefined
}

const computeOnly = <T>(_kind: string, _key: string, compute: () => T): T => compute()

/**
 * One rule's context for one file: the file's shared parts by reference, and the rule's own
 * options and report. A class with one shape, so that creating one per rule per file is cheap
 * and the rules' property reads stay monomorphic; its functions are own properties, so a rule may
 * still take them out of the context (`const {report} = context`).
 */
class ScopedRuleContext implements RuleContext<string, unknown> {
  readonly text: string
  readonly file: VFile
  readonly isProtected: FileScope['isProtected']
  readonly lineOf: FileScope['lineOf']
  readonly blockKind: FileScope['blockKind']
  readonly source: FileScope['source']
  readonly memo: RuleContext['memo']

  constructor(
    private readonly scope: FileScope,
    ruleId: string,
    readonly options: unknown,
    readonly report: (report: Report) => void
  ) {
    this.text = scope.text
    this.file = scope.file
    this.isProtected = scope.isProtected
    this.lineOf = scope.lineOf
    this.blockKind = scope.blockKind
    this.source = scope.source
    this.memo = scope.relintCache ? scopedMemo(scope.relintCache, ruleId) : computeOnly
  }

  get bitext(): Bitext | undefined {
    return this.scope.bitext()
  }
}

/** The relint cache's memo with the rule's kinds as its own, one string each (a lookup hashes it once). */
function scopedMemo(relintCache: RelintCache, ruleId: string): RuleContext['memo'] {
  const scopedKinds = new Map<string, string>()
  return (kind, key, compute) => {
    let scoped = scopedKinds.get(kind)
    if (scoped === undefined) scopedKinds.set(kind, (scoped = `${ruleId}/${kind}`))
    return relintCache.memo(scoped, key, compute)
  }
}

export function ruleContext(scope: FileScope, ruleId: string, options: unknown, report: (report: Report) => void): RuleContext<string, unknown> {
  return new ScopedRuleContext(scope, ruleId, options, report)
}
