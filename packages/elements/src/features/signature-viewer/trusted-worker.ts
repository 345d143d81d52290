/**
 * Module workers that also start on pages enforcing Trusted Types. Import it as `Worker`, so the
 * call keeps the standard `new Worker(new URL('./x.js', import.meta.url), { type: 'module' })`
 * shape that bundlers (Vite, webpack) recognise and turn into a bundled worker file of their own.
 */
interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}

let policy: ScriptUrlPolicy | undefined;

/** `url` as the Worker constructor accepts it here: a TrustedScriptURL when the page has Trusted Types. Only same-origin scripts pass. */
function scriptUrl(url: string | URL): string {
  const href = String(url);
  const types = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!types) return href;
  policy ??= types.createPolicy('egov-kit-worker', {
    createScriptURL(candidate) {
      if (new URL(candidate, globalThis.location.href).origin !== globalThis.location.origin) throw new TypeError(`egov-kit: refusing a worker from another origin: ${candidate}`);
      return candidate;
    },
  });
  return policy.createScriptURL(href) as string;
}

/** A `Worker` constructor that passes its script URL through the policy above. */
export const TrustedWorker = function TrustedWorker(url: string | URL, options?: WorkerOptions): Worker {
  return new globalThis.Worker(scriptUrl(url), options);
} as unknown as { new (url: string | URL, options?: WorkerOptions): Worker };
