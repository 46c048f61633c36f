/** What the page and its lint worker say to each other. */
import type {Settings} from '../../src/config.js'
import type {MessageData} from '../../src/message.js'
import type {FixSafety} from '../../src/rule.js'

export type LintRequest =
  /** The rules the worker knows: the page lists them without loading them itself. */
  | {id: number; kind: 'rules'}
  | {
      id: number
      /** `lint`: the messages of the text; `fix`: every safe fix applied, and the messages left. */
      kind: 'lint' | 'fix'
      text: string
      /** A file name whose extension says the format (`article.md`): what the CLI reads it by. */
      path: string
      settings: Settings
    }

export interface RuleInfo {
  id: string
  fix: FixSafety
  description: string
  url: string
}

export type LintResponse =
  | {id: number; ok: true; messages: MessageData[]; fixed?: string; fixes?: number; lintMs: number; rules?: RuleInfo[]}
  | {id: number; ok: false; error: string}
