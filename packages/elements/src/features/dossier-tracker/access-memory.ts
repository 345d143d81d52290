/**
 * The dossier access tokens the API hands out with a lookup, kept for this browser tab only
 * (sessionStorage), so a reload, or a link back to the dossier, opens it without asking again.
 * Never the verifier (phone or ID number) and never the host's sign-in token. Storage may be off
 * or full: the person then looks the dossier up again after a reload.
 */
import type { DossierAccess } from '@egov-kit/core/contract';

const keyOf = (code: string) => `egov-dossier-tracker:access:${code}`;
/** A token this close to its end is not worth keeping: the next call would be refused. */
const MARGIN_MS = 5000;

export function rememberAccess(code: string, access: DossierAccess | undefined): void {
  if (!access) return;
  try {
    sessionStorage.setItem(keyOf(code), JSON.stringify(access));
  } catch {
    // Storage off or full: nothing kept.
  }
}

/** The kept token of `code`, if there is one and it has not expired. */
export function rememberedAccess(code: string): DossierAccess | undefined {
  try {
    const access = JSON.parse(sessionStorage.getItem(keyOf(code)) ?? 'null') as Partial<DossierAccess> | null;
    if (typeof access?.token !== 'string' || typeof access.expiresAt !== 'string') return undefined;
    return Date.parse(access.expiresAt) > Date.now() + MARGIN_MS ? { token: access.token, expiresAt: access.expiresAt } : undefined;
  } catch {
    return undefined;
  }
}

/** Forgets the token of `code` (it was refused). */
export function forgetAccess(code: string): void {
  try {
    sessionStorage.removeItem(keyOf(code));
  } catch {
    // Nothing was kept.
  }
}
