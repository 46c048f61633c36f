/** The demo articles of `samples/`, bundled: one click shows mtlint at work. */
const files = import.meta.glob<string>('../../samples/*.{txt,md,html}', {query: '?raw', import: 'default', eager: true})

export interface Sample {
  /** The file name, which says the format. */
  name: string
  text: string
}

export const samples: readonly Sample[] = Object.entries(files)
  .map(([file, text]) => ({name: file.slice(file.lastIndexOf('/') + 1), text}))
  .sort((a, b) => a.name.localeCompare(b.name))
