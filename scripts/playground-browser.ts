/**
 * The built playground (`web/dist`) served on this machine, and the system's Chromium driven by
 * playwright-core: what the browser tests and `npm run bench:web` share. No browser is
 * downloaded: the Debian package `chromium` is used (or `MTLINT_CHROMIUM`).
 */
import {existsSync} from 'node:fs'
import path from 'node:path'
import {chromium} from 'playwright-core'
import type {Browser} from 'playwright-core'
import {preview} from 'vite'

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

/** The Chromium to drive: `MTLINT_CHROMIUM`, else the first system one found. */
export function chromiumPath(): string | undefined {
  const chosen = process.env.MTLINT_CHROMIUM
  if (chosen) return chosen
  return candidates.find((candidate) => existsSync(candidate))
}

/**
 * Headless Chromium without the services that call out (a closed network refuses them and the
 * page needs none). playwright-core gives each launch a fresh profile of its own.
 */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  })
}

/** `web/dist` of the project at `root`, served on the loopback address; throws when it is not built. */
export async function servePlayground(root: string): Promise<{url: string; close: () => Promise<void>}> {
  if (!existsSync(path.join(root, 'web/dist/index.html'))) {
    throw new Error('web/dist/index.html: the playground is not built; run `npm run build:web`')
  }
  const server = await preview({
    configFile: path.join(root, 'web/vite.config.ts'),
    logLevel: 'silent',
    preview: {host: '127.0.0.1', port: 0, open: false}
  })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('vite preview did not say where it serves the playground')
  return {url, close: () => server.close()}
}
