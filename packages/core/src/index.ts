/**
 * `@egov-kit/core`: the domain of a provincial e-government, written once. No DOM, no network,
 * no Node-only APIs. Administrative-unit data lives behind `@egov-kit/core/units`.
 * @packageDocumentation
 */
export * from './locale.js';
export * from './dates.js';
export * from './text/index.js';
export * from './identifiers/index.js';
export * from './calendar/index.js';
export * from './status/index.js';
export * from './schemas/index.js';
export { defineMessages, type MessageTree, type SameKeys } from './messages/define.js';
