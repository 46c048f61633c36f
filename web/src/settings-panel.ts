/** The settings panel: preset, each rule on or off with its severity, and the JSON to copy into a project. */
import type {Settings} from '../../src/config.js'
import type {PresetName} from '../../src/presets.js'
import type {Severity} from '../../src/rule.js'
import {ruleLink} from './rule-docs.js'
import type {RuleCatalog} from './rule-docs.js'
import {presetEntry, presetNames, settingsFor} from './settings.js'

export class SettingsPanel {
  private preset: PresetName = 'recommended'
  /** Severities chosen on the page, by rule id; a rule not here has its preset's. */
  private readonly chosen = new Map<string, Severity>()
  private readonly rows = new Map<string, {enabled: HTMLInputElement; severity: HTMLSelectElement}>()

  constructor(
    private readonly catalog: RuleCatalog,
    private readonly root: HTMLElement,
    private readonly output: HTMLTextAreaElement,
    private readonly onChange: (settings: Settings) => void
  ) {
    this.build()
    this.refresh()
  }

  get settings(): Settings {
    return settingsFor(this.preset, this.chosen)
  }

  private severityOf(id: string): Severity {
    return this.chosen.get(id) ?? presetEntry(this.preset, id).severity
  }

  private build(): void {
    const presetLabel = document.createElement('label')
    presetLabel.textContent = 'Preset '
    presetLabel.htmlFor = 'preset'
    const presetSelect = document.createElement('select')
    presetSelect.id = 'preset'
    for (const name of presetNames) presetSelect.append(new Option(name, name, name === this.preset, name === this.preset))
    presetSelect.addEventListener('change', () => {
      this.preset = presetSelect.value as PresetName
      this.chosen.clear()
      this.changed()
    })

    const table = document.createElement('table')
    table.className = 'rules'
    const caption = table.createCaption()
    caption.textContent = 'Rules'
    const head = table.createTHead().insertRow()
    for (const title of ['Rule', 'On', 'Severity']) {
      const cell = document.createElement('th')
      cell.scope = 'col'
      cell.textContent = title
      head.append(cell)
    }
    const body = table.createTBody()
    for (const rule of this.catalog.rules) {
      const row = body.insertRow()
      const name = document.createElement('th')
      name.scope = 'row'
      name.append(ruleLink(this.catalog, rule.id))

      const enabled = document.createElement('input')
      enabled.type = 'checkbox'
      enabled.setAttribute('aria-label', `${rule.id} on`)
      const severity = document.createElement('select')
      severity.setAttribute('aria-label', `Severity of ${rule.id}`)
      severity.append(new Option('warning', 'warn'), new Option('error', 'error'))
      enabled.addEventListener('change', () => {
        this.chosen.set(rule.id, enabled.checked ? (severity.value as Severity) : 'off')
        this.changed()
      })
      severity.addEventListener('change', () => {
        this.chosen.set(rule.id, severity.value as Severity)
        this.changed()
      })
      row.insertCell().append(enabled)
      row.insertCell().append(severity)
      row.prepend(name)
      this.rows.set(rule.id, {enabled, severity})
    }
    this.root.replaceChildren(presetLabel, presetSelect, table)
  }

  private changed(): void {
    this.refresh()
    this.onChange(this.settings)
  }

  /** Show each rule's effective severity and the settings as JSON. */
  private refresh(): void {
    for (const [id, {enabled, severity}] of this.rows) {
      const current = this.severityOf(id)
      enabled.checked = current !== 'off'
      severity.disabled = current === 'off'
      if (current !== 'off') severity.value = current
    }
    this.output.value = JSON.stringify(this.settings, null, 2) + '\n'
  }
}
