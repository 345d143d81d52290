import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/file-upload.js';
import type { EgovFileUpload, UploadContext } from '../src/components/file-upload/file-upload.js';
import { getI18n } from '../src/i18n/i18n.js';
import { accessibleDescription, accessibleName, coreReady, frames, inner, submitted, trySubmit } from './helpers.js';

const pdf = (name: string, size = 2048) => new File([new Uint8Array(size)], name, { type: 'application/pdf' });

/** An upload service the test drives: each call waits until the test settles it. */
function fakeService() {
  const calls: { file: File; context: UploadContext; resolve: (id: string) => void; reject: (e: Error) => void }[] = [];
  let aborts = 0;
  const upload = (file: File, context: UploadContext) => new Promise<{ id: string }>((resolve, reject) => {
    context.signal.addEventListener('abort', () => {
      aborts++;
      reject(new DOMException('Aborted', 'AbortError'));
    });
    calls.push({ file, context, resolve: (id) => resolve({ id }), reject });
  });
  return { upload, calls, aborts: () => aborts };
}

async function setup(template: ReturnType<typeof html>) {
  const form = await fixture<HTMLFormElement>(template);
  await coreReady();
  const field = form.querySelector<EgovFileUpload>('egov-file-upload')!;
  await field.updateComplete;
  return { form, field, button: inner<HTMLButtonElement>(field, '#control') };
}

const buttons = (field: EgovFileUpload) => [...field.shadowRoot!.querySelectorAll<HTMLButtonElement>('.file-actions button')];
const announced = async (field: EgovFileUpload) => {
  await field.updateComplete;
  await frames();
  await field.updateComplete;
  return inner(field, '.field > [role="status"]').textContent;
};

