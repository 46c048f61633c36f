import type {Article} from './article.js'

/**
 * The article the page opens with: one named in the address's fragment, which browsers never send
 * to a server (`#sample=city-guide.md`, or `#name=draft.md&text=…` with the text URI-encoded, a link
 * to share an example), else `fallback`. An unknown sample is the fallback too.
 */
export function startArticle(hash: string, samples: readonly Article[], fallback: Article): Article {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  const text = params.get('text')
  if (text !== null) return {name: params.get('name') || 'article.txt', text}
  const sample = params.get('sample')
  return samples.find((candidate) => candidate.name === sample) ?? fallback
}
