import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { z } from 'zod';
import * as zm from 'zod/mini';
import {
  ANSWER_LIMITS, answerShapeErrors, channelFromCode, channels, codeOfChannel, evaluateCondition, formVisibility, nfcAnswers, onlineLevelFromLegacy,
  validateAnswers, type FormDefinition, type FormField, type Procedure,
} from '@egov-kit/core';
import { fieldErrorsFromIssues, formDefinitionSchema, formFieldSchema, nfcTextSchema, procedureSchema } from '@egov-kit/core/contract';
import { formatMessage, formMessages } from '@egov-kit/core/messages';
import { getUnit } from '@egov-kit/core/units/current';
import { coreSchemas, createOpenApiDocument } from '@egov-kit/core/openapi';

const lt = (vi: string, en: string) => ({ vi, en });

// ---------------------------------------------------------------------------------------------
// Fixtures: two procedures as a province would publish them, and their application forms.
// Codes of fields and agencies are illustrative; the facts follow the published procedures.
// ---------------------------------------------------------------------------------------------

const birthRegistration = {
  code: '1.001193',
  name: lt('Đăng ký khai sinh', 'Birth registration'),
  agency: { code: 'UBND-XA', name: lt('Ủy ban nhân dân cấp xã', 'Commune People’s Committee') },
  field: { code: 'HO-TICH', name: lt('Hộ tịch', 'Civil status') },
  onlineLevel: { scheme: 'decree-224-2026', level: 'full' },
  processingTime: {
    workingDays: 0,
    note: lt(
      'Ngay trong ngày tiếp nhận hồ sơ; nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo.',
      'The same day; dossiers received after 3 p.m. are answered the next working day.',
    ),
  },
  fees: [{
    name: lt('Lệ phí đăng ký khai sinh', 'Birth registration fee'),
    amount: 0,
    note: lt('Miễn lệ phí đăng ký khai sinh đúng hạn.', 'No fee when registered within the time limit.'),
  }],
  requiredDocuments: [
    {
      name: lt('Tờ khai đăng ký khai sinh', 'Birth registration declaration'),
      originals: 1, copies: 0, required: true,
      templates: [{
        url: 'https://thutuc.dichvucong.gov.vn/files/to-khai-dang-ky-khai-sinh.docx',
        fileName: 'to-khai-dang-ky-khai-sinh.docx',
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      }],
    },
    {
      name: lt('Giấy chứng sinh hoặc văn bản của người làm chứng xác nhận việc sinh', 'Birth certificate from the hospital, or a witness’s statement'),
      originals: 1, copies: 0, required: true,
    },
  ],
  targetGroups: ['citizen'],
  requirements: [lt('Cha, mẹ có trách nhiệm đăng ký khai sinh cho con trong thời hạn 60 ngày kể từ ngày sinh.', 'Parents must register a birth within 60 days.')],
  legalBasis: [
    { number: '60/2014/QH13', title: lt('Luật Hộ tịch', 'Law on Civil Status'), issuedOn: '2014-11-20' },
    { number: '123/2015/NĐ-CP', title: lt('Nghị định quy định chi tiết một số điều của Luật Hộ tịch', 'Decree detailing the Law on Civil Status') },
    { number: '04/2020/TT-BTP', title: lt('Thông tư hướng dẫn thi hành Luật Hộ tịch', 'Circular guiding the Law on Civil Status') },
  ],
  results: [{ name: lt('Giấy khai sinh (bản chính)', 'Birth certificate (original)') }],
  channels: ['in-person', 'online', 'postal'],
} satisfies Procedure;

const householdBusinessRegistration = {
  code: '2.000575',
  name: lt('Đăng ký thành lập hộ kinh doanh', 'Registration of a household business'),
  agency: { code: 'UBND-XA', name: lt('Ủy ban nhân dân cấp xã', 'Commune People’s Committee') },
  field: { code: 'THANH-LAP-HKD', name: lt('Thành lập và hoạt động của hộ kinh doanh', 'Household businesses') },
  onlineLevel: onlineLevelFromLegacy(4),
  processingTime: { workingDays: 3 },
  fees: [{
    name: lt('Lệ phí đăng ký hộ kinh doanh', 'Household business registration fee'),
    amount: 100_000,
    note: lt('Mức thu theo nghị quyết của Hội đồng nhân dân tỉnh.', 'Set by the provincial People’s Council.'),
  }],
  requiredDocuments: [
    { name: lt('Giấy đề nghị đăng ký hộ kinh doanh', 'Application for household business registration'), originals: 1, copies: 0, required: true },
    {
      name: lt('Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh', 'Minutes of the household members’ meeting'),
      originals: 1, copies: 0, required: false,
      note: lt('Khi các thành viên hộ gia đình cùng đăng ký.', 'When household members register together.'),
    },
    { name: lt('Bản sao hợp đồng thuê địa điểm kinh doanh', 'Copy of the lease of the business premises'), originals: 0, copies: 1, required: false },
  ],
  targetGroups: ['citizen', 'household-business'],
  legalBasis: [
    { number: '59/2020/QH14', title: lt('Luật Doanh nghiệp', 'Law on Enterprises') },
    { number: '01/2021/NĐ-CP', title: lt('Nghị định về đăng ký doanh nghiệp', 'Decree on enterprise registration') },
  ],
  results: [{ name: lt('Giấy chứng nhận đăng ký hộ kinh doanh', 'Household business registration certificate') }],
  channels: ['in-person', 'online'],
} satisfies Procedure;

