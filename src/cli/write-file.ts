import {closeSync, ftruncateSync, openSync, promises as fs, writeSync} from 'node:fs'
import path from 'node:path'
import {isWithin} from '../expand-paths.js'
import {lazyCrypto} from '../lazy-crypto.js'
import {decodeText} from '../text-file.js'
import type {FileState} from '../text-file.js'

/**
 * Replace a file's content atomically: write a temporary file in the same folder with the
 * original's mode (or the default mode for a new file), then rename it over the original. Readers
 * see the old or the new text, never half. A symbolic link stays a link to the new text.
 */
export async function writeFileAtomic(target: string, content: string | Uint8Array): Promise<void> {
  // Through a symbolic link, replace the file it points to, not the link.
  const filePath = await fs.realpath(target).catch(() => target)
  let mode: number | undefined
  try {
    mode = (await fs.stat(filePath)).mode & 0o7777
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  const {randomBytes} = lazyCrypto()
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

/** What a fixed file was read as: it is written only if it still is. */
export interface ReadAs {
  state: FileState
  text: string
}

/**
 * Write a fixed article over its file, unless the file should not be: it lies (through a link)
 * outside `roots`, it is gone, read-only (no write bit for anyone, even for root), or changed since
 * it was read (time, size or text). A file with several hard links, or owned by another user, is
 * rewritten in place (its inode, owner and links stay); any other is replaced atomically. Returns
 * why the file was not written, or `undefined` once it is.
 */
export async function writeFixedFile(target: string, content: Uint8Array, read: ReadAs, roots?: readonly string[]): Promise<string | undefined> {
  let real: string
  let stat
  try {
    real = await fs.realpath(target)
    stat = await fs.stat(real)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return code === 'ENOENT' ? 'not written: the file is gone since it was read' : `cannot write fixed file: ${code ?? (error as Error).message}`
  }
  if (roots && !roots.some((root) => isWithin(real, root))) return 'not written: it leads outside the files and folders given'
  if (!stat.isFile()) return 'not written: no longer a regular file'
  if ((stat.mode & 0o222) === 0) return 'not written: the file is read-only'
  const changed = 'not written: the file changed since it was read'
  if (stat.mtimeMs !== read.state.mtimeMs || stat.size !== read.state.size) return changed
  let now
  try {
    now = decodeText(await fs.readFile(real))
  } catch (error) {
    return `cannot write fixed file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
  }
  if ('error' in now || now.text !== read.text) return changed
  try {
    const inPlace = stat.nlink > 1 || (process.getuid !== undefined && stat.uid !== process.getuid())
    if (inPlace) writeInPlace(real, content)
    else await writeFileAtomic(real, content)
  } catch (error) {
    return `cannot write fixed file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
  }
  return undefined
}

/** Overwrite a file through its own inode: open it, write, cut it to the new length. */
function writeInPlace(file: string, content: Uint8Array): void {
  const descriptor = openSync(file, 'r+')
  try {
    let written = 0
    while (written < content.length) written += writeSync(descriptor, content, written, content.length - written, written)
    ftruncateSync(descriptor, content.length)
  } finally {
    closeSync(descriptor)
  }
}
