/**
 * What the fresh project's pages hold (scripts/release-proof.mjs): the same markup in the Vite page,
 * the plain page (script tag, no build) and, through the React wrappers, the React page.
 */

/** The primitives the pages use, by define entry: a plain page gets them all from primitives.js. */
export const primitives = ['text-field', 'identifier-field', 'select', 'date-field', 'address-field', 'file-upload', 'error-summary', 'button'];

/** The form a citizen fills in, as an agency writes it into a CMS page. */
export const form = `<form id="apply" action="/ho-so" method="post">
  <egov-error-summary></egov-error-summary>
  <egov-text-field name="fullName" label="Họ và tên" required autocomplete="name"></egov-text-field>
  <egov-identifier-field name="idNumber" kind="cccd" required></egov-identifier-field>
  <egov-date-field name="birthDate" label="Ngày sinh" required></egov-date-field>
  <egov-select name="channel" label="Nhận kết quả" required>
    <option value="post">Qua bưu điện</option>
    <option value="desk">Tại bộ phận một cửa</option>
  </egov-select>
  <egov-address-field name="address" label="Nơi thường trú" required></egov-address-field>
  <egov-file-upload name="attachments" label="Giấy tờ kèm theo"></egov-file-upload>
  <egov-button type="submit">Nộp hồ sơ</egov-button>
</form>`;

/**
 * The feature components, one line each as they land: `define` is the define entry (and the CDN
 * module's name), `markup` the tag as a CMS page writes it, with `{api}` for the reference
 * server's origin. The Vite page imports the define entry, the plain page loads
 * `dist/cdn/<define>.js`, the React page renders its wrapper with the same attributes as props.
 */
export const features = [
  { define: 'application-form', markup: '<egov-application-form api-base="{api}" procedure="2.000635"></egov-application-form>' },
  { define: 'dossier-tracker', markup: '<egov-dossier-tracker api-base="{api}"></egov-dossier-tracker>' },
  { define: 'signature-viewer', markup: '<egov-signature-viewer trust-list="{api}/api/v1/trust-list"></egov-signature-viewer>' },
];

/** The page's body: the form, then each feature component. */
export function body(api) {
  return `<main lang="vi">
${form}
${features.map((feature) => feature.markup.replaceAll('{api}', api)).join('\n')}
</main>`;
}

/** Every egov-* tag the pages show, for the checks. */
export function tags() {
  return [...new Set([...`${form}${features.map((f) => f.markup).join('')}`.matchAll(/<(egov-[a-z-]+)/g)].map((m) => m[1]))];
}