const birthForm = {
  id: 'dang-ky-khai-sinh',
  version: 3,
  procedureCode: '1.001193',
  title: lt('Tờ khai đăng ký khai sinh', 'Birth registration declaration'),
  steps: [
    {
      id: 'nguoi-yeu-cau',
      title: lt('Người yêu cầu', 'Person applying'),
      fields: [
        { id: 'requesterName', kind: 'text', label: lt('Họ, chữ đệm, tên', 'Full name'), required: true, autocomplete: 'name', validation: { maxLength: 100 } },
        { id: 'requesterId', kind: 'identifier', identifierKind: 'cccd', label: lt('Số định danh cá nhân', 'Personal ID number'), required: true },
        {
          id: 'relationship', kind: 'radio', label: lt('Quan hệ với người được khai sinh', 'Relationship to the child'), required: true,
          options: [
            { value: 'mother', label: lt('Mẹ', 'Mother') },
            { value: 'father', label: lt('Cha', 'Father') },
            { value: 'other', label: lt('Khác', 'Other') },
          ],
        },
        {
          id: 'relationshipOther', kind: 'text', label: lt('Quan hệ cụ thể', 'Relationship'), required: true,
          showIf: { op: 'equals', field: 'relationship', value: 'other' },
        },
        { id: 'phone', kind: 'identifier', identifierKind: 'phone', label: lt('Số điện thoại', 'Phone number'), required: true, autocomplete: 'tel' },
        { id: 'email', kind: 'identifier', identifierKind: 'email', label: lt('Thư điện tử', 'Email'), autocomplete: 'email' },
      ],
    },
    {
      id: 'nguoi-duoc-khai-sinh',
      title: lt('Người được khai sinh', 'The child'),
      fields: [
        {
          id: 'childName', kind: 'text', label: lt('Họ, chữ đệm, tên', 'Full name'), required: true,
          validation: {
            maxLength: 100,
            pattern: { regex: "[\\p{L} '-]+", message: lt('Họ tên chỉ gồm chữ cái và dấu cách.', 'A name has only letters and spaces.') },
          },
        },
        {
          id: 'sex', kind: 'radio', label: lt('Giới tính', 'Sex'), required: true,
          options: [{ value: 'female', label: lt('Nữ', 'Female') }, { value: 'male', label: lt('Nam', 'Male') }],
        },
        { id: 'birthDate', kind: 'date', label: lt('Ngày, tháng, năm sinh', 'Date of birth'), required: true, validation: { notInFuture: true } },
        {
          id: 'birthPlaceKind', kind: 'select', label: lt('Nơi sinh', 'Place of birth'), required: true,
          options: [
            { value: 'facility', label: lt('Cơ sở khám bệnh, chữa bệnh', 'Health facility') },
            { value: 'home', label: lt('Tại nhà', 'At home') },
            { value: 'other', label: lt('Nơi khác', 'Elsewhere') },
          ],
        },
        { id: 'birthPlace', kind: 'address', label: lt('Địa chỉ nơi sinh', 'Address of the place of birth'), required: true, streetOptional: true },
      ],
    },
    {
      id: 'giay-to',
      title: lt('Giấy tờ kèm theo', 'Documents'),
      fields: [
        {
          id: 'birthCertificate', kind: 'file', label: lt('Giấy chứng sinh', 'Birth certificate from the hospital'), required: true,
          help: lt('Ảnh chụp hoặc bản quét, định dạng PDF hoặc JPEG, tối đa 5 MB.', 'A photo or scan, PDF or JPEG, at most 5 MB.'),
          showIf: { op: 'equals', field: 'birthPlaceKind', value: 'facility' },
          validation: { accept: ['application/pdf', 'image/jpeg', '.pdf'], maxSizeBytes: 5 * 1_048_576, maxFiles: 2 },
        },
        {
          id: 'witnessStatement', kind: 'file', label: lt('Văn bản của người làm chứng', 'Witness statement'), required: true,
          showIf: { op: 'in', field: 'birthPlaceKind', values: ['home', 'other'] },
          validation: { accept: ['application/pdf', 'image/*'] },
        },
        {
          id: 'delivery', kind: 'checkbox-group', label: lt('Hình thức nhận kết quả', 'How to receive the result'), required: true,
          options: [
            { value: 'paper', label: lt('Bản giấy', 'On paper') },
            { value: 'electronic', label: lt('Bản điện tử', 'Electronic copy') },
          ],
        },
        {
          id: 'copies', kind: 'number', label: lt('Số bản sao đề nghị cấp', 'Number of extra copies'),
          showIf: { op: 'equals', field: 'delivery', value: 'paper' },
          validation: { min: 0, max: 10, integer: true },
        },
      ],
    },
  ],
} satisfies FormDefinition;

const businessForm = {
  id: 'dang-ky-ho-kinh-doanh',
  version: 1,
  procedureCode: '2.000575',
  title: lt('Giấy đề nghị đăng ký hộ kinh doanh', 'Application for household business registration'),
  steps: [
    {
      id: 'chu-ho',
      title: lt('Chủ hộ kinh doanh', 'Owner'),
      fields: [
        { id: 'ownerName', kind: 'text', label: lt('Họ và tên', 'Full name'), required: true, autocomplete: 'name' },
        { id: 'ownerBirthDate', kind: 'date', label: lt('Ngày sinh', 'Date of birth'), required: true, autocomplete: 'bday', validation: { notInFuture: true, minAgeYears: 18 } },
        { id: 'ownerTaxCode', kind: 'identifier', identifierKind: 'tax-code', label: lt('Mã số thuế cá nhân', 'Personal tax code') },
      ],
    },
    {
      id: 'ho-kinh-doanh',
      title: lt('Hộ kinh doanh', 'The business'),
      fields: [
        { id: 'businessName', kind: 'text', label: lt('Tên hộ kinh doanh', 'Business name'), required: true, autocomplete: 'organization', validation: { minLength: 3, maxLength: 200 } },
        { id: 'address', kind: 'address', label: lt('Địa điểm kinh doanh', 'Business premises'), required: true },
        { id: 'activities', kind: 'long-text', label: lt('Ngành, nghề kinh doanh', 'Business activities'), required: true, validation: { maxLength: 2000 } },
        { id: 'capital', kind: 'number', label: lt('Vốn kinh doanh', 'Capital'), required: true, unit: lt('đồng', 'VND'), validation: { min: 0, integer: true } },
        {
          id: 'household', kind: 'radio', label: lt('Các thành viên hộ gia đình cùng đăng ký?', 'Do household members register together?'), required: true,
          options: [{ value: 'yes', label: lt('Có', 'Yes') }, { value: 'no', label: lt('Không', 'No') }],
        },
      ],
    },
    {
      id: 'thanh-vien',
      title: lt('Thành viên hộ gia đình', 'Household members'),
      showIf: { op: 'equals', field: 'household', value: 'yes' },
      fields: [
        { id: 'members', kind: 'long-text', label: lt('Danh sách thành viên', 'Members'), required: true },
        { id: 'meetingMinutes', kind: 'file', label: lt('Biên bản họp thành viên', 'Minutes of the meeting'), required: true, validation: { accept: ['.pdf'] } },
      ],
    },
  ],
} satisfies FormDefinition;

const TODAY = '2026-03-02';

/** A text field definition, for building small forms. */
const text = (id: string, extra: Record<string, unknown> = {}) => ({ id, kind: 'text', label: lt('Nhãn', 'Label'), ...extra });

