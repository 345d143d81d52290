import { defineMessages } from '@egov-kit/core';

/** Texts of `<egov-textarea>`: the character count, as GOV.UK's character count words it. */
export const textareaMessages = defineMessages({
  textarea: {
    limit_one: 'Bạn có thể nhập tối đa {{count}} ký tự',
    limit_other: 'Bạn có thể nhập tối đa {{count}} ký tự',
    remaining_one: 'Bạn còn {{count}} ký tự',
    remaining_other: 'Bạn còn {{count}} ký tự',
    over_one: 'Bạn đã nhập quá {{count}} ký tự',
    over_other: 'Bạn đã nhập quá {{count}} ký tự',
  },
}, {
  textarea: {
    limit_one: 'You can enter up to {{count}} character',
    limit_other: 'You can enter up to {{count}} characters',
    remaining_one: 'You have {{count}} character remaining',
    remaining_other: 'You have {{count}} characters remaining',
    over_one: 'You have {{count}} character too many',
    over_other: 'You have {{count}} characters too many',
  },
});
