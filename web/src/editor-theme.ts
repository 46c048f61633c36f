import {EditorView} from '@codemirror/view'

/**
 * Underlines and hover colours with WCAG AA contrast on white: text 4.5:1 and more, the
 * underlines 3:1 and more (warning #8a4b00 is 6.8:1, error #b3261e 6.5:1).
 */
export const editorTheme = EditorView.theme({
  '&': {height: '100%', fontSize: '16px', backgroundColor: '#ffffff', color: '#1b1b1b'},
  '&.cm-focused': {outline: '3px solid #1a56b0', outlineOffset: '1px'},
  '.cm-scroller': {fontFamily: 'Georgia, "Times New Roman", serif', lineHeight: '1.6'},
  '.cm-content': {padding: '12px 14px'},
  '.cm-lintRange-warning': {backgroundImage: 'none', textDecoration: 'underline wavy #8a4b00', textDecorationSkipInk: 'none', textUnderlineOffset: '3px', backgroundColor: '#fff3e0'},
  '.cm-lintRange-error': {backgroundImage: 'none', textDecoration: 'underline wavy #b3261e', textDecorationSkipInk: 'none', textUnderlineOffset: '3px', backgroundColor: '#fdecea'},
  '.cm-lintPoint-warning:after': {borderBottomColor: '#8a4b00'},
  '.cm-lintPoint-error:after': {borderBottomColor: '#b3261e'},
  '.cm-tooltip-lint': {maxWidth: '34em', fontFamily: 'system-ui, sans-serif', fontSize: '14px', color: '#1b1b1b', backgroundColor: '#ffffff'},
  '.cm-diagnostic-warning': {borderLeftColor: '#8a4b00'},
  '.cm-diagnostic-error': {borderLeftColor: '#b3261e'},
  '.cm-diagnosticSource': {opacity: '1', color: '#4a4a4a'},
  '.cm-diagnosticAction': {backgroundColor: '#1a56b0', color: '#ffffff', borderRadius: '3px', padding: '2px 8px'}
})