/** Answers that complete the birth form: born at a facility, wants paper copies. */
const birthAnswers = {
  requesterName: 'Nguyễn Thị Hoa',
  requesterId: '001195012345',
  relationship: 'mother',
  phone: '0912345678',
  childName: 'Trần Minh Khôi',
  sex: 'male',
  birthDate: '2026-02-20',
  birthPlaceKind: 'facility',
  birthPlace: { provinceCode: '19', communeCode: '05443', street: '' },
  birthCertificate: [{ id: 'up-1', name: 'giay-chung-sinh.pdf', size: 320_000, mediaType: 'application/pdf' }],
  delivery: ['paper', 'electronic'],
  copies: 2,
};

const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path) ?? [];

const check = (form: FormDefinition, answers: unknown) => validateAnswers(form, answers, { today: TODAY });

const errorsOf = (form: FormDefinition, answers: unknown) =>
  check(form, answers).errors.map(({ field, messageKey }) => `${field}: ${messageKey}`);

// ---------------------------------------------------------------------------------------------

describe('procedure schema', () => {
  test('the two fixture procedures parse, unchanged', () => {
    assert.deepEqual(procedureSchema.parse(birthRegistration), birthRegistration);
    assert.deepEqual(procedureSchema.parse(householdBusinessRegistration), householdBusinessRegistration);
  });

  test('texts are trimmed and stored in NFC', () => {
    const parsed = procedureSchema.parse({ ...birthRegistration, name: lt('  \u0110a\u0306ng ky\u0301 khai sinh ', 'Birth registration') });
    assert.equal(parsed.name.vi, 'Đăng ký khai sinh');
  });

  test('the code is opaque but bounded', () => {
    assert.equal(procedureSchema.safeParse({ ...birthRegistration, code: 'G09.20-TTHC-0001' }).success, true);
    assert.deepEqual(paths(procedureSchema.safeParse({ ...birthRegistration, code: '  ' })), [['code']]);
    assert.deepEqual(paths(procedureSchema.safeParse({ ...birthRegistration, code: '1'.repeat(51) })), [['code']]);
  });

  test('bad examples fail at the path of the mistake', () => {
    const bad = (patch: Record<string, unknown>) => paths(procedureSchema.safeParse({ ...birthRegistration, ...patch }));
    assert.deepEqual(bad({ name: { vi: 'Đăng ký khai sinh' } }), [['name', 'en']]);
    assert.deepEqual(bad({ onlineLevel: { scheme: 'decree-42-2022', level: 4 } }), [['onlineLevel', 'level']]);
    assert.deepEqual(bad({ onlineLevel: { scheme: 'decree-43-2011', level: 'full' } }), [['onlineLevel', 'scheme']]);
    assert.deepEqual(bad({ processingTime: { workingDays: 2.3 } }), [['processingTime', 'workingDays']]);
    assert.deepEqual(bad({ fees: [{ name: lt('Lệ phí', 'Fee'), amount: 1500.5 }] }), [['fees', 0, 'amount']]);
    assert.deepEqual(bad({ fees: [{ name: lt('Lệ phí', 'Fee'), amount: -1 }] }), [['fees', 0, 'amount']]);
    assert.deepEqual(bad({ channels: [] }), [['channels']]);
    assert.deepEqual(bad({ channels: ['online', 'email'] }), [['channels', 1]]);
    assert.deepEqual(bad({ channels: ['online', 'online'] }), [['channels', 1]]);
    assert.deepEqual(bad({ targetGroups: ['citizen', 'alien'] }), [['targetGroups', 1]]);
    assert.deepEqual(bad({ results: [] }), [['results']]);
    const doc = birthRegistration.requiredDocuments[0]!;
    assert.deepEqual(bad({ requiredDocuments: [{ ...doc, originals: 0, copies: 0 }] }), [['requiredDocuments', 0, 'originals']]);
    const template = doc.templates![0]!;
    assert.deepEqual(bad({ requiredDocuments: [{ ...doc, templates: [{ ...template, url: 'javascript:alert(1)' }] }] }),
      [['requiredDocuments', 0, 'templates', 0, 'url']]);
    assert.deepEqual(bad({ requiredDocuments: [{ ...doc, templates: [{ ...template, fileName: '../etc/passwd' }] }] }),
      [['requiredDocuments', 0, 'templates', 0, 'fileName']]);
    assert.deepEqual(bad({ requiredDocuments: [{ ...doc, templates: [{ ...template, mediaType: 'word' }] }] }),
      [['requiredDocuments', 0, 'templates', 0, 'mediaType']]);
    assert.deepEqual(bad({ legalBasis: [{ number: '60/2014/QH13', title: lt('Luật Hộ tịch', 'Law on Civil Status'), issuedOn: '2014-02-30' }] }),
      [['legalBasis', 0, 'issuedOn']]);
  });

  test('legacy online levels 2/3/4 map to Decree 42/2022 levels', () => {
    assert.deepEqual(onlineLevelFromLegacy(2), { scheme: 'decree-42-2022', level: 'information' });
    assert.deepEqual(onlineLevelFromLegacy(3), { scheme: 'decree-42-2022', level: 'partial' });
    assert.deepEqual(onlineLevelFromLegacy(4), { scheme: 'decree-42-2022', level: 'full' });
    for (const level of [0, 5, 2.5, -1]) assert.equal(onlineLevelFromLegacy(level), undefined);
  });

  test('channels carry their KenhThucHien codes both ways', () => {
    assert.deepEqual(channels.map(codeOfChannel), [1, 2, 3]);
    for (const channel of channels) assert.equal(channelFromCode(codeOfChannel(channel)), channel);
    for (const code of [0, 4, 1.5]) assert.equal(channelFromCode(code), undefined);
  });
});

