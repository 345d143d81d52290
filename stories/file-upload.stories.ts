import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@egov-kit/elements/define/file-upload';
import type { EgovFileUpload, UploadTransport } from '@egov-kit/elements';

const say = (context: Pick<StoryContext, 'globals'>, vi: string, en: string) => (context.globals['locale'] === 'en' ? en : vi);

/** A stand-in upload service: 3 seconds per file; a file whose name contains “loi” fails halfway. */
const slowUpload: UploadTransport = (file, { signal, onProgress }) => new Promise((resolve, reject) => {
  let sent = 0;
  const timer = setInterval(() => {
    sent = Math.min(file.size, sent + Math.max(1, file.size / 30));
    onProgress(sent);
    if (file.name.includes('loi') && sent >= file.size / 2) {
      clearInterval(timer);
      reject(new globalThis.Error('HTTP 500'));
    } else if (sent >= file.size) {
      clearInterval(timer);
      resolve({ id: crypto.randomUUID() });
    }
  }, 100);
  signal.addEventListener('abort', () => {
    clearInterval(timer);
    reject(new DOMException('Aborted', 'AbortError'));
  });
});

interface Args { error?: string; required: boolean; disabled: boolean; loading: boolean; files?: { name: string; size: number }[] }

const meta: Meta<Args> = {
  title: 'Fields/File upload',
  component: 'egov-file-upload',
  tags: ['autodocs'],
  args: { required: true, disabled: false, loading: false },
  render: (args, context) => html`<form><egov-file-upload name="attachments" multiple max-files="5" accept=".pdf,image/*" max-size="10485760"
    label=${say(context, 'Bản chụp giấy tờ kèm theo', 'Scans of the supporting documents')}
    hint=${say(context, 'Chụp rõ cả bốn góc giấy tờ', 'Make sure all four corners are visible')}
    error=${ifDefined(args.error)} ?required=${args.required} ?disabled=${args.disabled} ?loading=${args.loading}
    .upload=${slowUpload}></egov-file-upload></form>`,
  // The story's sample files are added once the element exists.
  play: async ({ canvasElement, args }) => {
    const field = canvasElement.querySelector<EgovFileUpload>('egov-file-upload')!;
    if (args.files) field.addFiles(args.files.map((f) => new File([new Uint8Array(f.size)], f.name, { type: 'application/pdf' })));
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
/** Files uploading, one of them failing (“Thử lại” or “Xóa”). */
export const Filled: Story = { args: { files: [{ name: 'to-khai.pdf', size: 3_000_000 }, { name: 'giay-khai-sinh-loi.pdf', size: 800_000 }] } };
export const Error: Story = { render: (args, context) => meta.render!({ ...args, error: say(context, 'Đính kèm bản chụp thẻ căn cước', 'Attach a scan of the ID card') }, context) };
export const Disabled: Story = { args: { disabled: true } };
export const Loading: Story = { args: { loading: true } };
