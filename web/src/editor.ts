/** The article editor: CodeMirror 6 with history, the lint keys, wrapping, a label, and file drops. */
import {defaultKeymap, history, historyKeymap} from '@codemirror/commands'
import {lintKeymap} from '@codemirror/lint'
import {EditorState} from '@codemirror/state'
import {EditorView, keymap} from '@codemirror/view'
import {editorTheme} from './editor-theme.js'

export interface EditorHooks {
  /** The text changed (typed, pasted, fixed, loaded). */
  changed(): void
  /** A file was dropped on the editor: it replaces the article. */
  dropped(file: File): void
}

export function createEditor(parent: HTMLElement, text: string, hooks: EditorHooks): EditorView {
  return new EditorView({
    parent,
    state: EditorState.create({
      doc: text,
      extensions: [
        history(),
        keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({'aria-label': 'Article text', spellcheck: 'false'}),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) hooks.changed()
        }),
        EditorView.domEventHandlers({
          drop(event) {
            // CodeMirror would insert a dropped file's text where it fell.
            const file = event.dataTransfer?.files[0]
            if (!file) return false
            event.preventDefault()
            hooks.dropped(file)
            return true
          }
        }),
        editorTheme
      ]
    })
  })
}