describe('egov-file-upload', () => {
  it('opens the file chooser from a real button that voice control can name, by keyboard', async () => {
    const { field, button } = await setup(html`<form><egov-file-upload name="docs" label="Bản chụp giấy tờ" accept=".pdf,image/*" max-size="5242880" multiple max-files="3"></egov-file-upload></form>`);
    expect(button.localName).to.equal('button');
    expect(accessibleName(button), 'the visible text first, then the field').to.equal('Chọn tệp Bản chụp giấy tờ');
    expect(accessibleName(inner(field, '[role="group"]'))).to.equal('Bản chụp giấy tờ');
    expect(accessibleDescription(button)).to.equal('Định dạng: PDF, ảnh. Dung lượng tối đa mỗi tệp: 5 MB. Tối đa 3 tệp.');
    const input = inner<HTMLInputElement>(field, 'input[type="file"]');
    expect(input.multiple).to.equal(true);
    expect(input.accept).to.equal('.pdf,image/*');
    let opened = 0;
    input.click = () => { opened++; };
    button.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    expect(opened).to.equal(2);
    await expect(field).to.be.accessible();
  });

  it('uploads chosen files with progress, submits their ids, and announces each step', async () => {
    const service = fakeService();
    const { form, field } = await setup(html`<form><egov-file-upload name="docs" label="Giấy tờ" multiple required></egov-file-upload></form>`);
    field.upload = service.upload;
    const input = inner<HTMLInputElement>(field, 'input[type="file"]');
    const chosen = new DataTransfer();
    chosen.items.add(pdf('to-khai.pdf', 4096));
    chosen.items.add(pdf('giay-khai-sinh.pdf'));
    input.files = chosen.files;
    input.dispatchEvent(new Event('change'));
    expect(await announced(field), 'both files').to.equal('Đang tải lên to-khai.pdf. Đang tải lên giay-khai-sinh.pdf.');
    expect(service.calls.map((c) => c.file.name)).to.deep.equal(['to-khai.pdf', 'giay-khai-sinh.pdf']);
    service.calls[0]!.context.onProgress(1024);
    await field.updateComplete;
    const progress = inner<HTMLProgressElement>(field, 'progress');
    expect(progress.value).to.equal(25);
    expect(accessibleName(progress)).to.equal('Tiến độ tải lên to-khai.pdf');
    expect(inner(field, '.file-meta').textContent).to.contain('Đang tải lên: 25');
    expect(trySubmit(form), 'not while uploading').to.equal(false);
    await field.updateComplete;
    expect(field.errorMessage).to.equal('Vui lòng đợi các tệp tải lên xong.');
    await expect(field).to.be.accessible();
    service.calls[0]!.resolve('f-1');
    service.calls[1]!.resolve('f-2');
    await waitUntil(() => field.items.every((i) => i.status === 'done'));
    expect(await announced(field), 'both, ended together').to.equal('Đã tải lên to-khai.pdf. Đã tải lên giay-khai-sinh.pdf.');
    expect(field.errorMessage).to.equal('');
    expect(submitted(form)).to.deep.equal([['docs', 'f-1'], ['docs', 'f-2']]);
    expect(field.value.map((f) => f.id)).to.deep.equal(['f-1', 'f-2']);
    expect(trySubmit(form)).to.equal(true);
    await expect(form).to.be.accessible();
  });

  it('announces every file of a batch, a refusal with them, and uploads ending together: none is lost', async () => {
    const service = fakeService();
    const { field } = await setup(html`<form><egov-file-upload name="f" label="Giấy tờ" accept=".pdf" multiple></egov-file-upload></form>`);
    field.upload = service.upload;
    field.addFiles([pdf('a.pdf'), pdf('b.pdf'), pdf('c.pdf')]);
    expect(await announced(field)).to.equal('Đang tải lên a.pdf. Đang tải lên b.pdf. Đang tải lên c.pdf.');
    service.calls.forEach((call, i) => call.resolve(`id-${i}`));
    await waitUntil(() => field.items.every((i) => i.status === 'done'));
    expect(await announced(field)).to.equal('Đã tải lên a.pdf. Đã tải lên b.pdf. Đã tải lên c.pdf.');
    field.addFiles([pdf('d.pdf'), new File([new Uint8Array(10)], 'anh.png', { type: 'image/png' })]);
    expect(await announced(field)).to.equal('Đang tải lên d.pdf. Tệp “anh.png” không đúng định dạng cho phép (PDF).');
    service.calls[3]!.reject(new Error('HTTP 500'));
    await waitUntil(() => field.items[3]?.status === 'failed');
    expect(await announced(field), 'one text alone, as given').to.equal('Không tải lên được d.pdf');
    const png = new File([new Uint8Array(10)], 'anh.png', { type: 'image/png' });
    field.addFiles([png]);
    expect(await announced(field)).to.equal('Tệp “anh.png” không đúng định dạng cho phép (PDF).');
    field.addFiles([png]);
    await field.updateComplete;
    expect(inner(field, '.field > [role="status"]').textContent, 'cleared first').to.equal('');
    expect(await announced(field), 'the same text said again').to.equal('Tệp “anh.png” không đúng định dạng cho phép (PDF).');
  });

  it('names each "choose file" button after its own field, so several can be told apart', async () => {
    const { form } = await setup(html`<form>
      <egov-file-upload name="cccd" label="Bản sao căn cước" required></egov-file-upload>
      <egov-file-upload name="ks" label="Giấy khai sinh"><span slot="hint">Bản chụp rõ nét</span></egov-file-upload></form>`);
    const fields = [...form.querySelectorAll<EgovFileUpload>('egov-file-upload')];
    await Promise.all(fields.map((f) => f.updateComplete));
    const names = fields.map((f) => accessibleName(inner(f, '#control')));
    expect(names).to.deep.equal(['Chọn tệp Bản sao căn cước', 'Chọn tệp Giấy khai sinh']);
    expect(inner(fields[0]!, '#control').textContent, 'the visible text stays').to.equal('Chọn tệp');
    await expect(form).to.be.accessible();
  });

  it('gives core the number of files wanted as `count`, so English says "1 file" or "2 files"', async () => {
    await coreReady();
    // Plural forms, as a catalogue would give them: i18next picks them only when `count` is passed.
    const i18n = getI18n();
    i18n.addResource('en', 'core', 'form.error.too-few-files_one', 'Please attach at least {{min}} file.');
    i18n.addResource('en', 'core', 'form.error.too-few-files_other', 'Please attach {{min}} files or more.');
    const { form, field } = await setup(html`<form lang="en"><egov-file-upload name="f" label="File" required></egov-file-upload>
      <egov-file-upload name="g" label="Photos" multiple min-files="2"></egov-file-upload></form>`);
    const photos = form.querySelectorAll<EgovFileUpload>('egov-file-upload')[1]!;
    photos.addFiles([pdf('a.pdf')]);
    await photos.updateComplete;
    expect(trySubmit(form)).to.equal(false);
    await field.updateComplete;
    await photos.updateComplete;
    expect(field.errorMessage).to.equal('Please attach at least 1 file.');
    expect(photos.errorMessage).to.equal('Please attach 2 files or more.');
  });

  it('cancels, retries and removes a file with its own buttons, keyboard only', async () => {
    const service = fakeService();
    const { form, field, button } = await setup(html`<form><egov-file-upload name="f" label="Tệp" multiple></egov-file-upload></form>`);
    field.upload = service.upload;
    field.addFiles([pdf('ban-ve.pdf')]);
    expect(await announced(field)).to.equal('Đang tải lên ban-ve.pdf');
    const [cancel] = buttons(field);
    expect(accessibleName(cancel!)).to.equal('Hủy ban-ve.pdf');
    cancel!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => field.items[0]?.status === 'cancelled');
    expect(service.aborts()).to.equal(1);
    expect(await announced(field)).to.equal('Đã hủy tải lên ban-ve.pdf');
    expect(trySubmit(form)).to.equal(false);
    await field.updateComplete;
    expect(field.errorMessage).to.equal('Tệp “ban-ve.pdf” chưa được tải lên. Hãy bấm “Thử lại” hoặc xóa tệp này.');

    const retry = buttons(field).find((b) => accessibleName(b) === 'Thử lại ban-ve.pdf')!;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    expect(await announced(field)).to.equal('Đang tải lên ban-ve.pdf');
    expect(service.calls).to.have.length(2);
    service.calls[1]!.reject(new Error('HTTP 500'));
    await waitUntil(() => field.items[0]?.status === 'failed');
    expect(await announced(field)).to.equal('Không tải lên được ban-ve.pdf');
    expect(inner(field, '.file-meta').textContent).to.contain('Tải lên không thành công');

    const remove = buttons(field).find((b) => accessibleName(b) === 'Xóa ban-ve.pdf')!;
    remove.focus();
    await sendKeys({ press: 'Enter' });
    await field.updateComplete;
    expect(field.items).to.have.length(0);
    expect(field.shadowRoot!.activeElement, 'focus goes back to the button').to.equal(button);
    expect(field.errorMessage).to.equal('');
    expect(trySubmit(form)).to.equal(true);
  });

  it('takes dropped files, and refuses a wrong type or a file too large with core’s words', async () => {
    const service = fakeService();
    const { field } = await setup(html`<form><egov-file-upload name="f" label="Ảnh chân dung" accept="image/jpeg,.png" max-size="1048576"></egov-file-upload></form>`);
    field.upload = service.upload;
    const zone = inner(field, '[part="dropzone"]');
    const drag = (type: string, files: File[]) => {
      const data = new DataTransfer();
      files.forEach((f) => data.items.add(f));
      zone.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true, composed: true }));
    };
    drag('dragover', [pdf('x.pdf')]);
    await field.updateComplete;
    expect(zone.classList.contains('dragging')).to.equal(true);
    expect(zone.textContent).to.contain('Thả tệp vào đây để tải lên');
    drag('drop', [pdf('x.pdf')]);
    await field.updateComplete;
    expect(service.calls).to.have.length(0);
    expect(field.errorMessage).to.equal('Tệp “x.pdf” không đúng định dạng cho phép (JPEG, PNG).');
    expect(await announced(field)).to.equal('Tệp “x.pdf” không đúng định dạng cho phép (JPEG, PNG).');
    drag('drop', [new File([new Uint8Array(2 * 1048576)], 'anh.png', { type: 'image/png' })]);
    await field.updateComplete;
    expect(field.errorMessage).to.equal('Tệp “anh.png” vượt quá dung lượng cho phép (1 MB).');
    drag('drop', [new File([new Uint8Array(10)], 'anh.jpg', { type: 'image/jpeg' })]);
    await field.updateComplete;
    expect(field.errorMessage).to.equal('');
    expect(service.calls.map((c) => c.file.name)).to.deep.equal(['anh.jpg']);
    await expect(field).to.be.accessible();
  });

  it('keeps the attached file when a single file’s replacement is refused', async () => {
    const service = fakeService();
    const { form, field } = await setup(html`<form><egov-file-upload name="f" label="Đơn đề nghị" accept=".pdf" max-size="1048576"></egov-file-upload></form>`);
    field.upload = service.upload;
    field.addFiles([pdf('don.pdf')]);
    await field.updateComplete;
    field.addFiles([new File([new Uint8Array(10)], 'anh.png', { type: 'image/png' })]);
    await field.updateComplete;
    expect(field.errorMessage).to.equal('Tệp “anh.png” không đúng định dạng cho phép (PDF).');
    expect(service.aborts(), 'the upload under way goes on').to.equal(0);
    service.calls[0]!.resolve('id-1');
    await waitUntil(() => field.value.length === 1, 'uploaded');
    field.addFiles([pdf('lon.pdf', 2 * 1048576)]);
    await field.updateComplete;
    expect(field.errorMessage).to.equal('Tệp “lon.pdf” vượt quá dung lượng cho phép (1 MB).');
    expect(field.items.map((i) => i.ref.name)).to.deep.equal(['don.pdf']);
    expect(submitted(form)).to.deep.equal([['f', 'id-1']]);
  });

  it('submits the files themselves when there is no upload service, and resets to none', async () => {
    const { form, field } = await setup(html`<form lang="en"><egov-file-upload name="f" label="File"></egov-file-upload></form>`);
    expect(accessibleName(inner(field, '#control'))).to.equal('Choose file File');
    field.addFiles([pdf('a.pdf')]);
    await field.updateComplete;
    expect(inner(field, '.file-meta').textContent).to.contain('Ready to send with the application');
    const entries = [...new FormData(form).entries()];
    expect(entries[0]![1]).to.be.instanceOf(File);
    expect(submitted(form)).to.deep.equal([['f', 'a.pdf']]);
    field.addFiles([pdf('b.pdf')]);
    await field.updateComplete;
    expect(field.items.map((i) => i.ref.name), 'a single file is replaced').to.deep.equal(['b.pdf']);
    form.reset();
    await field.updateComplete;
    expect(field.items).to.have.length(0);
    expect(submitted(form)).to.deep.equal([]);
  });
});
