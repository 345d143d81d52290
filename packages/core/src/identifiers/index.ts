/**
 * Identifier validators: personal ID (CCCD), old ID card (CMND), tax code, mobile number,
 * social-insurance number and email. Each takes input as people type it and returns an
 * {@link IdentifierResult} with a canonical value and a display form, or a reason code whose
 * text lives under `identifier.<kind>.<reason>` in the message catalogue.
 * @module
 */
export {
  identifierKinds, type IdentifierKind, type IdentifierResult, type IdentifierSuccess, type IdentifierFailure,
  type IdentifierOptions,
} from './result.js';
export { birthProvinces } from './provinces.js';
export { parseCccd, parseCmnd, type PersonalIdDetails, type CmndDetails } from './personal-id.js';
export { validateTaxCode, type TaxCodeDetails } from './tax-code.js';
export { validatePhone } from './phone.js';
export { validateSocialInsuranceNumber, type SocialInsuranceDetails } from './social-insurance.js';
export { validateEmail, type EmailDetails } from './email.js';
export { validateIdentifier, formatIdentifier, type IdentifierDetailsByKind } from './validate.js';
export { maskIdentifier, maskName } from './mask.js';
