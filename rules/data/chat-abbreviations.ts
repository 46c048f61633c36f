/**
 * Shorthand of chat and social media, often written glued to a mark (`ok,thx`, `lol.JK`): a glued
 * mark beside one may be meant as it stands. Lower case.
 */
export const chatAbbreviations: ReadonlySet<string> = new Set([
  'lol', 'lmao', 'rofl', 'omg', 'btw', 'imo', 'imho', 'idk', 'tbh', 'thx', 'ty', 'pls', 'plz', 'xd', 'jk', 'brb',
  'gg', 'afaik', 'fyi', 'asap', 'ok', 'okay', 'nvm', 'smh', 'irl', 'dm', 'rt'
])
