/**
 * The strict-CSP test page (see ../csp.test.ts): every field, in a plain form, built with DOM APIs
 * only (no innerHTML: Trusted Types are enforced). On submit it writes the form's entries into
 * `<output id="result">` as JSON.
 */
import '../../src/define/button.js';
import '../../src/define/text-field.js';
import '../../src/define/textarea.js';
import '../../src/define/number-field.js';
import '../../src/define/date-field.js';
import '../../src/define/select.js';
import '../../src/define/combobox.js';
import '../../src/define/radio-group.js';
import '../../src/define/checkbox.js';
import '../../src/define/checkbox-group.js';
import '../../src/define/identifier-field.js';
import '../../src/define/address-field.js';
import '../../src/define/file-upload.js';
import '../../src/define/fieldset.js';
import '../../src/define/dialog.js';
import type { EgovCombobox } from '../../src/components/combobox/combobox.js';
import type { EgovFileUpload } from '../../src/components/file-upload/file-upload.js';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

const option = (value: string, label: string) => el('option', { value }, label);

const agencies = el('egov-combobox', { name: 'agency', label: 'Cơ quan tiếp nhận', debounce: '50' }) as EgovCombobox;
agencies.loadOptions = async (query) => [
  { value: 'stp', label: 'Sở Tư pháp' }, { value: 'sxd', label: 'Sở Xây dựng' },
].filter((o) => o.label.toLowerCase().includes(query.toLowerCase()));

const files = el('egov-file-upload', { name: 'files', label: 'Giấy tờ kèm theo', accept: '.pdf', multiple: '' }) as EgovFileUpload;
files.upload = async (file, { onProgress }) => {
  onProgress(file.size / 2);
  await new Promise((r) => setTimeout(r, 20));
  return { id: `id-${file.name}` };
};

const sample = 'Ă Â Đ Ê Ô Ơ Ư ă â đ ê ô ơ ư Á À Ả Ã Ạ Ắ Ằ Ẳ Ẵ Ặ Ấ Ầ Ẩ Ẫ Ậ É È Ẻ Ẽ Ẹ Ế Ề Ể Ễ Ệ Í Ì Ỉ Ĩ Ị Ó Ò Ỏ Õ Ọ Ố Ồ Ổ Ỗ Ộ Ớ Ờ Ở Ỡ Ợ Ú Ù Ủ Ũ Ụ Ứ Ừ Ử Ữ Ự Ý Ỳ Ỷ Ỹ Ỵ '
  + 'á à ả ã ạ ắ ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ é è ẻ ẽ ẹ ế ề ể ễ ệ í ì ỉ ĩ ị ó ò ỏ õ ọ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ú ù ủ ũ ụ ứ ừ ử ữ ự ý ỳ ỷ ỹ ỵ';

const result = el('output', { id: 'result' });
const form = el('form', { id: 'form', novalidate: '' },
  el('egov-fieldset', { legend: 'Thông tin người nộp' },
    el('egov-text-field', { id: 'font-sample', name: 'sample', label: sample }),
    el('egov-text-field', { name: 'fullName', label: 'Họ và tên', required: '' }),
    el('egov-identifier-field', { name: 'cccd', kind: 'cccd', required: '' }),
    el('egov-identifier-field', { name: 'phone', kind: 'phone' }),
    el('egov-date-field', { name: 'dob', label: 'Ngày sinh', autocomplete: 'bday', picker: '' }),
  ),
  el('egov-textarea', { name: 'reason', label: 'Lý do', maxlength: '200' }),
  el('egov-number-field', { name: 'area', label: 'Diện tích' }),
  el('egov-select', { name: 'nation', label: 'Dân tộc' }, option('kinh', 'Kinh'), option('tay', 'Tày')),
  agencies,
  el('egov-radio-group', { name: 'way', label: 'Nhận kết quả' }, option('post', 'Qua bưu điện'), option('office', 'Trực tiếp')),
  el('egov-checkbox-group', { name: 'docs', label: 'Giấy tờ' }, option('a', 'Căn cước'), option('b', 'Giấy khai sinh')),
  el('egov-address-field', { name: 'addr', label: 'Nơi ở hiện tại' }),
  files,
  el('egov-checkbox', { name: 'agree', value: 'yes', required: '' }, 'Tôi cam đoan'),
  el('egov-button', { type: 'submit', name: 'action', value: 'send' }, 'Nộp hồ sơ'),
);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!form.checkValidity()) {
    result.value = 'invalid';
    return;
  }
  result.value = JSON.stringify([...new FormData(form, (event as SubmitEvent).submitter).entries()].map(([k, v]) => [k, typeof v === 'string' ? v : v.name]));
});
const dialog = el('egov-dialog', { heading: 'Xác nhận' }, el('p', {}, 'Bạn có chắc không?'));
document.body.append(el('main', { lang: 'vi' }, form, result, dialog));
