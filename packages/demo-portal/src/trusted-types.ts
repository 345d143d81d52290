/**
 * The portal's one Trusted Types policy. The page runs under `require-trusted-types-for 'script'`;
 * the only script URL it hands to a sink is its own worker's (lit has its own policy for templates).
 */
interface TrustedTypePolicyLike {
  createScriptURL(url: string): unknown;
}
interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): TrustedTypePolicyLike;
}

let policy: TrustedTypePolicyLike | undefined;

/** `url` as a TrustedScriptURL (or as is, in browsers without Trusted Types). Only this origin's URLs pass. */
export function trustedScriptUrl(url: string): string | URL {
  const resolved = new URL(url, location.href);
  if (resolved.origin !== location.origin) throw new TypeError(`Refusing a script from another origin: ${resolved.origin}`);
  const types = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!types) return resolved;
  policy ??= types.createPolicy('egov-portal', {
    createScriptURL: (value) => {
      if (new URL(value, location.href).origin !== location.origin) throw new TypeError('cross-origin script URL');
      return value;
    },
  });
  return policy.createScriptURL(resolved.href) as string;
}
