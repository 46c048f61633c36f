import {extractHtml, htmlParser} from './formats/html.js'
import {registerFormat} from './formats/index.js'
import {extractMarkdown, markdownParser} from './formats/markdown.js'

// The library's sync `lint()` and `fix()` take Markdown and HTML on every Node 20: both are loaded
// here (the command line and the server load them only for documents of their format).
registerFormat('markdown', {parser: markdownParser, extract: extractMarkdown})
registerFormat('html', {parser: htmlParser, extract: extractHtml})

export {mtlint, mtlintRecommended, createProcessor, lint, fix} from './processor.js'
export type {PluginOptions} from './processor.js'
export {fixText, applyEdits} from './fix.js'
export type {Edit, FixResult} from './fix.js'
export {lintTree} from './lint.js'
export type {ActiveRule} from './lint.js'
export {defineRule} from './define-rule.js'
export {ruleUrl} from './rule.js'
export type {Category, FixSafety, Report, Rule, RuleContext, RuleDefinition, Severity, Visitors} from './rule.js'
export {resolveRules, validateSettings, ConfigError} from './config.js'
export type {Settings, RuleSetting} from './config.js'
export {presets} from './presets.js'
export {rules} from '../rules/index.js'
