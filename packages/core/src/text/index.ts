export { toNfc, foldDiacritics, searchKey } from './normalize.js';
export { compareVietnamese, sortVietnamese } from './collate.js';
export { formatDate, formatDateTime, parseDate, formatVnd } from './format.js';
export { unsafeTextReason, isStorableText, type UnsafeTextReason } from './safety.js';
