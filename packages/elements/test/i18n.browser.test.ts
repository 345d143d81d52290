import { expect, fixture, html } from '@open-wc/testing';
import { z } from 'zod';
import * as elements from '../src/index.js';
import type * as I18nModule from '../src/i18n/i18n.js';
import { getI18n, issueMessage, schemaValidator, translate } from '../src/index.js';
import { coreReady, trySubmit } from './helpers.js';

const tags = ['button', 'text-field', 'textarea', 'number-field', 'date-field', 'select', 'combobox', 'radio-group', 'checkbox',
  'checkbox-group', 'identifier-field', 'address-field', 'file-upload', 'fieldset'].map((name) => `egov-${name}`);

describe('shared i18n', () => {
  it('importing the main entry registers no tag (side-effect free)', () => {
    expect(Object.keys(elements)).to.include('EgovTextField');
    expect(tags.filter((tag) => customElements.get(tag))).to.deep.equal([]);
  });

  it('is one instance per page, even for a second copy of the package loaded separately', async () => {
    const first = getI18n();
    // The same module at another URL is a separate copy, as a second bundle would carry.
    const copy = (await import(/* @vite-ignore */ `../src/i18n/i18n.ts?copy=${Date.now()}`)) as typeof I18nModule;
    expect(copy.getI18n).to.not.equal(getI18n);
    expect(copy.getI18n()).to.equal(first);
    copy.registerMessages({ vi: { copy: { hello: 'Xin chào' } }, en: { copy: { hello: 'Hello' } } });
    expect(translate({ key: 'copy.hello' }, 'en')).to.equal('Hello');
    expect(first.t('copy.hello', { lng: 'vi' })).to.equal('Xin chào');
  });

  it('defaults to Vietnamese and loads core’s texts under core’s namespace', async () => {
    await coreReady();
    expect(getI18n().language).to.equal('vi');
    expect(translate({ key: 'form.error.required', ns: 'core' }, 'vi')).to.equal('Vui lòng nhập thông tin này.');
    expect(translate({ key: 'status.name.received', ns: 'core' }, 'en')).to.not.equal('status.name.received');
  });

  it('translates zod issues into core’s texts', async () => {
    await coreReady();
    const issue = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error!.issues[0]!;
    const say = (schema: z.ZodType, value: unknown, locale: 'vi' | 'en' = 'vi') => translate(issueMessage(issue(schema, value)), locale);
    expect(say(z.string().min(3), 'ab')).to.equal('Vui lòng nhập ít nhất 3 ký tự.');
    expect(say(z.string().max(5), 'abcdefg', 'en')).to.equal('This is too long (maximum number of characters: 5).');
    expect(say(z.number().min(10), 2)).to.equal('Vui lòng nhập số không nhỏ hơn 10.');
    expect(say(z.array(z.string()).max(2), ['a', 'b', 'c'])).to.equal('Vui lòng chọn không quá 2 mục.');
    expect(say(z.enum(['a', 'b']), 'c')).to.equal('Vui lòng chọn một trong các lựa chọn đã cho.');
    expect(say(z.string(), undefined)).to.equal('Vui lòng nhập thông tin này.');
    expect(say(z.string().refine(() => false, 'identifier.cccd.not-digits'), 'x')).to.equal('Số định danh cá nhân chỉ gồm chữ số');
    expect(say(z.string().refine(() => false, 'Mã không tồn tại'), 'x')).to.equal('Mã không tồn tại');
  });

  it('speaks the language of the place a field is moved to', async () => {
    await import('../src/define/checkbox.js');
    const page = await fixture<HTMLElement>(html`<div><div lang="vi"><egov-checkbox label="Đồng ý" loading></egov-checkbox></div><div lang="en"></div></div>`);
    const box = page.querySelector('egov-checkbox')!;
    await box.updateComplete;
    const loading = () => box.shadowRoot!.querySelector('[part="loading"]')!.textContent;
    expect(loading()).to.equal('Đang tải…');
    page.querySelector('[lang="en"]')!.append(box);
    await box.updateComplete;
    expect(loading()).to.equal('Loading…');
  });

  it('lets a field check its value with a zod schema, in the field’s language', async () => {
    await import('../src/define/text-field.js');
    const form = await fixture<HTMLFormElement>(html`<form lang="en"><egov-text-field name="code" label="Code"></egov-text-field></form>`);
    await coreReady();
    const field = form.querySelector('egov-text-field')!;
    field.validators = [schemaValidator(z.string().regex(/^[A-Z]{3}$/))];
    field.value = 'abc';
    await field.updateComplete;
    expect(trySubmit(form)).to.equal(false);
    await field.updateComplete;
    expect(field.errorMessage).to.equal('This value is not in the expected format.');
  });
});
