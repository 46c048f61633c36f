// Tests import the core modules, not the library entry that loads the Markdown and HTML parsers:
// load them here, as the command line and the server do for documents of those formats.
import {loadFormats} from '../src/formats/index.js'

await loadFormats(['markdown', 'html'])
