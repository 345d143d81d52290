// Type tests (checked by `npm run lint`): the tags and the wrappers are typed from the elements.
import type {} from '../src/jsx.js';
import { EgovSummaryList, EgovTextField } from '../src/index.js';

export const tag = <egov-text-field name="fullName" label="Họ và tên" required autocomplete="name" />;
// @ts-expect-error `required` is a boolean property
export const badTag = <egov-text-field required="yes" />;
export const wrapped = <EgovTextField label="Họ và tên" onEgovErrorChange={(event) => event.message.length} />;
// @ts-expect-error the text field has no `rows`
export const badProp = <EgovTextField rows={[]} />;
export const rows = <EgovSummaryList rows={[{ key: 'Họ và tên', value: 'Nguyễn Văn An' }]} />;
// @ts-expect-error a row needs a key
export const badRows = <EgovSummaryList rows={[{ value: 'x' }]} />;
