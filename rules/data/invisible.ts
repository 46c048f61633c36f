/**
 * Invisible characters, for `invisible-character`: what each one is called in a message. Control
 * characters (C0 but tab, line feed and carriage return; DEL; C1) are named as a class.
 */
export const invisibleNames: Readonly<Record<string, string>> = Object.freeze({
  '\u00ad': 'soft hyphen',
  '\u061c': 'Arabic letter mark',
  '\u180e': 'Mongolian vowel separator',
  '\u200b': 'zero-width space',
  '\u200c': 'zero-width non-joiner',
  '\u200d': 'zero-width joiner',
  '\u200e': 'left-to-right mark',
  '\u200f': 'right-to-left mark',
  '\u202a': 'left-to-right embedding',
  '\u202b': 'right-to-left embedding',
  '\u202c': 'pop directional formatting',
  '\u202d': 'left-to-right override',
  '\u202e': 'right-to-left override',
  '\u2060': 'word joiner',
  '\u2061': 'invisible function application',
  '\u2062': 'invisible times',
  '\u2063': 'invisible separator',
  '\u2064': 'invisible plus',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
  '\ufeff': 'byte-order mark'
})

/** Directional formatting characters: right inside right-to-left text, stray elsewhere. */
export const bidiControl = /^[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]$/

/** Joiners: right between the letters of scripts that shape with them, and inside emoji. */
export const joiner = /^[\u200c\u200d]$/

/** No-break spaces: the ordinary one, the narrow one (French, units) and the figure space. */
export const noBreakSpace = /^[\u00a0\u202f\u2007]$/
