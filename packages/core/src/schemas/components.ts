import { actorSchema, dossierEventSchema, dossierStatusCodeSchema, dossierStatusSchema, portalStateSchema } from '../status/schemas.js';
import { isoDateSchema, localizedTextSchema } from './common.js';
import { conditionSchema } from './conditions.js';
import {
  addressFieldSchema, addressValueSchema, checkboxGroupFieldSchema, dateFieldSchema, fieldOptionSchema, fileFieldSchema,
  fileReferenceSchema, formFieldSchema, identifierFieldSchema, longTextFieldSchema, numberFieldSchema, radioFieldSchema,
  selectFieldSchema, textFieldSchema,
} from './fields.js';
import { formDefinitionSchema, formStepSchema } from './form.js';
import {
  catalogueEntrySchema, channelSchema, documentTemplateSchema, feeSchema, legalBasisSchema, onlineLevelSchema,
  procedureCodeSchema, procedureSchema, requiredDocumentSchema, resultDocumentSchema, targetGroupSchema,
} from './procedure.js';

/**
 * core's contract schemas under their OpenAPI component names. The names are part of the
 * contract: integrators' generated clients use them, so they do not change.
 * Pass this (plus the API's own schemas) to `createOpenApiDocument`.
 */
export const coreSchemas = {
  LocalizedText: localizedTextSchema,
  IsoDate: isoDateSchema,
  ProcedureCode: procedureCodeSchema,
  CatalogueEntry: catalogueEntrySchema,
  OnlineLevel: onlineLevelSchema,
  Channel: channelSchema,
  TargetGroup: targetGroupSchema,
  Fee: feeSchema,
  DocumentTemplate: documentTemplateSchema,
  RequiredDocument: requiredDocumentSchema,
  LegalBasis: legalBasisSchema,
  ResultDocument: resultDocumentSchema,
  Procedure: procedureSchema,
  Condition: conditionSchema,
  FieldOption: fieldOptionSchema,
  TextField: textFieldSchema,
  LongTextField: longTextFieldSchema,
  NumberField: numberFieldSchema,
  DateField: dateFieldSchema,
  SelectField: selectFieldSchema,
  RadioField: radioFieldSchema,
  CheckboxGroupField: checkboxGroupFieldSchema,
  IdentifierField: identifierFieldSchema,
  AddressField: addressFieldSchema,
  FileField: fileFieldSchema,
  FormField: formFieldSchema,
  FormStep: formStepSchema,
  FormDefinition: formDefinitionSchema,
  AddressValue: addressValueSchema,
  FileReference: fileReferenceSchema,
  DossierStatus: dossierStatusSchema,
  DossierStatusCode: dossierStatusCodeSchema,
  PortalState: portalStateSchema,
  Actor: actorSchema,
  DossierEvent: dossierEventSchema,
} as const;
