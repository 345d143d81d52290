import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type * as CurrentUnits from '@egov-kit/core/units/current';
import type { Unit, UnitMapping } from '@egov-kit/core/units/current';
import type * as OldUnits from '@egov-kit/core/units/old';
import { FormControl } from '../../internal/form-control.js';
import type { ChoiceOption } from '../../internal/options.js';
import type { Problem } from '../../internal/validation.js';
import { fieldStyles } from '../../styles/field.styles.js';
import { inputStyles } from '../../styles/input.styles.js';
import { baseStyles } from '../../styles/shared.styles.js';
import type { EgovCombobox, OptionLoader } from '../combobox/combobox.js';
import { addressFieldMessages } from './address-field.messages.js';
import { addressFieldStyles } from './address-field.styles.js';
import { fieldsetResetStyles } from '../../styles/fieldset-reset.styles.js';

/** An address as core's form engine reads it: province, commune (current units) and street. */
export interface AddressParts {
  provinceCode: string;
  communeCode: string;
  street: string;
}

/** `@egov-kit/core/units/current`: the current list of units, for province → commune. */
export type UnitsModule = typeof CurrentUnits;
/** `@egov-kit/core/units/old`: the list before 1 July 2025 and the old→new mapping. */
export type OldUnitsModule = typeof OldUnits;

let unitsLoad: Promise<UnitsModule> | undefined;
let oldUnitsLoad: Promise<OldUnitsModule> | undefined;

/**
 * Loads `@egov-kit/core/units/current` (the current unit list, about 30 kB gzipped) once per page, on
 * first use: pages without an address field never download it.
 */
export function loadUnits(): Promise<UnitsModule> {
  unitsLoad ??= import('@egov-kit/core/units/current');
  return unitsLoad;
}

/**
 * Loads `@egov-kit/core/units/old` (the list before 1 July 2025 and the old→new mapping, about 85 kB
 * gzipped more) once per page, when someone opens the help for an old address: picking a province
 * and a commune never downloads it.
 */
export function loadOldUnits(): Promise<OldUnitsModule> {
  oldUnitsLoad ??= import('@egov-kit/core/units/old');
  return oldUnitsLoad;
}

const EMPTY: AddressParts = { provinceCode: '', communeCode: '', street: '' };

function parseAddress(text: string | null): AddressParts {
  if (!text) return { ...EMPTY };
  try {
    const parsed = JSON.parse(text) as Partial<AddressParts>;
    return { provinceCode: String(parsed.provinceCode ?? ''), communeCode: String(parsed.communeCode ?? ''), street: String(parsed.street ?? '') };
  } catch {
    return { ...EMPTY };
  }
}

/**
 * An address on the current two-tier list of administrative units (since 1 July 2025): the province
 * from a list, the commune, ward or special zone searched by name (with or without diacritics), and
 * the street part. People who only know their old address (province, district and commune before
 * the 2025 reorganisation) can look it up and take the unit it became (core's `mapOldUnit`, advisory).
 * The current unit list is loaded when the field first appears; the old list and the mapping (three
 * times its size) only when the person opens the help for an old address.
 *
 * The form receives `<name>.provinceCode`, `<name>.communeCode` and `<name>.street`; `value` is the
 * object `{ provinceCode, communeCode, street }` that core's form engine checks.
 *
 * @tagname egov-address-field
 * @summary Province → commune → street, with help for old addresses.
 *
 * @slot label - The question (legend), when it needs more than text.
 * @slot hint - Help under the question.
 *
 * @event input - The person typed in a part.
 * @event change - The person changed a part.
 * @event invalid - The address was checked and is not valid.
 * @event egov-error-change - The error shown changed.
 *
 * @csspart base - The fieldset.
 * @csspart label - The legend.
 * @csspart hint - The hint.
 * @csspart error - The error message.
 * @csspart input - The province list and the street box.
 * @csspart old-address - The help for an old address.
 */
export class EgovAddressField extends FormControl<AddressParts> {
  static override styles = [baseStyles, fieldStyles, inputStyles, fieldsetResetStyles, addressFieldStyles];
  static override messages = addressFieldMessages;

  /** The address. */
  @property({ attribute: false }) value: AddressParts = { ...EMPTY };
  /** The initial address (the `value` attribute, JSON), restored by a form reset. */
  @property({ attribute: 'value', converter: { fromAttribute: parseAddress } }) defaultValue: AddressParts = { ...EMPTY };
  /** The street part may be left empty. */
  @property({ type: Boolean, attribute: 'street-optional' }) streetOptional = false;
  /** Hides the help for old addresses. */
  @property({ type: Boolean, attribute: 'no-old-address' }) noOldAddress = false;

