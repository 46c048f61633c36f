/**
 * Words right before a number that make it an identifier, not a quantity, for `digit-grouping`:
 * `item No. 4241014`, `code 5110704`, `ZIP 94110`, `flight 12345`. Compared lowercase, without a
 * final period. A capitalized word before a number mid-sentence (`Order 12044`, `GOST R 51162`)
 * needs no entry: the rule skips those anyway.
 */
export const numberIdentifierWords: ReadonlySet<string> = new Set([
  'no', 'nos', 'nr', 'num', 'number', 'numbers', 'id', 'code', 'codes', 'art', 'article', 'item', 'items', 'sku',
  'order', 'ref', 'reference', 'part', 'serial', 'model', 'version', 'ver', 'v', 'barcode', 'ean', 'upc',
  'isbn', 'issn', 'doi', 'pmid', 'phone', 'tel', 'telephone', 'fax', 'mobile', 'hotline', 'zip', 'postcode',
  'postal', 'pin', 'account', 'acct', 'card', 'case', 'docket', 'patent', 'ticket', 'flight', 'train',
  'room', 'box', 'po', 'route', 'bus', 'line', 'form', 'bill', 'file', 'invoice', 'catalog', 'catalogue',
  'page', 'p', 'pp', 'vol', 'volume', 'chapter', 'section', 'sec', 'rule', 'resolution', 'decree', 'act',
  'standard', 'ticker', 'station', 'unit', 'building', 'apt', 'apartment', 'suite', 'ext', 'extension',
  'lot', 'batch', 'registration', 'license', 'licence', 'vin', 'imei', 'tracking', 'contract', 'grant',
  'award', 'opinion', 'proclamation', 'directive', 'regulation', 'policy', 'password', 'username', 'user',
  'uid', 'pid', 'port', 'channel', 'frequency', 'build', 'release', 'revision', 'rev', 'issue', 'pr',
  'commit', 'record', 'records', 'entry', 'entries', 'sample', 'specimen', 'patient', 'inmate', 'prisoner',
  'badge', 'seat', 'gate', 'platform', 'block', 'plot', 'parcel', 'kit', 'cat', 'op', 'call', 'dial', 'text',
  'sms', 'whatsapp', 'contact'
])
