/**
 * `@egov-kit/sdk/client-credentials`: OAuth 2.0 client credentials for back-office systems in
 * Node (refused in browsers). Kept out of the other entries so pages never ship it.
 * @module
 */
export { clientCredentials } from './client-credentials.js';
export type { TokenSource } from './strategy.js';
export type { ClientCredentialsOptions } from '../transport/options.js';
