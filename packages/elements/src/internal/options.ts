import type { ReactiveController, ReactiveElement } from 'lit';

/** The choices of a select, radio group, checkbox group or combobox. */
export interface ChoiceOption {
  /** What is submitted. */
  value: string;
  /** What people read. */
  label: string;
  /** Help under the choice (radio and checkbox groups). */
  hint?: string;
  /** Shown but cannot be chosen. */
  disabled?: boolean;
}

/**
 * The choices written as `<option>` children of `host` (in light DOM, not rendered there), so a
 * page can write them in HTML: `<option value="a" data-hint="…">Label</option>`.
 */
export function readOptions(host: Element): ChoiceOption[] {
  return [...host.querySelectorAll(':scope > option')].map((option) => {
    const element = option as HTMLOptionElement;
    const choice: ChoiceOption = { value: element.value, label: (element.textContent ?? '').replace(/\s+/g, ' ').trim() };
    if (element.dataset['hint']) choice.hint = element.dataset['hint'];
    if (element.disabled) choice.disabled = true;
    return choice;
  });
}

/**
 * The choices of an element: its `options` property when given, else its `<option>` children,
 * read again (and the element updated) whenever they change while it is connected.
 */
export class ChildOptions implements ReactiveController {
  readonly #host: ReactiveElement & { options: ChoiceOption[] };
  #children: ChoiceOption[] = [];
  #observer: MutationObserver | undefined;

  constructor(host: ReactiveElement & { options: ChoiceOption[] }) {
    this.#host = host;
    host.addController(this);
  }

  /** The choices shown. */
  get choices(): ChoiceOption[] {
    return this.#host.options.length > 0 ? this.#host.options : this.#children;
  }

  hostConnected(): void {
    const read = () => {
      const previous = this.choices;
      this.#children = readOptions(this.#host);
      // Named, so that the host's `willUpdate` sees `changed.has('choices')`.
      this.#host.requestUpdate('choices', previous);
    };
    read();
    this.#observer = new MutationObserver(read);
    this.#observer.observe(this.#host, {
      childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['value', 'data-hint', 'disabled', 'label'],
    });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}

/**
 * Enter in a one-line box submits its form, as the browser does for native inputs ("implicit
 * submission"): by clicking the form's first submit button, or `requestSubmit()` when it has none.
 */
export function implicitSubmit(form: HTMLFormElement | null): void {
  if (!form) return;
  // Native submit buttons and form-associated ones (<egov-button type="submit">) alike.
  const button = [...form.elements].find((element) => (element as { type?: string }).type === 'submit') as HTMLElement & { disabled?: boolean } | undefined;
  if (button) {
    if (!button.disabled) button.click();
  } else {
    form.requestSubmit();
  }
}
