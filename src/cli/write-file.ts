import {randomBytes} from 'node:crypto'
import {promises as fs} from 'node:fs'
import path from 'node:path'

/**
 * Replace a file's content atomically: write a temporary file in the same folder with the
 * original's mode (or the default mode for a new file), then rename it over the original. Readers
 * see the old or the new text, never half. A symbolic link stays a link to the new text.
 */
export async function writeFileAtomic(target: string, content: string): Promise<void> {
  // Through a symbolic link, replace the file it points to, not the link.
  const filePath = await fs.realpath(target).catch(() => target)
  let mode: number | undefined
  try {
    mode = (await fs.stat(filePath)).mode & 0o7777
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  const temporary = path.join(
    path.dirname(filePath),
    `.${path.basename(filePath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  )
  try {
    await fs.writeFile(temporary, content, mode === undefined ? {} : {mode})
    if (mode !== undefined) await fs.chmod(temporary, mode)
    await fs.rename(temporary, filePath)
  } catch (error) {
    await fs.rm(temporary, {force: true})
    throw error
  }
}