  @state() private units?: UnitsModule;
  @state() private unitsFailed = false;
  @state() private old?: OldUnitsModule;
  @state() private oldUnit?: Unit;
  @state() private mappings: readonly UnitMapping[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    loadUnits().then(
      (units) => (this.units = units),
      () => (this.unitsFailed = true),
    );
  }

  private unitName(unit: Unit): string {
    return this.localize.locale === 'en' ? unit.fullNameEn : unit.fullName;
  }

  protected override defaultLabel(): string {
    return this.localize.t('address.label');
  }

  protected override get validationAnchor(): HTMLElement | undefined {
    const part = !this.value.provinceCode ? '#province' : !this.value.communeCode ? '#commune' : '#street';
    return this.renderRoot.querySelector<HTMLElement>(part) ?? undefined;
  }

  protected readValue(): AddressParts {
    return this.value;
  }

  protected isEmpty(value: AddressParts): boolean {
    return !value.provinceCode && !value.communeCode && !value.street.trim();
  }

  protected override requiredProblem(): Problem {
    return { key: 'form.error.address-province-required', ns: 'core', flag: 'valueMissing' };
  }

  protected override checkValue(value: AddressParts): Problem | undefined {
    if (!value.provinceCode) return { key: 'form.error.address-province-required', ns: 'core', flag: 'valueMissing' };
    if (!value.communeCode) return { key: 'form.error.address-commune-required', ns: 'core', flag: 'valueMissing' };
    if (!value.street.trim() && !this.streetOptional) return { key: 'form.error.address-street-required', ns: 'core', flag: 'valueMissing' };
    if ([...value.street.trim()].length > 500) return { key: 'form.error.too-long', ns: 'core', params: { max: 500 }, flag: 'tooLong' };
    return undefined;
  }

  protected formValue(): FormData | null {
    if (this.isEmpty(this.value)) return null;
    const data = new FormData();
    data.append(`${this.name}.provinceCode`, this.value.provinceCode);
    data.append(`${this.name}.communeCode`, this.value.communeCode);
    data.append(`${this.name}.street`, this.value.street.normalize('NFC'));
    return data;
  }

  protected override formState(): string {
    return JSON.stringify(this.value);
  }

  protected resetValue(): void {
    this.value = { ...this.defaultValue };
    this.oldUnit = undefined;
    this.mappings = [];
  }

  protected restoreValue(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = parseAddress(state);
  }

  private set(parts: Partial<AddressParts>): void {
    this.value = { ...this.value, ...parts };
    this.userChanged();
  }

