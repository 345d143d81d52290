import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@egov-kit/elements/define/dialog';
import '@egov-kit/elements/define/button';
import '@egov-kit/elements/define/text-field';
import type { EgovDialog } from '@egov-kit/elements/define/dialog';

/** Story text in the toolbar's language. */
const say = (context: Pick<StoryContext, 'globals'>, vi: string, en: string) => (context.globals['locale'] === 'en' ? en : vi);

interface Args { open: boolean; lightDismiss: boolean }

const openNext = (event: Event) => ((event.currentTarget as HTMLElement).nextElementSibling as EgovDialog).show();

const meta: Meta<Args> = {
  title: 'Layout/Dialog',
  component: 'egov-dialog',
  tags: ['autodocs'],
  args: { open: false, lightDismiss: false },
  // In the docs page each story runs in its own frame: an open modal covers only its own story.
  parameters: { docs: { story: { inline: false, height: '420px' } } },
  render: (args, context) => html`<egov-button type="button" variant="warning" @click=${openNext}>${say(context, 'Rút hồ sơ', 'Withdraw application')}</egov-button>
    <egov-dialog ?open=${args.open} ?light-dismiss=${args.lightDismiss} heading=${say(context, 'Rút hồ sơ G22.99-250129-0001?', 'Withdraw application G22.99-250129-0001?')}>
      <p>${say(context, 'Hồ sơ đã rút sẽ không được tiếp tục xử lý và lệ phí đã nộp không được hoàn lại.', 'A withdrawn application is not processed further and the fee is not refunded.')}</p>
      <egov-button slot="footer" type="button" variant="warning" value="withdraw" data-close>${say(context, 'Rút hồ sơ', 'Withdraw')}</egov-button>
      <egov-button slot="footer" type="button" variant="secondary" data-close>${say(context, 'Không rút', 'Keep it')}</egov-button>
    </egov-dialog>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Closed: press the button to open it; Escape or "Đóng" closes it and focus returns to the button. */
export const Empty: Story = {};
/** Open: the page behind is inert. */
export const Filled: Story = { args: { open: true } };
/** A click outside closes it too. */
export const LightDismiss: Story = { args: { open: true, lightDismiss: true } };
/** A `<form method="dialog">` in the dialog: the field marked `autofocus` takes focus; sending the form closes the dialog. */
export const WithForm: Story = {
  render: (_args, context) => html`<egov-dialog open heading=${say(context, 'Thêm số điện thoại', 'Add a phone number')}>
    <form method="dialog">
      <egov-text-field name="phone" type="tel" autocomplete="tel" autofocus label=${say(context, 'Số điện thoại di động', 'Mobile phone number')}
        hint=${say(context, 'Để nhận tin nhắn khi hồ sơ có kết quả', 'To get a text message when the result is ready')}></egov-text-field>
      <egov-button value="save">${say(context, 'Lưu', 'Save')}</egov-button>
    </form>
  </egov-dialog>`,
};
