import type {VFile} from 'vfile'
import {toReportData} from '../message.js'

/** One JSON array of `{path, messages}`, one entry per file; each message in its plain-data form (`MessageData`). */
export function reportJson(files: readonly VFile[]): string {
  return JSON.stringify(files.map((file) => ({path: file.path, messages: file.messages.map(toReportData)}))) + '\n'
}
