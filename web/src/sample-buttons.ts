import type {Article} from './article.js'

/** One button per sample article, after a "Samples:" label. */
export function renderSampleButtons(nav: HTMLElement, samples: readonly Article[], open: (sample: Article) => void): void {
  const label = document.createElement('span')
  label.textContent = 'Samples:'
  const buttons = samples.map((sample) => {
    const button = document.createElement('button')
    button.type = 'button'
    button.textContent = sample.name
    button.addEventListener('click', () => open(sample))
    return button
  })
  nav.replaceChildren(label, ...buttons)
}
