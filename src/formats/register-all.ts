/**
 * Every markup format, loaded and registered at once: for callers whose `lint()` and `fix()` must
 * take Markdown and HTML synchronously without Node's module loader (the library entry on any Node
 * 20, the playground's worker). The command line and the server load each only when needed.
 */
import {extractHtml, parseHtml} from './html.js'
import {registerFormat} from './index.js'
import {extractMarkdown, parseMarkdown} from './markdown.js'

registerFormat('markdown', {parse: parseMarkdown, extract: extractMarkdown})
registerFormat('html', {parse: parseHtml, extract: extractHtml})
