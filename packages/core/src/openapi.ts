/**
 * `@egov-kit/core/openapi`: the OpenAPI 3.1 document generated from core's zod schemas, for
 * servers and documentation. Kept out of the main entry so pages never ship it.
 * @module
 */
export {
  createOpenApiDocument, type OpenApiDocument, type OpenApiDocumentOptions, type OpenApiPathItem, type JsonSchema,
} from './schemas/openapi.js';
export { coreSchemas } from './schemas/components.js';
export { createApiOpenApiDocument, apiPaths, apiSchemas, API_VERSION, type ApiOpenApiDocument, type ApiPathItem } from './contract/openapi.js';
