// (b) What an integrator writes, type-checked strictly with bundler and with node16 resolution.
import { parseCccd, type IdentifierResult } from '@egov-kit/core';
import { createClient, ProblemError, type Client } from '@egov-kit/sdk';
import { lookupDossier } from '@egov-kit/sdk/tracking';
import { createTransport } from '@egov-kit/sdk/transport';
import type { EgovTextField, EgovErrorChangeEvent } from '@egov-kit/elements';
import type { EgovAddressField } from '@egov-kit/elements/define/address-field';
import { verifyPdf } from '@egov-kit/signature';

export const id: IdentifierResult<unknown> = parseCccd('001095012345');
export const client: Client = createClient({ baseUrl: 'https://dichvucong.example.gov.vn' });
export async function track(code: string, phone: string): Promise<string> {
  try {
    return (await lookupDossier(createTransport({ baseUrl: 'https://dichvucong.example.gov.vn' }), code, { verifier: phone })).status;
  } catch (error) {
    if (error instanceof ProblemError) return error.type;
    throw error;
  }
}
export function onError(field: EgovTextField, address: EgovAddressField): void {
  field.label = 'Họ và tên';
  field.required = true;
  field.addEventListener('egov-error-change', (event: EgovErrorChangeEvent) => console.log(event.message));
  address.required = true;
}
export const verify: typeof verifyPdf = verifyPdf;
