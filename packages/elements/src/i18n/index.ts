/**
 * `@egov-kit/elements/i18n`: the page's shared i18next instance and the tools elements use to
 * speak the language of the nearest `[lang]`.
 * @module
 */
export {
  getI18n, registerMessages, loadCoreMessages, onMessagesAdded, toLocale, translate,
  elementsNamespace, coreNs, type I18n, type Locale, type Message, type Messages,
} from './i18n.js';
export { LocalizeController } from './localize-controller.js';
export { closestLang, watchLang } from './lang.js';
export { issueMessage, type SchemaIssue } from './schema-issues.js';
export { commonMessages } from './common.messages.js';
