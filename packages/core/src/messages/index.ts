/**
 * `@egov-kit/core/messages`: every text core names, in Vietnamese and English, as i18next
 * resources, and a small translator for code without i18next. Kept out of the main entry so a
 * page loads texts once, through its i18n, and only the languages it shows.
 * @module
 */
export { defineMessages, type MessageTree, type SameKeys } from './define.js';
export { coreMessages, coreNamespace, formatMessage, hasMessage } from './catalog.js';
export { statusMessages } from '../status/messages.js';
export { formMessages } from '../schemas/messages.js';
export { identifierMessages } from '../identifiers/messages.js';
export { unitMessages } from '../units/messages.js';
export { calendarMessages } from '../calendar/messages.js';
export { apiMessages } from '../contract/messages.js';
