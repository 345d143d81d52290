/**
 * Writes the OpenAPI 3.1 document generated from the contract's schemas to `docs/openapi.json`
 * (what the server serves at /api/v1/openapi.json). A test fails when the committed file is stale.
 *
 *   npm run openapi -w @egov-kit/reference-server      (or: node --conditions=egov-source --import tsx scripts/generate-openapi.ts)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryRoot } from '../src/config.js';
import { createApiOpenApiDocument } from '../src/contract.js';

const target = join(repositoryRoot(), 'docs', 'openapi.json');
writeFileSync(target, `${JSON.stringify(createApiOpenApiDocument(), null, 2)}\n`);
console.log(`wrote ${target}`);
