import { registry, toJSONSchema, type core } from 'zod/mini';

/** A JSON Schema (2020-12) object, as OpenAPI 3.1 components hold them. */
export type JsonSchema = Record<string, unknown>;

/** An OpenAPI path item (`get`, `post`… operations); kept open for the API layer to fill. */
export type OpenApiPathItem = Record<string, unknown>;

/** An OpenAPI 3.1 document with the parts egov-kit generates. */
export interface OpenApiDocument {
  openapi: '3.1.1';
  info: { title: string; version: string; description?: string };
  jsonSchemaDialect: string;
  servers?: { url: string; description?: string }[];
  paths: Record<string, OpenApiPathItem>;
  components: { schemas: Record<string, JsonSchema> };
}

/** What {@link createOpenApiDocument} builds a document from. */
export interface OpenApiDocumentOptions {
  title: string;
  /** The API's version (not OpenAPI's). */
  version: string;
  description?: string;
  servers?: { url: string; description?: string }[];
  /** Path items by path (`/procedures/{code}`); they may `$ref` `#/components/schemas/<name>`. */
  paths?: Record<string, OpenApiPathItem>;
  /**
   * The component schemas by name. A schema used inside another becomes a `$ref` to its name.
   * Any zod 4 schema (`zod` or `zod/mini`) is accepted.
   */
  schemas: Record<string, core.$ZodType>;
}

const COMPONENT_NAME = /^[a-zA-Z0-9._-]+$/;
const COMPONENTS = '#/components/schemas/';

/**
 * Builds an OpenAPI 3.1 document whose `components.schemas` are the given zod schemas converted
 * to JSON Schema 2020-12 (OpenAPI 3.1's dialect). Every named schema that appears inside another
 * is written once and referenced as `#/components/schemas/<name>`. Schemas describe the input
 * side (what a request or response must contain; unknown properties are not forbidden, as zod
 * strips them). A recursive schema that has no name is kept under the `__shared` component.
 * @throws RangeError for a component name OpenAPI does not allow or a path not starting with `/`.
 */
export function createOpenApiDocument(options: OpenApiDocumentOptions): OpenApiDocument {
  const components = registry<{ id: string }>();
  for (const [name, schema] of Object.entries(options.schemas)) {
    if (!COMPONENT_NAME.test(name)) throw new RangeError(`Not a valid OpenAPI component name: ${JSON.stringify(name)}`);
    if (components.has(schema)) throw new RangeError(`The schema named ${name} is already registered under another name`);
    components.add(schema, { id: name });
  }
  for (const path of Object.keys(options.paths ?? {})) {
    if (!path.startsWith('/')) throw new RangeError(`An OpenAPI path must start with "/": ${JSON.stringify(path)}`);
  }
  const generated = toJSONSchema(components, { uri: (id) => `${COMPONENTS}${id}`, io: 'input' });
  const schemas: Record<string, JsonSchema> = {};
  for (const [name, schema] of Object.entries(generated.schemas)) {
    const { $schema: _dialect, $id: _id, ...rest } = schema as JsonSchema;
    schemas[name] = joinFragmentRefs(rest) as JsonSchema;
  }
  return {
    openapi: '3.1.1',
    info: { title: options.title, version: options.version, ...(options.description ? { description: options.description } : {}) },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    ...(options.servers ? { servers: options.servers } : {}),
    paths: options.paths ?? {},
    components: { schemas },
  };
}

/** Rewrites zod's `#/components/schemas/X#/$defs/Y` into the single pointer `#/components/schemas/X/$defs/Y`. */
function joinFragmentRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(joinFragmentRefs);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [
    key,
    key === '$ref' && typeof inner === 'string' && inner.startsWith(COMPONENTS) ? inner.replace(/#\//g, (m, at: number) => (at === 0 ? m : '/')) : joinFragmentRefs(inner),
  ]));
}
