/**
 * The React wrappers in React 19, in Chromium: every element of the manifest renders through its
 * wrapper, props reach the element as properties (arrays too), `onEgov…` and native event props
 * fire with the element's own event, and a form of wrapped fields submits what was typed.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import React, { type ComponentType } from 'react';
import ReactDOM from 'react-dom';
import ReactDOMClient, { type Root } from 'react-dom/client';
import * as wrappers from '../src/index.js';
import type { EgovErrorChangeEvent } from '@egov-kit/elements';
import manifest from '@egov-kit/elements/custom-elements.json';

interface Manifest { modules: { declarations?: { name: string; tagName?: string; customElement?: boolean }[] }[] }

/**
 * Props for the elements that need some to show anything (one line each). When the feature
 * components land, add theirs here, e.g.
 * 'egov-dossier-tracker': { apiBase: api },
 */
const propsFor: Record<string, Record<string, unknown>> = {
  'egov-text-field': { label: 'Họ và tên' },
};

let root: Root | undefined;
let host: HTMLElement | undefined;

function render(node: Parameters<Root['render']>[0]): HTMLElement {
  host = document.createElement('div');
  host.lang = 'vi';
  document.body.append(host);
  root = ReactDOMClient.createRoot(host);
  ReactDOM.flushSync(() => root!.render(node));
  return host;
}

async function until<T>(read: () => T | undefined | null | false, what: string | (() => string)): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = read();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${typeof what === 'string' ? what : what()}`);
}

afterEach(() => {
  root?.unmount();
  host?.remove();
  root = undefined;
});

describe('@egov-kit/react', () => {
  const wrapperEntries = Object.entries(wrappers).filter(([, value]) => typeof value === 'object' || typeof value === 'function') as [string, ComponentType<Record<string, unknown>>][];

  it('has a wrapper for every egov-* element in the manifest', async () => {
    const classes = (manifest as Manifest).modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName?.startsWith('egov-')).map((d) => d.name);
    expect(classes.length).to.be.greaterThan(20);
    expect(wrapperEntries.map(([name]) => name).sort()).to.deep.equal([...classes].sort());
  });

  for (const [name, Wrapper] of Object.entries(wrappers)) {
    it(`${name} renders its element, upgraded, with its shadow content`, async () => {
      const tag = name.replace(/[A-Z]/g, (c, i: number) => `${i ? '-' : ''}${c.toLowerCase()}`);
      const el = render(React.createElement(Wrapper as ComponentType<Record<string, unknown>>, propsFor[tag] ?? {})).firstElementChild as HTMLElement & { updateComplete?: Promise<unknown> };
      expect(el.localName).to.equal(tag);
      expect(el).to.be.instanceOf(customElements.get(tag)!);
      await el.updateComplete;
      expect(el.shadowRoot?.childNodes.length ?? 0).to.be.greaterThan(0);
    });
  }

  it('sets props as properties, arrays included', async () => {
    const rows = [{ key: 'Họ và tên', value: 'Nguyễn Văn An' }, { key: 'Địa chỉ', value: ['Số 1 Tràng Tiền', 'Phường Hoàn Kiếm'] }];
    const el = render(React.createElement(wrappers.EgovSummaryList, { rows })).firstElementChild as HTMLElement & { rows: unknown; updateComplete: Promise<unknown> };
    expect(el.rows).to.equal(rows);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Nguyễn Văn An').and.to.contain('Phường Hoàn Kiếm');
  });

  it('calls onEgovErrorChange with the shown error, in Vietnamese, and onInput as the person types', async () => {
    const errors: string[] = [];
    let inputs = 0;
    const form = render(React.createElement('form', null, React.createElement(wrappers.EgovTextField, {
      name: 'fullName', label: 'Họ và tên', required: true,
      onEgovErrorChange: (event: EgovErrorChangeEvent) => errors.push(event.message),
      onInput: () => { inputs++; },
    }))).firstElementChild as HTMLFormElement;
    form.addEventListener('submit', (event) => event.preventDefault());
    const field = form.querySelector('egov-text-field') as HTMLElement & { updateComplete: Promise<unknown> };
    await field.updateComplete;
    form.requestSubmit();
    // The text, not its key (`form.error.required`): core's Vietnamese texts load lazily.
    const shown = await until(() => errors.find((m) => m && !/^[\w-]+(\.[\w-]+)+$/.test(m)), () => `a translated error (got ${JSON.stringify(errors)})`);
    expect(shown).to.equal('Vui lòng nhập thông tin này.');
    field.focus();
    await sendKeys({ type: 'An' });
    expect(inputs).to.be.greaterThan(0);
    expect(new FormData(form).get('fullName')).to.equal('An');
    await until(() => errors.at(-1) === '', 'the error to clear once the field is filled');
  });
});