describe('form definition schema', () => {
  test('the two fixture forms parse, unchanged', () => {
    assert.deepEqual(formDefinitionSchema.parse(birthForm), birthForm);
    assert.deepEqual(formDefinitionSchema.parse(businessForm), businessForm);
  });

  const withFields = (...fields: unknown[]) => ({ ...businessForm, steps: [{ id: 's', title: lt('Bước', 'Step'), fields }] });
  const formPaths = (form: unknown) => paths(formDefinitionSchema.safeParse(form));

  test('duplicate field ids are reported at the second one, across steps', () => {
    const form = {
      ...businessForm,
      steps: [...businessForm.steps, { id: 'them', title: lt('Thêm', 'More'), fields: [text('ownerName')] }],
    };
    assert.deepEqual(formPaths(form), [['steps', 3, 'fields', 0, 'id']]);
  });

  test('duplicate step ids and option values are reported', () => {
    const step = businessForm.steps[0]!;
    assert.deepEqual(formPaths({ ...businessForm, steps: [...businessForm.steps, { ...step, fields: [text('x')] }] }), [['steps', 3, 'id']]);
    const radio = { id: 'r', kind: 'radio', label: lt('Chọn', 'Pick'), options: [{ value: 'a', label: lt('A', 'A') }, { value: 'a', label: lt('B', 'B') }] };
    assert.deepEqual(formPaths(withFields(radio)), [['steps', 0, 'fields', 0, 'options', 1, 'value']]);
  });

  test('show-if references to unknown fields are reported where they occur', () => {
    const nested = text('b', { showIf: { op: 'all', conditions: [{ op: 'filled', field: 'a' }, { op: 'not', condition: { op: 'equals', field: 'ghost', value: 1 } }] } });
    assert.deepEqual(formPaths(withFields(text('a'), nested)),
      [['steps', 0, 'fields', 1, 'showIf', 'conditions', 1, 'condition', 'field']]);
    const stepRef = { ...businessForm, steps: [{ ...businessForm.steps[0]!, showIf: { op: 'filled', field: 'nowhere' } }] };
    assert.deepEqual(formPaths(stepRef), [['steps', 0, 'showIf', 'field']]);
  });

  test('show-if cycles are rejected', () => {
    const cycle = withFields(text('a', { showIf: { op: 'filled', field: 'b' } }), text('b', { showIf: { op: 'filled', field: 'a' } }));
    const result = formDefinitionSchema.safeParse(cycle);
    assert.equal(result.success, false);
    assert.match(result.error!.issues[0]!.message, /cycle: a → b → a/);
    assert.equal(formDefinitionSchema.safeParse(withFields(text('a', { showIf: { op: 'filled', field: 'a' } }))).success, false);
    const ownStep = { ...businessForm, steps: [{ ...businessForm.steps[0]!, showIf: { op: 'filled', field: 'ownerName' } }] };
    assert.deepEqual(formPaths(ownStep), [['steps', 0, 'showIf', 'field']]);
  });

  test('field-level mistakes fail at their path', () => {
    assert.deepEqual(formPaths(withFields(text('1abc'))), [['steps', 0, 'fields', 0, 'id']]);
    assert.deepEqual(formPaths(withFields({ ...text('a'), kind: 'signature' })), [['steps', 0, 'fields', 0, 'kind']]);
    assert.deepEqual(formPaths(withFields(text('a', { validation: { minLength: 10, maxLength: 5 } }))),
      [['steps', 0, 'fields', 0, 'validation', 'minLength']]);
    assert.deepEqual(formPaths(withFields(text('a', { validation: { pattern: { regex: '([a-z]', message: lt('Sai', 'Wrong') } } }))),
      [['steps', 0, 'fields', 0, 'validation', 'pattern', 'regex']]);
    assert.deepEqual(formPaths(withFields(text('a', { autocomplete: 'credit-card-number' }))), [['steps', 0, 'fields', 0, 'autocomplete']]);
    assert.deepEqual(formPaths(withFields({ id: 'i', kind: 'identifier', identifierKind: 'passport', label: lt('Số', 'No.') })),
      [['steps', 0, 'fields', 0, 'identifierKind']]);
    assert.deepEqual(formPaths(withFields({ id: 'r', kind: 'radio', label: lt('Chọn', 'Pick'), options: [{ value: 'a', label: lt('A', 'A') }] })),
      [['steps', 0, 'fields', 0, 'options']]);
    assert.deepEqual(formPaths(withFields({ id: 'd', kind: 'date', label: lt('Ngày', 'Date'), validation: { min: '2026-12-31', max: '2026-01-01' } })),
      [['steps', 0, 'fields', 0, 'validation', 'min']]);
    assert.deepEqual(formPaths(withFields({ id: 'f', kind: 'file', label: lt('Tệp', 'File'), validation: { accept: ['pdf'] } })),
      [['steps', 0, 'fields', 0, 'validation', 'accept', 0]]);
    assert.deepEqual(formPaths({ ...businessForm, version: 0 }), [['version']]);
    assert.deepEqual(formPaths({ ...businessForm, steps: [] }), [['steps']]);
  });

  test('a field parses on its own too', () => {
    assert.equal(formFieldSchema.safeParse(birthForm.steps[0]!.fields[0]).success, true);
  });
});

