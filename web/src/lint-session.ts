/**
 * When to lint: at once after a load or a change of settings; after a keystroke, at once too while
 * a lint takes less than `quickLint` ms, else after a pause in typing as long as the last lint took
 * (at most `maxPause`), so that a long article is not linted for every letter. One request at a
 * time (changes made meanwhile are linted together next), and an answer shown only while it still
 * describes the text. Each answer
 * shown is timed in the page's performance timeline (`mtlint:lint`, `mtlint:change-to-findings`),
 * which `npm run bench:web` reads.
 */
import type {Settings} from '../../src/config.js'
import type {MessageData} from '../../src/message.js'
import type {LintClient} from './lint-client.js'

export interface LintInput {
  text: string
  path: string
  settings: Settings
}

export interface LintOutcome {
  messages: MessageData[]
  /** The text the messages describe. */
  text: string
  lintMs: number
}

export interface LintSessionHooks {
  input(): LintInput
  show(outcome: LintOutcome): void
  fail(error: Error): void
  /** Whether findings are pending: a change not yet linted, or a lint under way. */
  busy(busy: boolean): void
}

export class LintSession {
  private version = 0
  private timer: ReturnType<typeof setTimeout> | undefined
  private running = false
  private again = false
  /** When the first change not yet shown was made. */
  private changedAt: number | undefined
  /** How long the last lint took, from request to answer. */
  private lastLint = 0

  constructor(
    private readonly client: LintClient,
    private readonly hooks: LintSessionHooks,
    private readonly timing: {quickLint: number; maxPause: number}
  ) {}

  changed(immediately = false): void {
    this.version++
    this.changedAt ??= performance.now()
    this.hooks.busy(true)
    clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.run(), immediately ? 0 : this.pause())
  }

  private pause(): number {
    return this.lastLint < this.timing.quickLint ? 0 : Math.min(this.lastLint, this.timing.maxPause)
  }

  private async run(): Promise<void> {
    this.timer = undefined
    if (this.running) {
      this.again = true
      return
    }
    this.running = true
    const version = this.version
    const input = this.hooks.input()
    const requested = performance.now()
    try {
      const answer = await this.client.request('lint', input.text, input.path, input.settings)
      this.lastLint = performance.now() - requested
      if (version === this.version) {
        this.hooks.show({messages: answer.messages, text: input.text, lintMs: answer.lintMs})
        const shown = performance.now()
        performance.measure('mtlint:lint', {start: requested, end: shown, detail: {workerMs: answer.lintMs, length: input.text.length}})
        performance.measure('mtlint:change-to-findings', {start: this.changedAt ?? requested, end: shown})
        this.changedAt = undefined
      }
    } catch (error) {
      if (version === this.version) this.hooks.fail(error instanceof Error ? error : new Error(String(error)))
    } finally {
      this.running = false
    }
    if (this.again) {
      this.again = false
      await this.run()
    } else if (version === this.version && this.timer === undefined) {
      this.hooks.busy(false)
    }
  }
}
