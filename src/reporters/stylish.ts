import type {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'

export function reportStylish(files: readonly VFile[], options: {color: boolean}): string {
  const report = reporter([...files], {color: options.color, defaultName: '<stdin>'})
  return report ? report + '\n' : ''
}
