import * as z from 'zod/mini';
import { coreSchemas } from '../schemas/components.js';
import { createOpenApiDocument, type JsonSchema, type OpenApiDocument, type OpenApiDocumentOptions } from '../schemas/openapi.js';
import { applicantSchema } from './applicant.js';
import { applicantDossierQuerySchema, applicantTokenRequestSchema } from './applicant-dossiers.js';
import { API_BASE_PATH, apiHeaders } from './common.js';
import {
  attachmentReferenceSchema, deadlineSchema, dossierAccessSchema, dossierAttachmentSchema, dossierHistorySchema, dossierSchema,
  dossierSubmissionSchema, dossierSummarySchema, feeRequestSchema, issuedDocumentSchema, requestedFeeSchema, supplementAnswerSchema,
  supplementRequestSchema, withdrawalSchema,
} from './dossiers.js';
import { dossierStreamEventSchema } from './events.js';
import { problemFieldErrorSchema, problemSchema, problemTypes, PROBLEM_MEDIA_TYPE, type ProblemName } from './problems.js';
import { procedureDetailSchema, procedurePageSchema, procedureSearchQuerySchema, procedureSummarySchema } from './procedures.js';
import {
  dossierSummaryPageSchema, officerSchema, staffDossierQuerySchema, staffOperationBodySchemas, tokenRequestSchema, tokenResponseSchema,
} from './staff.js';
import { trustListSchema } from './trust-list.js';
import { TUS_CHUNK_MEDIA_TYPE, TUS_VERSION, tusExtensions, uploadChecksumAlgorithms, uploadSchema } from './uploads.js';
import { staffOperationNames, staffOperations, staffScopes, type StaffOperation } from './workflow.js';

/** The API's version, as the OpenAPI document states it. */
export const API_VERSION = '1.0.0';

/** The health answer of `/health` and `/ready`. */
export const healthSchema = z.object({ status: z.enum(['ok', 'unavailable']), checks: z.optional(z.record(z.string(), z.string())) });

const pascal = (name: string) => name.replace(/(^|-)([a-z])/g, (_, _dash: string, ch: string) => ch.toUpperCase());

/** The API's own component schemas under their OpenAPI names (core's are in `coreSchemas`). */
export const apiSchemas = {
  Problem: problemSchema,
  ProblemFieldError: problemFieldErrorSchema,
  ProcedureSummary: procedureSummarySchema,
  ProcedurePage: procedurePageSchema,
  ProcedureDetail: procedureDetailSchema,
  Applicant: applicantSchema,
  AttachmentReference: attachmentReferenceSchema,
  DossierSubmission: dossierSubmissionSchema,
  SupplementAnswer: supplementAnswerSchema,
  Withdrawal: withdrawalSchema,
  DossierAttachment: dossierAttachmentSchema,
  SupplementRequest: supplementRequestSchema,
  RequestedFee: requestedFeeSchema,
  FeeRequest: feeRequestSchema,
  IssuedDocument: issuedDocumentSchema,
  Deadline: deadlineSchema,
  DossierAccess: dossierAccessSchema,
  Dossier: dossierSchema,
  DossierHistory: dossierHistorySchema,
  DossierSummary: dossierSummarySchema,
  DossierSummaryPage: dossierSummaryPageSchema,
  DossierStreamEvent: dossierStreamEventSchema,
  Officer: officerSchema,
  ...Object.fromEntries(staffOperationNames.map((op) => [`${pascal(op)}Request`, staffOperationBodySchemas[op]])),
  TokenRequest: tokenRequestSchema,
  TokenResponse: tokenResponseSchema,
  ApplicantTokenRequest: applicantTokenRequestSchema,
  Upload: uploadSchema,
  TrustList: trustListSchema,
  Health: healthSchema,
} as const;

/** One path of the API in the OpenAPI document: its operations by HTTP method. */
export type ApiPathItem = Record<string, unknown>;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const jsonBody = (name: string, description: string) => ({ description, content: { 'application/json': { schema: ref(name) } } });
const problems = (...names: ProblemName[]) => Object.fromEntries(names.map((name) => [String(problemTypes[name]), {
  description: names.filter((other) => problemTypes[other] === problemTypes[name]).join(', '),
  content: { [PROBLEM_MEDIA_TYPE]: { schema: ref('Problem') } },
}]));

