/**
 * The parts of the API contract the SDK uses, from `@egov-kit/core/contract`. Every SDK module
 * imports the contract through this file.
 * @internal
 */
export * from '@egov-kit/core/contract';
