import {AbstractMessageReader} from 'vscode-languageserver/node'
import type {DataCallback, Disposable, Message, MessageReader} from 'vscode-languageserver/node'
import {defaultMaxMessageSize} from './options.js'

const headerEnd = Buffer.from('\r\n\r\n')
const contentLength = /content-length[ \t]*:[ \t]*(.*?)[ \t]*$/i
/**
 * Bytes kept while looking for the end of a header: past this, all but the last `headerTail` are
 * dropped, so that a stream without a blank line is not buffered whole.
 */
const maxHeaderSearch = 64 * 1024
const headerTail = 1024
const decoder = new TextDecoder('utf-8')

/**
 * A JSON-RPC reader for `Content-Length` framed messages that recovers from garbage: bytes that
 * are not a valid header are skipped up to the next `Content-Length:` header, and a body that is
 * not a JSON-RPC message is skipped, each reported through `onError`. (vscode-jsonrpc's own
 * stream reader stops reading the rest of a chunk after a bad header, so the request that
 * follows garbage waits until more bytes arrive, and garbage without a blank line swallows the
 * messages after it.)
 */
export class ResilientMessageReader extends AbstractMessageReader implements MessageReader {
  private chunks: Buffer[] = []
  private buffered = 0
  /** The body length the last header announced, or -1 while looking for a header. */
  private bodyLength = -1
  /** Dropping bytes while looking for a header (said once, until a header is found). */
  private dropping = false

  /**
   * A `Content-Length` above this is refused at once (the header skipped) rather than waited for
   * and buffered: a corrupt header, or an attempt to make the server allocate.
   */
  maxMessageSize: number

  constructor(
    private readonly readable: NodeJS.ReadableStream,
    options: {maxMessageSize?: number} = {}
  ) {
    super()
    this.maxMessageSize = options.maxMessageSize ?? defaultMaxMessageSize
  }

  listen(callback: DataCallback): Disposable {
    const onData = (data: Buffer | string) => {
      const chunk = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
      this.chunks.push(chunk)
      this.buffered += chunk.length
      this.drain(callback)
    }
    const onError = (error: Error) => this.fireError(error)
    const onClose = () => this.fireClose()
    this.readable.on('data', onData)
    this.readable.on('error', onError)
    this.readable.on('close', onClose)
    this.readable.on('end', onClose)
    return {
      dispose: () => {
        this.readable.off('data', onData)
        this.readable.off('error', onError)
        this.readable.off('close', onClose)
        this.readable.off('end', onClose)
      }
    }
  }

  private take(length: number): Buffer {
    const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.buffered)
    const taken = all.subarray(0, length)
    const rest = all.subarray(length)
    this.chunks = rest.length > 0 ? [rest] : []
    this.buffered = rest.length
    return taken
  }

  private peek(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.buffered)]
    return this.chunks[0] ?? Buffer.alloc(0)
  }

  private drain(callback: DataCallback): void {
    while (true) {
      if (this.bodyLength < 0) {
        const buffer = this.peek()
        const end = buffer.indexOf(headerEnd)
        if (end < 0) {
          if (this.buffered > maxHeaderSearch) this.drop(this.buffered - headerTail)
          return
        }
        this.dropping = false
        const header = this.take(end + headerEnd.length).subarray(0, end).toString('latin1')
        const length = this.headerLength(header)
        if (length === undefined) continue
        this.bodyLength = length
      }
      if (this.buffered < this.bodyLength) return
      const body = this.take(this.bodyLength)
      this.bodyLength = -1
      let message: unknown
      try {
        message = JSON.parse(decoder.decode(body))
      } catch (error) {
        this.fireError(new Error(`malformed JSON: ${(error as Error).message}`))
        continue
      }
      if (typeof message !== 'object' || message === null || Array.isArray(message)) {
        this.fireError(new Error('a message must be a JSON object'))
        continue
      }
      try {
        callback(message as Message)
      } catch (error) {
        this.fireError(error)
      }
    }
  }

  private drop(length: number): void {
    if (!this.dropping) this.fireError(new Error('skipping bytes that are not a message header, up to the next header'))
    this.dropping = true
    this.take(length)
  }

  /**
   * The body length a header block announces; garbage before the last `Content-Length` line is
   * skipped (and reported). A length that is not a number of bytes, or is over the limit, is
   * refused: the block is skipped (and reported) and the body, if it comes, is skipped as garbage.
   */
  private headerLength(header: string): number | undefined {
    const lines = header.split('\r\n')
    let value: string | undefined
    let garbage = false
    for (const line of lines) {
      const match = contentLength.exec(line)
      if (match) {
        // Garbage without a line break of its own ends up in front of the next header's first line.
        if (match.index > 0) garbage = true
        value = match[1]
      } else if (!/^[\w-]+[ \t]*:/.test(line)) {
        garbage = true
      }
    }
    if (value === undefined) {
      this.fireError(new Error(`skipped bytes that are not a message header: ${JSON.stringify(header.slice(0, 80))}`))
      return undefined
    }
    if (!/^\d+$/.test(value)) {
      this.fireError(new Error(`refused a message header: Content-Length ${JSON.stringify(value.slice(0, 40))} is not a number of bytes`))
      return undefined
    }
    const found = Number(value)
    if (found > this.maxMessageSize) {
      this.fireError(
        new Error(
          `refused a message of ${value.length > 20 ? `${value.slice(0, 20)}…` : value} bytes: more than the limit of ` +
            `${this.maxMessageSize} (initialization option \`maxMessageSize\`)`
        )
      )
      return undefined
    }
    if (garbage) this.fireError(new Error(`skipped bytes before a message header: ${JSON.stringify(header.slice(0, 80))}`))
    return found
  }
}