/** Query parameters from an object schema's shape. */
function queryParameters(schema: { shape: Record<string, z.core.SomeType> }, descriptions: Record<string, string>) {
  return Object.entries(schema.shape).map(([name, field]) => {
    const { $schema: _dialect, ...json } = z.toJSONSchema(field as z.core.$ZodType, { io: 'input' }) as JsonSchema;
    return { name, in: 'query', required: false, schema: json, ...(descriptions[name] ? { description: descriptions[name] } : {}) };
  });
}

const pathParam = (name: string, description: string) => ({ name, in: 'path', required: true, schema: { type: 'string' }, description });
const codeParam = pathParam('code', 'The dossier code, e.g. 000.31.01.H55-261124-0007.');
const acceptLanguage = {
  name: 'Accept-Language', in: 'header', required: false, schema: { type: 'string' },
  description: 'vi (default) or en: the language of problems’ title, detail and field messages.',
};
const dossierSecurity = [{ dossierVerifier: [] }, { dossierAccessToken: [] }, { dossierAccessQuery: [] }];
const rateLimited = problems('rate-limited');
const tusResumable = { name: 'Tus-Resumable', in: 'header', required: true, schema: { const: TUS_VERSION } };

const dossierGetDescription = `Opens a dossier with its code and a second factor: the applicant's phone or personal ID number in ${apiHeaders.dossierVerifier} (rate-limited per client), or an access token from an earlier answer. A wrong verifier or token answers exactly as an unknown code (404 dossier-not-found). The answer carries a fresh access token and an ETag (the version).`;

const staffSummaries: Record<StaffOperation, string> = {
  receive: 'Receive the dossier at the one-stop desk',
  refuse: 'Refuse the dossier at intake',
  process: 'Start processing, or resume it once fees are paid',
  'request-supplement': 'Ask the applicant for a supplement',
  'request-fees': 'Ask the applicant to pay fees or taxes',
  decide: 'Decide, issuing the signed result documents',
  stop: 'Stop processing',
  'return-result': 'Hand the result over',
};

function staffOperationPath(op: StaffOperation) {
  const { to, scope } = staffOperations[op];
  return {
    post: {
      operationId: `staff${pascal(op)}`,
      tags: ['staff'],
      summary: staffSummaries[op],
      description: `A move of the one-stop workflow to \`${to}\`; any move core's transition table does not allow from the current status is a 409 transition-forbidden problem. Optional If-Match: "<version>" guards against concurrent changes. Needs scope ${scope}.`,
      security: [{ staffOAuth: [scope] }],
      parameters: [codeParam, acceptLanguage, { name: 'If-Match', in: 'header', required: false, schema: { type: 'string' } }],
      requestBody: { required: true, content: { 'application/json': { schema: ref(`${pascal(op)}Request`) } } },
      responses: {
        200: jsonBody('Dossier', 'The dossier after the move.'),
        ...problems('validation-failed', 'unauthorized', 'insufficient-scope', 'dossier-not-found', 'transition-forbidden', 'dossier-changed'),
      },
    },
  };
}

