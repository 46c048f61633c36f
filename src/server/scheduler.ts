/** The shortest wait after a change: keystrokes come some 50–150 ms apart, and a burst of them should cost one lint. */
export const minimumDelay = 25

/**
 * How long to wait after a change before linting: twice the document's last lint (so that a fast
 * lint comes soon after the keystroke, while a slow one leaves the server idle at least two thirds
 * of a burst of typing), at least `minimumDelay`, at most `debounce`. A document linted on the lint
 * thread (`large`) waits at least as long as its last lint took, whatever the cap; with no lint
 * yet, the wait is `debounce`.
 */
export function delayAfterChange(debounce: number, lastLint: number | undefined, large: boolean): number {
  const adaptive = lastLint === undefined ? debounce : Math.min(debounce, Math.max(minimumDelay, 2 * lastLint))
  return large ? Math.max(adaptive, lastLint ?? 0) : adaptive
}

interface Slot {
  timer?: NodeJS.Timeout
  running: boolean
  /** Run again once the current run ends: the document changed while it was being linted. */
  again: boolean
}

/**
 * Runs one task per key (a document URI) after a quiet period, never two at once for the same
 * key: a burst of changes costs one run, and a change during a run queues exactly one more.
 */
export class Debouncer {
  private readonly slots = new Map<string, Slot>()
  private disposed = false

  constructor(
    private readonly task: (key: string) => Promise<void>,
    private readonly onError: (key: string, error: unknown) => void
  ) {}

  /** Run the task for `key` after `delay` ms without another call for it (at once for 0). */
  schedule(key: string, delay: number): void {
    if (this.disposed) return
    let slot = this.slots.get(key)
    if (!slot) this.slots.set(key, (slot = {running: false, again: false}))
    if (slot.timer) clearTimeout(slot.timer)
    slot.timer = undefined
    if (delay <= 0) {
      this.fire(key, slot)
      return
    }
    slot.timer = setTimeout(() => {
      slot.timer = undefined
      this.fire(key, slot)
    }, delay)
  }

  /** Forget `key`: a waiting run is dropped (a running one finishes, and its result is for the caller to discard). */
  cancel(key: string): void {
    const slot = this.slots.get(key)
    if (!slot) return
    if (slot.timer) clearTimeout(slot.timer)
    slot.timer = undefined
    slot.again = false
    if (!slot.running) this.slots.delete(key)
  }

  dispose(): void {
    this.disposed = true
    for (const key of [...this.slots.keys()]) this.cancel(key)
  }

  private fire(key: string, slot: Slot): void {
    if (slot.running) {
      slot.again = true
      return
    }
    slot.running = true
    let done: Promise<void>
    try {
      done = this.task(key)
    } catch (error) {
      done = Promise.reject(error)
    }
    done
      .catch((error: unknown) => this.onError(key, error))
      .finally(() => {
        slot.running = false
        if (slot.again && !this.disposed) {
          slot.again = false
          this.fire(key, slot)
        } else if (!slot.timer && this.slots.get(key) === slot && !slot.again) {
          this.slots.delete(key)
        }
      })
  }
}