  private onProvince(event: Event): void {
    const provinceCode = (event.target as HTMLSelectElement).value;
    if (provinceCode !== this.value.provinceCode) this.set({ provinceCode, communeCode: '' });
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private onCommune(event: Event): void {
    event.stopPropagation();
    this.set({ communeCode: (event.target as EgovCombobox).value });
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private onStreet(event: Event): void {
    this.set({ street: (event.target as HTMLInputElement).value });
  }

  /** Loads the old list and the mapping (once per page), and keeps them for rendering. */
  private async loadOld(): Promise<OldUnitsModule> {
    this.old ??= await loadOldUnits();
    return this.old;
  }

  private onOldToggle(event: Event): void {
    // Opening the help asks for the old list: start loading it while the person reads and types.
    if ((event.target as HTMLDetailsElement).open) this.loadOld().catch(() => undefined); // the search reports a failure
  }

  private readonly searchOld: OptionLoader = async (query) => {
    const old = await this.loadOld();
    return old.searchOldUnits(query, { limit: 20 }).map((unit): ChoiceOption => {
      const province = unit.level === 'province' ? undefined : old.getOldUnit(unit.provinceCode);
      return { value: unit.code, label: province ? `${this.unitName(unit)}, ${this.unitName(province)}` : this.unitName(unit) };
    });
  };

  private onOldUnit(event: Event): void {
    event.stopPropagation();
    const code = (event.target as EgovCombobox).value;
    // The options came from the old list, so it is loaded.
    this.oldUnit = code ? this.old?.getOldUnit(code) : undefined;
    this.mappings = code && this.old ? this.old.mapOldUnit(code) : [];
  }

  private use(unit: Unit): void {
    if (unit.level === 'province') this.set({ provinceCode: unit.code, communeCode: '' });
    else this.set({ provinceCode: unit.provinceCode, communeCode: unit.code });
    this.announce(this.localize.t('address.old.used', { name: this.placeName(unit) }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** A unit with its province: "Phường Đức Xuân, Tỉnh Thái Nguyên". */
  private placeName(unit: Unit): string {
    const province = unit.level === 'province' ? undefined : this.units?.getUnit(unit.provinceCode);
    return province ? `${this.unitName(unit)}, ${this.unitName(province)}` : this.unitName(unit);
  }

  private renderOld() {
    if (this.noOldAddress || !this.units) return nothing;
    const units = this.units;
    return html`<details part="old-address" @toggle=${this.onOldToggle}>
      <summary>${this.localize.t('address.old.toggle')}</summary>
      <div class="old">
        <egov-combobox id="old" label=${this.localize.t('address.old.search')} hint=${this.localize.t('address.old.search-hint')}
          debounce="150" .loadOptions=${this.searchOld} @change=${this.onOldUnit}
          @egov-error-change=${(e: Event) => e.stopPropagation()}></egov-combobox>
        ${this.oldUnit
          ? html`<p id="became">${this.mappings.length
              ? this.localize.t('address.old.became', { old: this.unitName(this.oldUnit) })
              : this.localize.t('address.old.none', { old: this.unitName(this.oldUnit) })}</p>
            <ul class="mappings" aria-labelledby="became">
              ${this.mappings.map((m) => html`<li>
                <button type="button" class="use" @click=${() => this.use(m.to)}>${this.localize.t('address.old.use', { name: this.placeName(m.to) })}</button>
                (${this.localize.core(units.unitMappingMessageKey(m))})
              </li>`)}
            </ul>
            <p class="advisory">${this.localize.core(units.unitMappingAdvisoryKey)}</p>`
          : nothing}
      </div>
    </details>`;
  }

  protected override render() {
    const invalid = !!this.shownProblem;
    const units = this.units;
    const disabled = this.isDisabled || this.readonly || this.loading;
    const communes = units && this.value.provinceCode
      ? units.communesOf(this.value.provinceCode).map((u): ChoiceOption => ({ value: u.code, label: this.unitName(u) }))
      : [];
    const commune = units && this.value.communeCode ? units.getUnit(this.value.communeCode) : undefined;
    const waiting = !units && !this.unitsFailed;
    return html`<fieldset part="base" class="field ${invalid ? 'invalid' : ''}" role="group"
        aria-describedby=${ifDefined(this.describedBy(...(waiting || this.unitsFailed ? ['units-status'] : [])) || undefined)}
        aria-busy=${waiting || this.loading ? 'true' : 'false'}>
      <legend id="label" class="label" part="label">${this.label || this.defaultLabel()}<slot name="label"></slot>${this.renderRequiredMarker()}</legend>
      ${this.renderHint()} ${this.renderError()}
      ${waiting ? html`<div id="units-status" class="loading">${this.localize.t('address.loading')}</div>` : nothing}
      ${this.unitsFailed ? html`<div id="units-status" class="error">${this.localize.t('address.load-error')}</div>` : nothing}
      <div class="part">
        <label for="province">${this.localize.t('address.province')}</label>
        <select id="province" part="input" class="input" autocomplete="address-level1" ?disabled=${disabled || !units}
          aria-invalid=${invalid && !this.value.provinceCode ? 'true' : 'false'} @change=${this.onProvince}>
          <option value="" .selected=${!this.value.provinceCode}>${this.localize.t('address.choose')}</option>
          ${units?.provinces().map((p) => html`<option value=${p.code} .selected=${p.code === this.value.provinceCode}>${this.unitName(p)}</option>`)}
        </select>
      </div>
      <egov-combobox id="commune" label=${this.localize.t('address.commune')}
        hint=${this.value.provinceCode ? this.localize.t('address.commune-hint') : this.localize.t('address.choose-province-first')}
        .options=${communes} .value=${this.value.communeCode} selected-label=${ifDefined(commune ? this.unitName(commune) : undefined)}
        ?disabled=${disabled || !this.value.provinceCode} @change=${this.onCommune}
        @egov-error-change=${(e: Event) => e.stopPropagation()}></egov-combobox>
      <div class="part">
        <label for="street">${this.localize.t('address.street')}</label>
        <input id="street" part="input" class="input" type="text" autocomplete="address-line1" .value=${live(this.value.street)}
          ?disabled=${this.isDisabled} ?readonly=${this.readonly || this.loading}
          aria-invalid=${invalid && !!this.value.communeCode && !this.value.street.trim() ? 'true' : 'false'}
          @input=${this.onStreet} @change=${() => this.dispatchEvent(new Event('change', { bubbles: true }))} />
      </div>
      ${this.renderOld()}
      ${this.renderAnnouncer()}
    </fieldset>`;
  }
}
