/** The demo articles of `samples/`, bundled: one click shows mtlint at work. */
import type {Article} from './article.js'

const files = import.meta.glob<string>('../../samples/*.{txt,md,html}', {query: '?raw', import: 'default', eager: true})

export const samples: readonly Article[] = Object.entries(files)
  .map(([file, text]) => ({name: file.slice(file.lastIndexOf('/') + 1), text}))
  .sort((a, b) => a.name.localeCompare(b.name))
