/** The longest wait, in milliseconds, after a change before the document is linted again (see `delayAfterChange`). */
export const defaultDebounce = 150

/** Past this many characters a document is not linted: one warning says so instead. */
export const defaultMaxDocumentSize = 16 * 1024 * 1024

/** Past this many bytes a message's `Content-Length` is taken for an attack or a corrupt header, not waited for. */
export const defaultMaxMessageSize = 64 * 1024 * 1024

/** Accepted under `initializationOptions`. */
export interface InitializationOptions {
  /** Overrides the longest wait after a change (also settable with the `MTLINT_LSP_DEBOUNCE` environment variable). */
  debounce?: number
  /** The largest document linted, in characters (UTF-16 code units). */
  maxDocumentSize?: number
  /** The largest message read, in bytes (applies to the messages after `initialize`). */
  maxMessageSize?: number
}

/** A number of milliseconds from a setting or the environment: 0 or more. */
export function parseDebounce(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  return typeof number === 'number' && Number.isFinite(number) && number >= 0 ? number : undefined
}

/** A size limit from a setting: a whole number of 1 or more. */
export function parseSize(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined
}

/** A count for people: `16,777,216`. */
export function showCount(count: number): string {
  return count.toLocaleString('en-US')
}
