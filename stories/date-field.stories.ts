import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@egov-kit/elements/define/date-field';

const say = (context: Pick<StoryContext, 'globals'>, vi: string, en: string) => (context.globals['locale'] === 'en' ? en : vi);

interface Args { value?: string; error?: string; picker: boolean; required: boolean; disabled: boolean; loading: boolean }

const meta: Meta<Args> = {
  title: 'Fields/Date field',
  component: 'egov-date-field',
  tags: ['autodocs'],
  args: { picker: false, required: true, disabled: false, loading: false },
  render: (args, context) => html`<form><egov-date-field name="dob" label=${say(context, 'Ngày sinh', 'Date of birth')}
    hint=${say(context, 'Ví dụ: 27 3 1990', 'For example: 27 3 1990')} autocomplete="bday" not-in-future
    value=${ifDefined(args.value)} error=${ifDefined(args.error)} ?picker=${args.picker}
    ?required=${args.required} ?disabled=${args.disabled} ?loading=${args.loading}></egov-date-field></form>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
export const Filled: Story = { args: { value: '1990-03-27' } };
/** With the browser's calendar, for dates people look up (an appointment). */
export const WithPicker: Story = { args: { picker: true } };
export const Error: Story = {
  render: (args, context) => meta.render!({ ...args, value: '2031-01-01', error: say(context, 'Ngày sinh không được sau ngày hôm nay', 'Date of birth cannot be after today') }, context),
};
export const Disabled: Story = { args: { value: '1990-03-27', disabled: true } };
export const Loading: Story = { args: { loading: true } };