describe('validateAnswers', () => {
  test('complete answers to both fixture forms pass', () => {
    assert.deepEqual(check(birthForm, birthAnswers), { ok: true, errors: [] });
    const business = {
      ownerName: 'Lê Văn Bình', ownerBirthDate: '1990-05-17', ownerTaxCode: '0100109106',
      businessName: 'Quán phở Bình', address: { provinceCode: '19', communeCode: '05443', street: 'Số 12, đường Hoàng Văn Thụ' },
      activities: 'Dịch vụ ăn uống', capital: '50000000', household: 'no',
    };
    assert.deepEqual(check(businessForm, business), { ok: true, errors: [] });
  });

  test('required fields that are shown must be filled; whitespace does not count', () => {
    assert.deepEqual(errorsOf(birthForm, { ...birthAnswers, requesterName: '   ', sex: undefined, delivery: [] }), [
      'requesterName: form.error.required', 'sex: form.error.required', 'delivery: form.error.required',
    ]);
  });

  test('no answers at all: every shown required field is reported, in form order', () => {
    for (const answers of [{}, null, 'text', [1, 2], 42]) {
      assert.deepEqual(errorsOf(businessForm, answers), [
        'ownerName: form.error.required', 'ownerBirthDate: form.error.required', 'businessName: form.error.required',
        'address: form.error.required', 'activities: form.error.required', 'capital: form.error.required', 'household: form.error.required',
      ]);
    }
  });

  test('show-if: a hidden field is neither required nor validated; shown, it is', () => {
    assert.deepEqual(errorsOf(birthForm, { ...birthAnswers, relationshipOther: 12345 }), [], 'hidden: ignored even when malformed');
    assert.deepEqual(errorsOf(birthForm, { ...birthAnswers, relationship: 'other' }), ['relationshipOther: form.error.required']);
    assert.deepEqual(errorsOf(birthForm, { ...birthAnswers, relationship: 'other', relationshipOther: 'Bà ngoại' }), []);
  });

  test('show-if "in", checkbox "equals" (includes), and a hidden step', () => {
    const home = { ...birthAnswers, birthPlaceKind: 'home', birthCertificate: undefined };
    assert.deepEqual(errorsOf(birthForm, home), ['witnessStatement: form.error.required']);
    assert.deepEqual(errorsOf(birthForm, { ...birthAnswers, delivery: ['electronic'], copies: 'many' }), [], 'copies hidden without paper');
    assert.deepEqual(errorsOf(birthForm, { ...birthAnswers, copies: 'many' }), ['copies: form.error.not-a-number']);
    const business = { ...validBusiness(), household: 'yes' };
    assert.deepEqual(errorsOf(businessForm, business), ['members: form.error.required', 'meetingMinutes: form.error.required']);
    assert.deepEqual(formVisibility(businessForm, business).steps.has('thanh-vien'), true);
    assert.deepEqual(formVisibility(businessForm, validBusiness()).steps.has('thanh-vien'), false);
  });

  test('a condition reads a hidden field as unanswered', () => {
    const form = formDefinitionSchema.parse({
      ...businessForm,
      steps: [{
        id: 's', title: lt('Bước', 'Step'), fields: [
          { id: 'hasAgent', kind: 'radio', label: lt('Có người đại diện?', 'Agent?'), options: [{ value: 'yes', label: lt('Có', 'Yes') }, { value: 'no', label: lt('Không', 'No') }] },
          { id: 'agentKind', kind: 'select', label: lt('Loại', 'Kind'), showIf: { op: 'equals', field: 'hasAgent', value: 'yes' }, options: [{ value: 'lawyer', label: lt('Luật sư', 'Lawyer') }] },
          { id: 'barNumber', kind: 'text', label: lt('Số thẻ luật sư', 'Bar number'), required: true, showIf: { op: 'equals', field: 'agentKind', value: 'lawyer' } },
        ],
      }],
    });
    assert.deepEqual(errorsOf(form, { hasAgent: 'yes', agentKind: 'lawyer' }), ['barNumber: form.error.required']);
    assert.deepEqual(errorsOf(form, { hasAgent: 'no', agentKind: 'lawyer' }), [], 'agentKind is hidden, so barNumber is too');
  });

  test('show-if: a number equals its decimal text whichever side holds the number', () => {
    const is = (answer: unknown, value: string | number) => evaluateCondition({ op: 'equals', field: 'n', value }, () => answer);
    assert.equal(is(5, '5'), true, 'number answer, text value');
    assert.equal(is('5', 5), true, 'text answer, number value');
    assert.equal(is(' 5 ', 5), true);
    assert.equal(is(5, ' 5.0 '), true);
    assert.equal(is([5], '5'), true, 'a list includes it');
    assert.equal(is('5', '5.0'), false, 'two texts compare as text');
    assert.equal(evaluateCondition({ op: 'not-equals', field: 'n', value: '5' }, () => 5), false);
    assert.equal(evaluateCondition({ op: 'in', field: 'n', values: ['3', '5'] }, () => 5), true);
    assert.equal(evaluateCondition({ op: 'in', field: 'n', values: [3, 5] }, () => '5'), true);
    assert.equal(evaluateCondition({ op: 'in', field: 'n', values: ['3', '4'] }, () => 5), false);
  });

  test('show-if: only plain decimal text matches a number, not hex, binary, Infinity or blank', () => {
    const is = (answer: unknown, value: string | number) => evaluateCondition({ op: 'equals', field: 'n', value }, () => answer);
    assert.equal(is('0x5', 5), false);
    assert.equal(is(5, '0x5'), false);
    assert.equal(is('0b101', 5), false);
    assert.equal(is('Infinity', Infinity), false);
    assert.equal(is('', 0), false);
    assert.equal(is(0, ' '), false);
    assert.equal(evaluateCondition({ op: 'in', field: 'n', values: [5] }, () => '0x5'), false);
  });

  test('show-if on a number field with a text value asks the required field it shows', () => {
    const form = formDefinitionSchema.parse({
      ...businessForm,
      steps: [{
        id: 's', title: lt('Bước', 'Step'), fields: [
          { id: 'count', kind: 'number', label: lt('Số lượng', 'Count') },
          { id: 'reason', kind: 'text', label: lt('Lý do', 'Reason'), required: true, showIf: { op: 'equals', field: 'count', value: '5' } },
        ],
      }],
    });
    assert.deepEqual(errorsOf(form, { count: 5 }), ['reason: form.error.required']);
    assert.deepEqual(errorsOf(form, { count: '5' }), ['reason: form.error.required']);
    assert.deepEqual(errorsOf(form, { count: 4 }), []);
  });

  test('text: length in characters of the trimmed NFC text, and the pattern with its own message', () => {
    const childForm = (childName: unknown) => check(birthForm, { ...birthAnswers, childName }).errors;
    assert.deepEqual(childForm('Trần Minh Khôi 2'), [{
      field: 'childName', messageKey: 'form.error.pattern', params: {},
      message: lt('Họ tên chỉ gồm chữ cái và dấu cách.', 'A name has only letters and spaces.'),
    }]);
    assert.deepEqual(childForm('Tra\u0300n Minh Kho\u0302i'), [], 'decomposed input matches after NFC');
    assert.deepEqual(childForm('Ô'.repeat(101)), [{ field: 'childName', messageKey: 'form.error.too-long', params: { max: 100, length: 101 } }]);
    assert.deepEqual(childForm('Ô'.normalize('NFD').repeat(100)), [], 'decomposed letters count once');
    assert.deepEqual(childForm('𡨸'.repeat(100)), [], 'a Nôm character outside the BMP counts once');
    assert.deepEqual(childForm(['Khôi']), [{ field: 'childName', messageKey: 'form.error.wrong-type', params: {} }]);
    assert.deepEqual(errorsOf(businessForm, { ...validBusiness(), businessName: ' Ăn ' }), ['businessName: form.error.too-short']);
  });

  test('number: decimal text or number, integer, bounds', () => {
    const copies = (value: unknown) => check(birthForm, { ...birthAnswers, copies: value }).errors;
    assert.deepEqual(copies('3'), []);
    assert.deepEqual(copies(0), []);
    assert.deepEqual(copies('1,5'), [{ field: 'copies', messageKey: 'form.error.not-a-number', params: {} }]);
    assert.deepEqual(copies(1.5), [{ field: 'copies', messageKey: 'form.error.not-an-integer', params: {} }]);
    assert.deepEqual(copies(-1), [{ field: 'copies', messageKey: 'form.error.below-min', params: { min: 0 } }]);
    assert.deepEqual(copies('11'), [{ field: 'copies', messageKey: 'form.error.above-max', params: { max: 10 } }]);
    assert.deepEqual(copies(true), [{ field: 'copies', messageKey: 'form.error.not-a-number', params: {} }]);
  });

  test('date: real dates only, not in the future, age at least N (counted from "today")', () => {
    const birth = (value: unknown) => check(birthForm, { ...birthAnswers, birthDate: value }).errors;
    assert.deepEqual(birth('2026-03-02'), [], 'today is not the future');
    assert.deepEqual(birth('2026-03-03'), [{ field: 'birthDate', messageKey: 'form.error.date-in-future', params: { today: '02/03/2026' } }]);
    assert.deepEqual(birth('2026-02-30'), [{ field: 'birthDate', messageKey: 'form.error.invalid-date', params: {} }]);
    assert.deepEqual(birth('20/02/2026'), [{ field: 'birthDate', messageKey: 'form.error.invalid-date', params: {} }]);
    const owner = (ownerBirthDate: string) => errorsOf(businessForm, { ...validBusiness(), ownerBirthDate });
    assert.deepEqual(owner('2008-03-02'), [], '18 on the day');
    assert.deepEqual(owner('2008-03-03'), ['ownerBirthDate: form.error.age-below-min']);
    const leapling = validateAnswers(businessForm, { ...validBusiness(), ownerBirthDate: '2008-02-29' }, { today: '2026-02-28' });
    assert.deepEqual(leapling.errors.map((e) => e.messageKey), ['form.error.age-below-min'], 'born 29 Feb: 18 on 1 Mar');
    assert.equal(validateAnswers(businessForm, { ...validBusiness(), ownerBirthDate: '2008-02-29' }, { today: '2026-03-01' }).ok, true);
  });

  test('select, radio, checkbox group: only the options given', () => {
    assert.deepEqual(errorsOf(birthForm, { ...birthAnswers, sex: 'unknown' }), ['sex: form.error.invalid-option']);
    assert.deepEqual(errorsOf(birthForm, { ...birthAnswers, birthPlaceKind: ['facility'] }), ['birthPlaceKind: form.error.invalid-option']);
    assert.deepEqual(errorsOf(birthForm, { ...birthAnswers, delivery: ['paper', 'paper'] }), ['delivery: form.error.invalid-option']);
    assert.deepEqual(errorsOf(birthForm, { ...birthAnswers, delivery: 'paper' }), ['delivery: form.error.invalid-option']);
    const limited = formDefinitionSchema.parse(withDelivery({ minSelected: 2 }));
    assert.deepEqual(check(limited, { ...birthAnswers, delivery: ['paper'] }).errors,
      [{ field: 'delivery', messageKey: 'form.error.too-few-selected', params: { min: 2 } }]);
  });

  test('identifier fields report the identifier validator’s key', () => {
    const errors = check(birthForm, { ...birthAnswers, requesterId: '00119501234', phone: '0123456789', email: 'hoa@' }).errors;
    assert.deepEqual(errors.map((e) => e.field), ['requesterId', 'phone', 'email']);
    for (const error of errors) assert.match(error.messageKey, /^identifier\.(cccd|phone|email)\./);
    assert.equal(errors[0]!.messageKey.startsWith('identifier.cccd.'), true);
    assert.deepEqual(errorsOf(birthForm, { ...birthAnswers, requesterId: 1195012345 }), ['requesterId: form.error.wrong-type']);
    assert.deepEqual(errorsOf(businessForm, { ...validBusiness(), ownerTaxCode: '0100109107' }).length, 1, 'a wrong check digit');
  });

  test('address: shape of the codes and the street part', () => {
    const address = (value: unknown) => errorsOf(businessForm, { ...validBusiness(), address: value });
    assert.deepEqual(address({ provinceCode: '19', communeCode: '', street: 'Số 1' }), ['address: form.error.address-commune-required']);
    assert.deepEqual(address({ provinceCode: '019', communeCode: '05443', street: 'Số 1' }), ['address: form.error.address-province-invalid']);
    assert.deepEqual(address({ provinceCode: '19', communeCode: 5443, street: 'Số 1' }), ['address: form.error.address-commune-invalid']);
    assert.deepEqual(address({ provinceCode: '19', communeCode: '05443' }), ['address: form.error.address-street-required']);
    assert.deepEqual(address({ communeCode: '05443', street: 'Số 1' }), ['address: form.error.address-province-required']);
    assert.deepEqual(address('Thái Nguyên'), ['address: form.error.wrong-type']);
    assert.deepEqual(address({ provinceCode: '', communeCode: '', street: ' ' }), ['address: form.error.required']);
    assert.deepEqual(errorsOf(birthForm, { ...birthAnswers, birthPlace: { provinceCode: '19', communeCode: '05443' } }), [], 'street optional');
  });

  test('address: with the unit list, a current province and one of its own communes', () => {
    const address = (value: unknown) => validateAnswers(businessForm, { ...validBusiness(), address: value }, { today: '2025-09-01', units: getUnit })
      .errors.map(({ field, messageKey }) => `${field}: ${messageKey}`);
    assert.deepEqual(address({ provinceCode: '19', communeCode: '05443', street: 'Số 1' }), []);
    // Phường Bến Thành is in Hồ Chí Minh City (79), not Hà Nội (01).
    assert.deepEqual(address({ provinceCode: '01', communeCode: '26743', street: 'Số 1' }), ['address: form.error.address-commune-invalid']);
    // Bắc Kạn (06) was merged into Thái Nguyên on 1 July 2025.
    assert.deepEqual(address({ provinceCode: '06', communeCode: '05443', street: 'Số 1' }), ['address: form.error.address-province-invalid']);
    assert.deepEqual(address({ provinceCode: '99', communeCode: '99999', street: 'Số 1' }), ['address: form.error.address-province-invalid']);
    assert.deepEqual(address({ provinceCode: '19', communeCode: '19000', street: 'Số 1' }), ['address: form.error.address-commune-invalid']);
  });

  test('file: types, size, count', () => {
    const files = (value: unknown) => check(birthForm, { ...birthAnswers, birthCertificate: value }).errors;
    const pdf = { name: 'a.pdf', size: 1000, mediaType: 'application/pdf' };
    assert.deepEqual(files([pdf, { name: 'b.JPG', size: 1000, mediaType: 'image/jpeg' }]), []);
    assert.deepEqual(files([{ name: 'scan.heic', size: 1000, mediaType: 'image/heic' }]), [{
      field: 'birthCertificate', messageKey: 'form.error.file-type-not-accepted',
      params: { name: 'scan.heic', accepted: 'application/pdf, image/jpeg, .pdf' },
    }]);
    assert.deepEqual(files([{ ...pdf, size: 6 * 1_048_576 }]),
      [{ field: 'birthCertificate', messageKey: 'form.error.file-too-large', params: { name: 'a.pdf', maxSizeMb: 5 } }]);
    assert.deepEqual(files([pdf, pdf, pdf]), [{ field: 'birthCertificate', messageKey: 'form.error.too-many-files', params: { max: 2 } }]);
    assert.deepEqual(files([{ name: 'a.pdf' }]), [{ field: 'birthCertificate', messageKey: 'form.error.invalid-file', params: {} }]);
    const home = { ...birthAnswers, birthPlaceKind: 'home', birthCertificate: undefined };
    assert.deepEqual(errorsOf(birthForm, { ...home, witnessStatement: [{ name: 'x.png', size: 1, mediaType: 'image/png' }] }), [], 'image/* wildcard');
    assert.deepEqual(errorsOf(birthForm, { ...home, witnessStatement: [pdf, pdf] }), ['witnessStatement: form.error.too-many-files'], 'one file by default');
  });

  test('answers with inherited-looking keys are not read from the prototype', () => {
    const form = formDefinitionSchema.parse({ ...businessForm, steps: [{ id: 's', title: lt('B', 'S'), fields: [{ ...text('constructor'), required: true }] }] });
    assert.deepEqual(errorsOf(form, {}), ['constructor: form.error.required']);
  });

  test('every message key validateAnswers can produce under form.error has vi and en texts', () => {
    const keys = Object.keys(formMessages.vi.error);
    assert.deepEqual(Object.keys(formMessages.en.error), keys);
    for (const key of keys) {
      const vi = (formMessages.vi.error as Record<string, string>)[key]!;
      assert.equal(vi, vi.normalize('NFC'));
    }
    const produced = new Set<string>();
    const probe = (form: FormDefinition, answers: unknown) => check(form, answers).errors.forEach((e) => produced.add(e.messageKey));
    probe(birthForm, {});
    probe(birthForm, { ...birthAnswers, childName: '1', birthDate: '2030-01-01', copies: 'x', sex: 'x', birthCertificate: [{ name: 'a' }] });
    for (const key of produced) if (key.startsWith('form.error.')) assert.ok(keys.includes(key.slice('form.error.'.length)), key);
    assert.ok(produced.size >= 6);
  });

  test('property: a hidden field never produces an error, whatever its answer', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.jsonValue(), (other, members) => {
      const answers = { ...validBusiness(), household: 'no', relationshipOther: other, members, meetingMinutes: other };
      const errors = check(businessForm, answers).errors;
      assert.deepEqual(errors.filter((e) => e.field === 'members' || e.field === 'meetingMinutes'), []);
      const birth = check(birthForm, { ...birthAnswers, relationship: 'father', relationshipOther: other, witnessStatement: members }).errors;
      assert.deepEqual(birth, []);
    }));
  });

  test('property: validateAnswers never throws on arbitrary JSON, and ok ⇔ no errors', () => {
    const fieldIds = [...birthForm.steps, ...businessForm.steps].flatMap((s) => s.fields.map((f: FormField) => f.id));
    const answers = fc.oneof(
      fc.jsonValue(),
      fc.dictionary(fc.constantFrom(...fieldIds), fc.jsonValue()),
      fc.record({ birthPlaceKind: fc.constantFrom('facility', 'home', 'other'), delivery: fc.jsonValue(), birthPlace: fc.jsonValue() }),
    );
    fc.assert(fc.property(answers, (value) => {
      for (const form of [birthForm, businessForm]) {
        const result = check(form, value);
        assert.equal(result.ok, result.errors.length === 0);
        for (const error of result.errors) assert.ok(fieldIds.includes(error.field));
      }
    }));
  });
});

