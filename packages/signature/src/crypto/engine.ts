/** pkijs needs a crypto engine for the few operations it runs itself; it gets WebCrypto. */
import * as pkijs from 'pkijs';

let installed = false;

/** Sets pkijs's engine from `globalThis.crypto` (Node 20 and browsers), once. */
export function ensurePkijsEngine(): void {
  if (installed || !globalThis.crypto?.subtle) return;
  pkijs.setEngine('webcrypto', new pkijs.CryptoEngine({ name: 'webcrypto', crypto: globalThis.crypto }));
  installed = true;
}
