import type {Settings} from '../../src/config.js'
import type {LintRequest, LintResponse, RuleInfo} from './protocol.js'

type Answer = Extract<LintResponse, {ok: true}>

/** Requests to the lint worker as promises; a refusal or a worker error rejects with one line. */
export class LintClient {
  private readonly worker: Worker
  private next = 1
  private readonly waiting = new Map<number, {resolve: (answer: Answer) => void; reject: (error: Error) => void}>()

  constructor() {
    this.worker = new Worker(new URL('./lint-worker.ts', import.meta.url), {type: 'module', name: 'mtlint'})
    this.worker.addEventListener('message', (event: MessageEvent<LintResponse>) => {
      const answer = event.data
      const waiter = this.waiting.get(answer.id)
      if (!waiter) return
      this.waiting.delete(answer.id)
      if (answer.ok) waiter.resolve(answer)
      else waiter.reject(new Error(answer.error))
    })
    this.worker.addEventListener('error', (event) => {
      event.preventDefault()
      const error = new Error(`The lint worker failed: ${event.message || 'it could not start'}`)
      for (const waiter of this.waiting.values()) waiter.reject(error)
      this.waiting.clear()
    })
  }

  request(kind: 'lint' | 'fix', text: string, path: string, settings: Settings): Promise<Answer> {
    return this.send({id: this.next++, kind, text, path, settings})
  }

  async rules(): Promise<RuleInfo[]> {
    return (await this.send({id: this.next++, kind: 'rules'})).rules ?? []
  }

  private send(request: LintRequest): Promise<Answer> {
    return new Promise((resolve, reject) => {
      this.waiting.set(request.id, {resolve, reject})
      this.worker.postMessage(request)
    })
  }
}