describe('OpenAPI document', () => {
  const doc = createOpenApiDocument({
    title: 'egov-kit API', version: '0.1.0', servers: [{ url: 'https://dichvucong.example.gov.vn/api' }],
    paths: {
      '/procedures/{code}': {
        get: {
          parameters: [{ name: 'code', in: 'path', required: true, schema: { $ref: '#/components/schemas/ProcedureCode' } }],
          responses: { 200: { description: 'The procedure', content: { 'application/json': { schema: { $ref: '#/components/schemas/Procedure' } } } } },
        },
      },
    },
    schemas: coreSchemas,
  });

  /** Every `$ref` in `value`, with where it is. */
  function refsIn(value: unknown, at = '#'): { ref: string; at: string }[] {
    if (Array.isArray(value)) return value.flatMap((item, i) => refsIn(item, `${at}/${i}`));
    if (typeof value !== 'object' || value === null) return [];
    return Object.entries(value).flatMap(([key, inner]) =>
      key === '$ref' ? [{ ref: inner as string, at }] : refsIn(inner, `${at}/${key}`));
  }

  function resolve(pointer: string): unknown {
    assert.ok(pointer.startsWith('#/'), pointer);
    return pointer.slice(2).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((node, key) => (typeof node === 'object' && node !== null && Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined), doc);
  }

  test('is structurally an OpenAPI 3.1 document', () => {
    assert.match(doc.openapi, /^3\.1\.\d+$/);
    assert.deepEqual(doc.info, { title: 'egov-kit API', version: '0.1.0' });
    assert.equal(doc.jsonSchemaDialect, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(typeof doc.paths, 'object');
    for (const path of Object.keys(doc.paths)) assert.ok(path.startsWith('/'));
    for (const [name, schema] of Object.entries(doc.components.schemas)) {
      assert.match(name, /^[a-zA-Z0-9._-]+$/);
      assert.equal(typeof schema, 'object');
      assert.equal('$id' in schema, false, 'no fragment $id in components');
      assert.equal('$schema' in schema, false);
    }
    assert.doesNotThrow(() => JSON.parse(JSON.stringify(doc)));
  });

  test('every $ref resolves inside the document, and nested named schemas are refs', () => {
    const refs = refsIn(doc);
    assert.ok(refs.length > 20);
    for (const { ref, at } of refs) {
      assert.ok(ref.startsWith('#/components/schemas/'), `${at}: ${ref}`);
      assert.notEqual(resolve(ref), undefined, `${at}: ${ref}`);
    }
    const procedure = doc.components.schemas.Procedure as { properties: Record<string, unknown> };
    assert.deepEqual(procedure.properties.name, { $ref: '#/components/schemas/LocalizedText' });
    const condition = JSON.stringify(doc.components.schemas.Condition);
    assert.ok(condition.includes('"$ref":"#/components/schemas/Condition"'), 'the recursive condition refers to itself');
  });

  test('component names are stable', () => {
    assert.deepEqual(Object.keys(doc.components.schemas), [
      'LocalizedText', 'IsoDate', 'ProcedureCode', 'CatalogueEntry', 'OnlineLevel', 'Channel', 'TargetGroup', 'Fee',
      'DocumentTemplate', 'RequiredDocument', 'LegalBasis', 'ResultDocument', 'Procedure', 'Condition', 'FieldOption',
      'TextField', 'LongTextField', 'NumberField', 'DateField', 'SelectField', 'RadioField', 'CheckboxGroupField',
      'IdentifierField', 'AddressField', 'FileField', 'FormField', 'FormStep', 'FormDefinition', 'AddressValue',
      'FileReference', 'DossierStatus', 'DossierStatusCode', 'PortalState', 'Actor', 'DossierEvent',
    ]);
    assert.deepEqual((doc.components.schemas.DossierStatusCode as { enum: number[] }).enum, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  test('an unnamed recursive schema still yields resolvable refs; bad names and paths are refused', () => {
    type Tree = { name: string; children: Tree[] };
    const tree: z.ZodType<Tree> = z.lazy(() => z.object({ name: z.string(), children: z.array(tree) }));
    const small = createOpenApiDocument({ title: 't', version: '1', schemas: { Forest: z.object({ trees: z.array(tree) }) } });
    for (const { ref } of refsIn(small)) {
      const target = ref.slice(2).split('/').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], small);
      assert.notEqual(target, undefined, ref);
    }
    // The API's own schemas may be written with zod/mini (as core's are) as well as with zod.
    const miniTree: zm.ZodMiniType<Tree> = zm.lazy(() => zm.object({ name: zm.string(), children: zm.array(miniTree) }));
    assert.deepEqual(createOpenApiDocument({ title: 't', version: '1', schemas: { Forest: zm.object({ trees: zm.array(miniTree) }) } }), small);
    assert.throws(() => createOpenApiDocument({ title: 't', version: '1', schemas: { 'Bad name': z.string() } }), RangeError);
    assert.throws(() => createOpenApiDocument({ title: 't', version: '1', schemas: {}, paths: { procedures: {} } }), RangeError);
  });
});

function validBusiness() {
  return {
    ownerName: 'Lê Văn Bình', ownerBirthDate: '1990-05-17',
    businessName: 'Quán phở Bình', address: { provinceCode: '19', communeCode: '05443', street: 'Số 12, đường Hoàng Văn Thụ' },
    activities: 'Dịch vụ ăn uống', capital: 50_000_000, household: 'no',
  };
}

function withDelivery(validation: Record<string, unknown>) {
  return {
    ...birthForm,
    steps: birthForm.steps.map((step) => ({
      ...step,
      fields: step.fields.map((field: Record<string, unknown>) => (field.id === 'delivery' ? { ...field, validation } : field)),
    })),
  };
}

describe('answer shape', () => {
  const parsedBirth = formDefinitionSchema.parse(birthForm) as FormDefinition;
  const parsedBusiness = formDefinitionSchema.parse(businessForm) as FormDefinition;

  test('a key the form does not define is refused; defined keys pass', () => {
    assert.deepEqual(answerShapeErrors(parsedBirth, { requesterName: 'Nguyễn Văn An', notAField: 1 }),
      [{ field: 'notAField', messageKey: 'api.field.unknown', params: { keys: 'notAField' } }]);
  });

  test('control characters and lone surrogates are refused in values and keys; long text keeps its line breaks', () => {
    const reasons = (answers: Record<string, unknown>, form = parsedBirth) => answerShapeErrors(form, answers).map((error) => error.messageKey);
    assert.deepEqual(reasons({ requesterName: 'An\u0000' }), ['form.error.control-character']);
    assert.deepEqual(reasons({ requesterName: 'An\ud800' }), ['form.error.invalid-character']);
    assert.deepEqual(reasons({ birthPlace: { provinceCode: '19', street: 'Số 1\u001b' } }), ['form.error.control-character']);
    assert.deepEqual(reasons({ birthPlace: { 'a\u0000': 'x' } }), ['form.error.control-character']);
    assert.deepEqual(reasons({ requesterName: 'An\nBình' }), ['form.error.control-character']);
    assert.deepEqual(reasons({ activities: 'Bán lẻ\nSửa chữa\tđồ gia dụng' }, parsedBusiness), []);
    assert.deepEqual(reasons({ requesterName: 'Nguyễn 😀 An' }), [], 'a surrogate pair is text');
  });

  test('depth and size are bounded, and checking any depth does not recurse', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    assert.deepEqual(answerShapeErrors(parsedBirth, { birthPlace: deep }), [{ field: 'birthPlace', messageKey: 'form.error.too-deep', params: { max: ANSWER_LIMITS.maxDepth } }]);
    assert.equal(answerShapeErrors(parsedBirth, { requesterName: 'x'.repeat(ANSWER_LIMITS.maxCharacters + 1) })[0]?.messageKey, 'form.error.answer-too-large');
  });

  test('answers are normalised to NFC, keys and nested values included', () => {
    const nfd = (text: string) => text.normalize('NFD');
    const given = nfcAnswers({ requesterName: nfd('Nguyễn'), birthPlace: { street: nfd('Phường') }, delivery: [nfd('Bưu điện')], [nfd('khóa')]: 1 });
    assert.deepEqual(given, { requesterName: 'Nguyễn', birthPlace: { street: 'Phường' }, delivery: ['Bưu điện'], khóa: 1 });
  });

  test('the shared text schema refuses control characters and lone surrogates with a translated field error', () => {
    const name = nfcTextSchema(200);
    const note = nfcTextSchema(2000, { multiline: true });
    const keyOf = (result: { success: boolean; error?: { issues: readonly zm.core.$ZodIssue[] } }) => fieldErrorsFromIssues(result.error?.issues ?? [])[0]?.messageKey;
    assert.equal(keyOf(name.safeParse('Trần\u0000Thị', { reportInput: true })), 'form.error.control-character');
    assert.equal(keyOf(name.safeParse('Trần\udfffThị', { reportInput: true })), 'form.error.invalid-character');
    assert.equal(keyOf(name.safeParse('Trần\nThị', { reportInput: true })), 'form.error.control-character');
    assert.equal(note.parse('Dòng một\nDòng hai\tcó tab'), 'Dòng một\nDòng hai\tcó tab');
    assert.equal(keyOf(note.safeParse('chuông\u0007', { reportInput: true })), 'form.error.control-character');
    assert.equal(formatMessage('form.error.control-character', 'vi'), 'Nội dung có ký tự điều khiển không hiển thị được. Vui lòng xóa ký tự đó rồi nhập lại.');
    assert.equal(formatMessage('form.error.invalid-character', 'en'), 'This contains a character that is not valid. Please type it again.');
  });
});
