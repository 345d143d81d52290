/**
 * The API contract, from core. Everything the server imports of the contract goes through this
 * one module.
 */
export * from '@egov-kit/core/contract';
export { createApiOpenApiDocument, apiPaths, apiSchemas, API_VERSION } from '@egov-kit/core/openapi';
