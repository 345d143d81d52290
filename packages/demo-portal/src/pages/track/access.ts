/**
 * The dossier access token the API hands out with a lookup, kept for this tab only (sessionStorage),
 * so a reload, or the verify page opening a result document, does not ask for the verifier again.
 * The verifier itself (phone or ID number) is never stored.
 */
import type { DossierAccess } from '@egov-kit/core/contract';

const keyOf = (code: string) => `egov-portal:access:${code}`;

export function rememberAccess(code: string, access: DossierAccess | undefined): void {
  if (!access) return;
  try {
    sessionStorage.setItem(keyOf(code), JSON.stringify(access));
  } catch {
    // No storage: the person looks the dossier up again after a reload.
  }
}

/** The kept token of `code`, if it has not expired. */
export function accessOf(code: string): DossierAccess | undefined {
  try {
    const access = JSON.parse(sessionStorage.getItem(keyOf(code)) ?? 'null') as DossierAccess | null;
    return access && Date.parse(access.expiresAt) > Date.now() + 5000 ? access : undefined;
  } catch {
    return undefined;
  }
}