/** The API's paths, as OpenAPI 3.1 path items referring to the component schemas. */
export const apiPaths: Record<string, ApiPathItem> = {
  [`${API_BASE_PATH}/procedures`]: {
    get: {
      operationId: 'searchProcedures', tags: ['procedures'], summary: 'Search the procedure catalogue',
      description: 'Words of `q` must all match the code, name or agency, ignoring case and diacritics. Cursor pagination in code order.',
      parameters: [...queryParameters(procedureSearchQuerySchema, { q: 'Words to find.', cursor: 'The nextCursor of the previous page.' }), acceptLanguage],
      responses: { 200: jsonBody('ProcedurePage', 'A page of procedures.'), ...problems('validation-failed') },
    },
  },
  [`${API_BASE_PATH}/procedures/{code}`]: {
    get: {
      operationId: 'getProcedure', tags: ['procedures'], summary: 'Get a procedure and its application form',
      parameters: [pathParam('code', 'The procedure code, e.g. 1.001193.'), acceptLanguage],
      responses: { 200: jsonBody('ProcedureDetail', 'The procedure and its form definition.'), ...problems('procedure-not-found') },
    },
  },
  [`${API_BASE_PATH}/uploads`]: {
    options: {
      operationId: 'uploadCapabilities', tags: ['uploads'], summary: 'tus discovery',
      description: `Answers 204 with Tus-Version: ${TUS_VERSION}, Tus-Extension: ${tusExtensions.join(',')}, Tus-Max-Size and Tus-Checksum-Algorithm: ${uploadChecksumAlgorithms.join(',')}.`,
      responses: { 204: { description: 'The server’s tus capabilities, in headers.' } },
    },
    post: {
      operationId: 'createUpload', tags: ['uploads'], summary: 'Create an upload (tus creation)',
      description: 'Upload-Length is the file size; Upload-Metadata must carry filename and filetype (base64), and may carry sha256 (the whole file’s hex digest). Answers 201 with Location.',
      parameters: [tusResumable, { name: 'Upload-Length', in: 'header', required: true, schema: { type: 'integer', minimum: 0 } },
        { name: 'Upload-Metadata', in: 'header', required: true, schema: { type: 'string' } }, acceptLanguage],
      responses: {
        201: { description: 'Created; Location is the upload’s URL.', headers: { Location: { schema: { type: 'string' } } } },
        ...problems('tus-version-unsupported', 'upload-too-large', 'upload-type-not-allowed', 'validation-failed'),
      },
    },
  },
  [`${API_BASE_PATH}/uploads/{id}`]: {
    head: {
      operationId: 'uploadOffset', tags: ['uploads'], summary: 'Where an upload stands (tus)',
      parameters: [pathParam('id', 'The upload id.'), tusResumable],
      responses: { 200: { description: 'Upload-Offset and Upload-Length headers.' }, 404: { description: 'upload-not-found' }, 410: { description: 'upload-gone' } },
    },
    patch: {
      operationId: 'appendUpload', tags: ['uploads'], summary: 'Send bytes (tus)',
      description: `Body ${TUS_CHUNK_MEDIA_TYPE}; Upload-Offset must equal the current offset. Upload-Checksum: "<sha1|sha256> <base64 digest>" is verified before the bytes are kept. The last chunk also checks the whole file (type by content, sha256 metadata).`,
      parameters: [pathParam('id', 'The upload id.'), tusResumable, { name: 'Upload-Offset', in: 'header', required: true, schema: { type: 'integer' } },
        { name: 'Upload-Checksum', in: 'header', required: false, schema: { type: 'string' } }, acceptLanguage],
      requestBody: { required: true, content: { [TUS_CHUNK_MEDIA_TYPE]: { schema: { type: 'string', contentMediaType: 'application/octet-stream' } } } },
      responses: {
        204: { description: 'Kept; Upload-Offset is the new offset.' },
        ...problems('upload-not-found', 'upload-gone', 'upload-offset-mismatch', 'upload-checksum-mismatch', 'upload-checksum-unsupported',
          'upload-too-large', 'upload-type-not-allowed', 'unsupported-media-type'),
      },
    },
    delete: {
      operationId: 'deleteUpload', tags: ['uploads'], summary: 'Drop an upload (tus termination)',
      parameters: [pathParam('id', 'The upload id.'), tusResumable],
      responses: { 204: { description: 'Deleted.' }, ...problems('upload-not-found') },
    },
    get: {
      operationId: 'getUpload', tags: ['uploads'], summary: 'Describe an upload',
      parameters: [pathParam('id', 'The upload id.'), acceptLanguage],
      responses: { 200: jsonBody('Upload', 'The upload.'), ...problems('upload-not-found', 'upload-gone') },
    },
  },
  [`${API_BASE_PATH}/dossiers`]: {
    post: {
      operationId: 'submitDossier', tags: ['dossiers'], summary: 'File a dossier',
      description: 'Requires Idempotency-Key. The same key with the same body returns the first answer (with Idempotency-Replayed: true), also across server instances and while the first is in flight; the same key with another body is 409 idempotency-key-reused. Answers are checked against the procedure’s form; attachments must be finished uploads.',
      parameters: [{ name: apiHeaders.idempotencyKey, in: 'header', required: true, schema: { type: 'string', minLength: 8, maxLength: 255 } }, acceptLanguage],
      requestBody: { required: true, content: { 'application/json': { schema: ref('DossierSubmission') } } },
      responses: {
        201: jsonBody('Dossier', 'The dossier filed, with its code and an access token. Location is its URL.'),
        ...problems('idempotency-key-required', 'idempotency-key-reused', 'validation-failed', 'procedure-not-found', 'procedure-not-online',
          'form-version-mismatch', 'malformed-request', 'unsupported-media-type', 'payload-too-large'),
      },
    },
  },
  [`${API_BASE_PATH}/dossiers/{code}`]: {
    get: {
      operationId: 'getDossier', tags: ['dossiers'], summary: 'Look a dossier up', description: dossierGetDescription,
      security: dossierSecurity,
      parameters: [codeParam, { name: apiHeaders.dossierVerifier, in: 'header', required: false, schema: { type: 'string' } }, acceptLanguage],
      responses: { 200: jsonBody('Dossier', 'The dossier, with an access token.'), ...problems('dossier-not-found', 'dossier-access-expired'), ...rateLimited },
    },
  },
  [`${API_BASE_PATH}/dossiers/{code}/history`]: {
    get: {
      operationId: 'getDossierHistory', tags: ['dossiers'], summary: 'A dossier’s status history', security: dossierSecurity,
      parameters: [codeParam, acceptLanguage],
      responses: { 200: jsonBody('DossierHistory', 'The history, oldest first.'), ...problems('dossier-not-found', 'dossier-access-expired'), ...rateLimited },
    },
  },
  [`${API_BASE_PATH}/dossiers/{code}/events`]: {
    get: {
      operationId: 'streamDossierEvents', tags: ['events'], summary: 'Live status changes (server-sent events)',
      description: 'text/event-stream of status-changed events (id = seq, data = DossierStreamEvent). Send Last-Event-ID to resume after an event; without it the stream replays the whole history first. Keep-alive comments every 15 s.',
      security: dossierSecurity,
      parameters: [codeParam, { name: 'Last-Event-ID', in: 'header', required: false, schema: { type: 'string' } }],
      responses: {
        200: { description: 'The event stream.', content: { 'text/event-stream': { schema: ref('DossierStreamEvent') } } },
        ...problems('dossier-not-found', 'dossier-access-expired'), ...rateLimited,
      },
    },
  },
  [`${API_BASE_PATH}/dossiers/{code}/supplement-requests/{requestId}/answer`]: {
    post: {
      operationId: 'answerSupplementRequest', tags: ['dossiers'], summary: 'Answer a request for supplements', security: dossierSecurity,
      description: 'Merges changed answers (checked again against the form), adds documents, and moves the dossier back to received or processing.',
      parameters: [codeParam, pathParam('requestId', 'The open supplement request.'), acceptLanguage],
      requestBody: { required: true, content: { 'application/json': { schema: ref('SupplementAnswer') } } },
      responses: {
        200: jsonBody('Dossier', 'The dossier after the answer.'),
        ...problems('validation-failed', 'dossier-not-found', 'dossier-access-expired', 'supplement-request-not-open', 'transition-forbidden'), ...rateLimited,
      },
    },
  },
  [`${API_BASE_PATH}/dossiers/{code}/withdraw`]: {
    post: {
      operationId: 'withdrawDossier', tags: ['dossiers'], summary: 'Withdraw a dossier', security: dossierSecurity,
      parameters: [codeParam, acceptLanguage],
      requestBody: { required: true, content: { 'application/json': { schema: ref('Withdrawal') } } },
      responses: {
        200: jsonBody('Dossier', 'The withdrawn dossier.'),
        ...problems('validation-failed', 'dossier-not-found', 'dossier-access-expired', 'transition-forbidden'), ...rateLimited,
      },
    },
  },
  [`${API_BASE_PATH}/dossiers/{code}/documents/{documentId}`]: {
    get: {
      operationId: 'getResultDocument', tags: ['documents'], summary: 'A result document (signed PDF, PAdES)', security: dossierSecurity,
      parameters: [codeParam, pathParam('documentId', 'The document id.'), acceptLanguage],
      responses: {
        200: { description: 'The signed PDF.', content: { 'application/pdf': { schema: { type: 'string', contentMediaType: 'application/pdf' } } } },
        ...problems('dossier-not-found', 'dossier-access-expired', 'document-not-found'), ...rateLimited,
      },
    },
  },
  [`${API_BASE_PATH}/trust-list`]: {
    get: {
      operationId: 'getTrustList', tags: ['documents'], summary: 'The trust list of the result documents’ signatures',
      responses: { 200: jsonBody('TrustList', 'Certificates pinned by SHA-256.') },
    },
  },
  [`${API_BASE_PATH}/openapi.json`]: {
    get: { operationId: 'getOpenApiDocument', tags: ['operations'], summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1.' } } },
  },
  '/oauth/token': {
    post: {
      operationId: 'issueToken', tags: ['auth'], summary: 'OAuth 2.0 client credentials (RFC 6749 §4.4)',
      description: 'Client authentication with HTTP Basic or client_id/client_secret in the body. Tokens expire (expires_in). Errors are problems that also carry OAuth’s error member.',
      requestBody: { required: true, content: { 'application/x-www-form-urlencoded': { schema: ref('TokenRequest') }, 'application/json': { schema: ref('TokenRequest') } } },
      responses: { 200: jsonBody('TokenResponse', 'A bearer token.'), ...problems('invalid-client', 'unsupported-grant-type', 'invalid-scope', 'validation-failed'), ...rateLimited },
    },
  },
  '/sso/demo/token': {
    post: {
      operationId: 'issueApplicantToken', tags: ['auth'], summary: 'Demo single sign-on: an applicant’s bearer token (password grant)',
      description: 'Stands in for the national single sign-on (VNeID) of a demo deployment: the personal ID number and the demo password give a token for GET /api/v1/me/dossiers. A real deployment trusts its SSO instead.',
      requestBody: { required: true, content: { 'application/x-www-form-urlencoded': { schema: ref('ApplicantTokenRequest') }, 'application/json': { schema: ref('ApplicantTokenRequest') } } },
      responses: { 200: jsonBody('TokenResponse', 'A bearer token.'), ...problems('unauthorized', 'validation-failed'), ...rateLimited },
    },
  },
  [`${API_BASE_PATH}/me/dossiers`]: {
    get: {
      operationId: 'listApplicantDossiers', tags: ['dossiers'], summary: 'The signed-in applicant’s dossiers, newest first', security: [{ applicantToken: [] }],
      parameters: [...queryParameters(applicantDossierQuerySchema, { from: 'Filed on or after this day (Vietnam).', to: 'Filed on or before this day (Vietnam).' }), acceptLanguage],
      responses: { 200: jsonBody('DossierSummaryPage', 'A page of dossiers.'), ...problems('validation-failed', 'unauthorized') },
    },
  },
  [`${API_BASE_PATH}/me/dossiers/{code}`]: {
    get: {
      operationId: 'getApplicantDossier', tags: ['dossiers'], summary: 'One of the signed-in applicant’s dossiers', security: [{ applicantToken: [] }],
      parameters: [codeParam, acceptLanguage],
      responses: { 200: jsonBody('Dossier', 'The dossier, with an access token.'), ...problems('unauthorized', 'dossier-not-found') },
    },
  },
  [`${API_BASE_PATH}/staff/dossiers`]: {
    get: {
      operationId: 'listDossiers', tags: ['staff'], summary: 'List dossiers, newest first', security: [{ staffOAuth: ['dossiers:read'] }],
      parameters: [...queryParameters(staffDossierQuerySchema, {}), acceptLanguage],
      responses: { 200: jsonBody('DossierSummaryPage', 'A page of dossiers.'), ...problems('validation-failed', 'unauthorized', 'insufficient-scope') },
    },
  },
  [`${API_BASE_PATH}/staff/dossiers/{code}`]: {
    get: {
      operationId: 'getDossierAsStaff', tags: ['staff'], summary: 'Get any dossier', security: [{ staffOAuth: ['dossiers:read'] }],
      parameters: [codeParam, acceptLanguage],
      responses: { 200: jsonBody('Dossier', 'The dossier.'), ...problems('unauthorized', 'insufficient-scope', 'dossier-not-found') },
    },
  },
  ...Object.fromEntries(staffOperationNames.map((op) => [`${API_BASE_PATH}/staff/dossiers/{code}/${op}`, staffOperationPath(op)])),
  '/health': {
    get: { operationId: 'health', tags: ['operations'], summary: 'Liveness', responses: { 200: jsonBody('Health', 'The process is up.') } },
  },
  '/ready': {
    get: {
      operationId: 'ready', tags: ['operations'], summary: 'Readiness: the database answers and the server is not shutting down',
      responses: { 200: jsonBody('Health', 'Ready.'), ...problems('service-unavailable') },
    },
  },
};

/** The OpenAPI document with the security schemes the API uses. */
export interface ApiOpenApiDocument extends Omit<OpenApiDocument, 'components'> {
  tags: { name: string; description: string }[];
  components: OpenApiDocument['components'] & { securitySchemes: Record<string, unknown> };
}

/**
 * The whole OpenAPI 3.1 document of the API, generated from the contract's schemas and paths (what
 * `docs/openapi.json` holds and the server serves at `/api/v1/openapi.json`).
 */
export function createApiOpenApiDocument(): ApiOpenApiDocument {
  const document = createOpenApiDocument({
    title: 'egov-kit shared-data API',
    version: API_VERSION,
    description: 'Procedures, uploads, dossiers, live status, signed result documents and staff operations of a provincial one-stop system. Problems are RFC 9457 application/problem+json with stable type URIs (urn:egov-kit:problem:<name>) and message keys (api.problem.<name>).',
    paths: apiPaths,
    // The API's schemas are zod/mini; core's generator takes any zod 4 schema at runtime.
    schemas: { ...coreSchemas, ...apiSchemas } as unknown as OpenApiDocumentOptions['schemas'],
  });
  return {
    ...document,
    tags: [
      { name: 'procedures', description: 'The procedure catalogue and application forms.' },
      { name: 'uploads', description: 'Resumable uploads (tus 1.0).' },
      { name: 'dossiers', description: 'Filing, looking up, answering and withdrawing dossiers.' },
      { name: 'events', description: 'Server-sent events of a dossier.' },
      { name: 'documents', description: 'Signed result documents and the trust list.' },
      { name: 'staff', description: 'Staff operations (OAuth 2.0 client credentials).' },
      { name: 'auth', description: 'Tokens.' },
      { name: 'operations', description: 'Health, readiness, this document.' },
    ],
    components: {
      ...document.components,
      securitySchemes: {
        staffOAuth: {
          type: 'oauth2',
          flows: { clientCredentials: { tokenUrl: '/oauth/token', scopes: Object.fromEntries(staffScopes.map((scope) => [scope, `Allows ${scope.replace('dossiers:', '')}.`])) } },
        },
        dossierVerifier: { type: 'apiKey', in: 'header', name: apiHeaders.dossierVerifier, description: 'The applicant’s phone or personal ID number.' },
        dossierAccessToken: { type: 'http', scheme: 'bearer', description: 'A dossier access token from a lookup or submission.' },
        dossierAccessQuery: { type: 'apiKey', in: 'query', name: apiHeaders.accessTokenQuery, description: 'The same token, where headers cannot be set.' },
        applicantToken: { type: 'http', scheme: 'bearer', description: 'A signed-in applicant’s token from the single sign-on (the demo’s: POST /sso/demo/token).' },
      },
    },
  };
}
