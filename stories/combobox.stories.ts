import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@egov-kit/elements/define/combobox';
import type { OptionLoader } from '@egov-kit/elements';

const say = (context: Pick<StoryContext, 'globals'>, vi: string, en: string) => (context.globals['locale'] === 'en' ? en : vi);

const agencies = [
  ['stp', 'Sở Tư pháp'], ['sxd', 'Sở Xây dựng'], ['syt', 'Sở Y tế'], ['sgddt', 'Sở Giáo dục và Đào tạo'],
  ['stnmt', 'Sở Nông nghiệp và Môi trường'], ['sct', 'Sở Công Thương'], ['scdc', 'Công an tỉnh'],
].map(([value, label]) => ({ value: value!, label: label! }));

/** A stand-in for a search service: answers after 400 ms; `chậm` never answers (to show loading). */
const search: OptionLoader = (query, { signal }) => new Promise((resolve, reject) => {
  if (query.includes('chậm')) return;
  const timer = setTimeout(() => resolve(agencies.filter((a) => a.label.toLowerCase().includes(query.toLowerCase()))), 400);
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    reject(new DOMException('Aborted', 'AbortError'));
  });
});

interface Args { value?: string; selectedLabel?: string; error?: string; required: boolean; disabled: boolean; loading: boolean; async: boolean }

const meta: Meta<Args> = {
  title: 'Fields/Combobox',
  component: 'egov-combobox',
  tags: ['autodocs'],
  args: { required: true, disabled: false, loading: false, async: true },
  render: (args, context) => html`<form><egov-combobox name="agency" label=${say(context, 'Cơ quan tiếp nhận', 'Receiving agency')}
    hint=${say(context, 'Gõ tên cơ quan, ví dụ “tư pháp”', 'Type the agency’s name, like “tư pháp”')}
    .loadOptions=${args.async ? search : undefined} .options=${args.async ? [] : agencies}
    value=${ifDefined(args.value)} selected-label=${ifDefined(args.selectedLabel)} error=${ifDefined(args.error)}
    ?required=${args.required} ?disabled=${args.disabled} ?loading=${args.loading}></egov-combobox></form>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Options loaded as the person types. */
export const Empty: Story = {};
/** A fixed list, filtered ignoring diacritics (“y te” finds “Sở Y tế”). */
export const FixedList: Story = { args: { async: false } };
export const Filled: Story = { args: { value: 'stp', selectedLabel: 'Sở Tư pháp' } };
export const Error: Story = { render: (args, context) => meta.render!({ ...args, error: say(context, 'Chọn cơ quan tiếp nhận trong danh sách', 'Choose the agency from the list') }, context) };
export const Disabled: Story = { args: { value: 'stp', selectedLabel: 'Sở Tư pháp', disabled: true } };
export const Loading: Story = { args: { loading: true } };
