/**
 * `@egov-kit/elements`: Lit web components for Vietnamese e-government. This entry exports the
 * classes and helpers with no side effect; import `@egov-kit/elements/define/<name>` to register
 * a tag (`<egov-text-field>`…).
 * @packageDocumentation
 */
export { EgovButton } from './components/button/button.js';
export { EgovTextField } from './components/text-field/text-field.js';
export { EgovTextarea } from './components/textarea/textarea.js';
export { EgovNumberField } from './components/number-field/number-field.js';
export { parseLocalNumber, formatLocalNumber } from './components/number-field/number-parse.js';
export { EgovDateField, type DateParts } from './components/date-field/date-field.js';
export { EgovSelect } from './components/select/select.js';
export { EgovCombobox, type OptionLoader } from './components/combobox/combobox.js';
export { EgovRadioGroup } from './components/radio-group/radio-group.js';
export { EgovCheckbox } from './components/checkbox/checkbox.js';
export { EgovCheckboxGroup } from './components/checkbox-group/checkbox-group.js';
export { EgovIdentifierField } from './components/identifier-field/identifier-field.js';
export { EgovAddressField, loadUnits, loadOldUnits, type AddressParts, type UnitsModule, type OldUnitsModule } from './components/address-field/address-field.js';
export { EgovFileUpload, UploadRefusedError, type UploadTransport, type UploadContext, type UploadItem, type UploadStatus } from './components/file-upload/file-upload.js';
export { EgovFieldset } from './components/fieldset/fieldset.js';
export { EgovErrorSummary, type SummaryError, type SummaryEntry } from './components/error-summary/error-summary.js';
export { EgovNotificationBanner, type BannerVariant } from './components/notification-banner/notification-banner.js';
export { EgovSummaryList, type SummaryRow } from './components/summary-list/summary-list.js';
export { EgovStepIndicator, type StepState } from './components/step-indicator/step-indicator.js';
export { EgovStatusTag, statusVariant, type TagVariant } from './components/status-tag/status-tag.js';
export { EgovTimeline, type TimelineEvent } from './components/timeline/timeline.js';
export { EgovSkeleton } from './components/skeleton/skeleton.js';
export { EgovDialog } from './components/dialog/dialog.js';
export { EgovDossierTracker } from './features/dossier-tracker/dossier-tracker.js';
export { EgovApplicationForm, type ApplicationPrefill } from './features/application-form/application-form.js';
export { EgovStepChangeEvent, EgovDraftSaveEvent, EgovSubmitEvent, EgovSubmitErrorEvent } from './features/application-form/application-form.events.js';
export { EgovDossierLoadEvent, EgovDossierChangeEvent, EgovLookupErrorEvent } from './features/dossier-tracker/dossier-tracker.events.js';
export { EgovSignatureViewer } from './features/signature-viewer/signature-viewer.js';
export { EgovVerifyStartEvent, EgovVerifyEvent, EgovVerifyErrorEvent } from './features/signature-viewer/signature-viewer.events.js';
export { implicitSubmit, readOptions, type ChoiceOption } from './internal/options.js';

export { FormControl, type ServerError } from './internal/form-control.js';
export { schemaValidator, textLength, type Problem, type Validator, type ValidityFlag, type ParsingSchema } from './internal/validation.js';
export { defineElement } from './internal/define.js';
export { EgovErrorChangeEvent } from './events.js';
export { baseStyles } from './styles/shared.styles.js';
export { fieldStyles } from './styles/field.styles.js';
export { inputStyles } from './styles/input.styles.js';
export { defaultTokens, highContrastTokens, token, tokenProperty, vietnameseFontStack, type TokenName } from './styles/tokens.js';
export { themeCss, themeNames, type ThemeName } from './themes/themes.js';
export * from './i18n/index.js';
