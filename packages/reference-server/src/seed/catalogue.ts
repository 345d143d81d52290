import type { FormDefinition, Procedure, RequiredDocument } from '@egov-kit/core';
import { attachments, field, form, lt, step } from './form-kit.js';

/**
 * The demo catalogue of a province (Thái Nguyên): 22 real procedures of the national procedure
 * database, by their real codes and names, with their executing agencies, fees, processing times
 * and documents. Sources (see docs/api.md, "Seed data"): the national portal's pages copied in
 * ttrungtin2910/ai-thuc-chien-2025 `data/thutuccongdan/` for the residence, ID-card and passport
 * procedures (1.004222, 1.004194, 1.002755, 1.003677, 1.010028, 2.000200, 2.001178, 1.001445);
 * the codes and names of the others as matched in a public procedure-assistant test suite; their
 * fees and times from the laws cited in `legalBasis`. Where the fee is set by the provincial
 * People's Council, the note says so and the amount is illustrative. Agency identifiers follow the
 * pattern of Decision 20/2020/QĐ-TTg (H55 is Thái Nguyên); the unit numbers are illustrative.
 */
export interface CatalogueEntry {
  procedure: Procedure;
  form: FormDefinition;
  /** The receiving agency's identifier, the first part of its dossiers' codes. */
  agencyIdentifier: string;
}

const AGENCY = {
  ward: { code: '000.31.01.H55', name: lt('Ủy ban nhân dân phường Phan Đình Phùng', 'People’s Committee of Phan Dinh Phung Ward') },
  wardPolice: { code: '000.36.01.H55', name: lt('Công an phường Phan Đình Phùng', 'Phan Dinh Phung Ward Police') },
  provincialPolice: { code: '000.00.36.H55', name: lt('Công an tỉnh Thái Nguyên', 'Thai Nguyen Provincial Police') },
} as const;

const FIELD = {
  civilStatus: { code: 'HO-TICH', name: lt('Hộ tịch', 'Civil status') },
  certification: { code: 'CHUNG-THUC', name: lt('Chứng thực', 'Certification') },
  residence: { code: 'CU-TRU', name: lt('Đăng ký, quản lý cư trú', 'Residence registration') },
  identity: { code: 'CAN-CUOC', name: lt('Cấp, quản lý căn cước', 'Identity cards') },
  exitEntry: { code: 'XUAT-NHAP-CANH', name: lt('Quản lý xuất nhập cảnh', 'Exit and entry') },
  construction: { code: 'XAY-DUNG', name: lt('Hoạt động xây dựng', 'Construction') },
  householdBusiness: { code: 'HO-KINH-DOANH', name: lt('Thành lập và hoạt động của hộ kinh doanh', 'Household businesses') },
  socialProtection: { code: 'BAO-TRO-XA-HOI', name: lt('Bảo trợ xã hội', 'Social protection') },
} as const;

const LAW = {
  civilStatus: { number: '60/2014/QH13', title: lt('Luật Hộ tịch', 'Law on Civil Status'), issuedOn: '2014-11-20' },
  civilStatusDecree: { number: '123/2015/NĐ-CP', title: lt('Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch', 'Decree detailing the Law on Civil Status') },
  civilStatusCircular: { number: '04/2020/TT-BTP', title: lt('Thông tư quy định chi tiết thi hành Luật Hộ tịch và Nghị định 123/2015/NĐ-CP', 'Circular guiding the Law on Civil Status') },
  copyFee: { number: '281/2016/TT-BTC', title: lt('Thông tư quy định mức thu phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch, phí xác nhận có quốc tịch Việt Nam…', 'Circular on fees for civil status records') },
  certification: { number: '23/2015/NĐ-CP', title: lt('Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch', 'Decree on copies, certification of copies and signatures') },
  certificationFee: { number: '226/2016/TT-BTC', title: lt('Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực', 'Circular on certification fees') },
  residence: { number: '68/2020/QH14', title: lt('Luật Cư trú', 'Law on Residence'), issuedOn: '2020-11-13' },
  residenceForms: { number: '66/2023/TT-BCA', title: lt('Thông tư quy định về biểu mẫu trong đăng ký, quản lý cư trú', 'Circular on residence registration forms') },
  residenceFee: { number: '75/2022/TT-BTC', title: lt('Thông tư quy định mức thu, chế độ thu, nộp, quản lý lệ phí đăng ký cư trú', 'Circular on residence registration charges') },
  identity: { number: '26/2023/QH15', title: lt('Luật Căn cước', 'Law on Identification'), issuedOn: '2023-11-27' },
  identityCircular: { number: '17/2024/TT-BCA', title: lt('Thông tư quy định biểu mẫu sử dụng trong công tác quản lý căn cước', 'Circular on identity-card forms') },
  exitEntry: { number: '49/2019/QH14', title: lt('Luật Xuất cảnh, nhập cảnh của công dân Việt Nam', 'Law on Exit and Entry of Vietnamese Citizens') },
  exitEntryForms: { number: '31/2023/TT-BCA', title: lt('Thông tư quy định về mẫu hộ chiếu, giấy thông hành và các mẫu giấy tờ liên quan', 'Circular on passport forms') },
  construction: { number: '50/2014/QH13', title: lt('Luật Xây dựng (sửa đổi, bổ sung bởi Luật số 62/2020/QH14)', 'Construction Law (as amended by Law 62/2020/QH14)') },
  constructionPermits: { number: '175/2024/NĐ-CP', title: lt('Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng', 'Decree on construction management') },
  businessRegistration: { number: '168/2025/NĐ-CP', title: lt('Nghị định về đăng ký doanh nghiệp', 'Decree on business registration') },
  disability: { number: '51/2010/QH12', title: lt('Luật Người khuyết tật', 'Law on Persons with Disabilities'), issuedOn: '2010-06-17' },
  disabilityDecree: { number: '28/2012/NĐ-CP', title: lt('Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Luật Người khuyết tật', 'Decree guiding the Law on Persons with Disabilities') },
} as const;

const doc = (vi: string, en: string, originals = 1, copies = 0, required = true, note?: [string, string]): RequiredDocument => ({
  name: lt(vi, en), originals, copies, required, ...(note ? { note: lt(note[0], note[1]) } : {}),
});

const fee = (vi: string, en: string, amount: number, note?: [string, string]) => ({ name: lt(vi, en), amount, ...(note ? { note: lt(note[0], note[1]) } : {}) });

const FREE = [fee('Lệ phí', 'Charge', 0, ['Không thu lệ phí.', 'No charge.'])];
const BY_PROVINCIAL_COUNCIL: [string, string] = ['Mức thu theo nghị quyết của HĐND tỉnh Thái Nguyên (số liệu minh họa).', 'Set by the provincial People’s Council (illustrative amount).'];
const ALL_CHANNELS = ['in-person', 'online', 'postal'] as const;
const level = (value: 'full' | 'partial' | 'information') => ({ scheme: 'decree-224-2026', level: value }) as const;

const RESIDENCE_DECLARATION = doc('Tờ khai thay đổi thông tin cư trú (Mẫu CT01)', 'Residence information change declaration (form CT01)');
const LEGAL_HOME_PROOF = doc('Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp', 'Proof of lawful residence', 0, 1, true,
  ['Không phải nộp nếu thông tin đã có trong cơ sở dữ liệu chuyên ngành được kết nối.', 'Not needed when already in a connected database.']);
const HOUSING: [string, string, string][] = [['owned', 'Nhà thuộc sở hữu của mình', 'My own home'], ['rented', 'Nhà thuê, mượn, ở nhờ', 'Rented or borrowed home'], ['relative', 'Ở cùng người thân', 'Living with relatives']];
const CT01 = field.file('residenceDeclaration', lt('Tờ khai thay đổi thông tin cư trú (CT01)', 'Declaration form CT01'));
const HOME_PROOF = field.file('homeProof', lt('Giấy tờ chứng minh chỗ ở hợp pháp', 'Proof of lawful residence'), { required: false });
const DELIVERY: [string, string, string][] = [['in-person', 'Nhận trực tiếp', 'Collect in person'], ['postal', 'Qua dịch vụ bưu chính', 'By post']];

function entry(agency: keyof typeof AGENCY, procedure: Omit<Procedure, 'agency'>, definition: FormDefinition): CatalogueEntry {
  return { procedure: { ...procedure, agency: AGENCY[agency] }, form: definition, agencyIdentifier: AGENCY[agency].code };
}

/** The catalogue (stored in code order). */
export const catalogue: readonly CatalogueEntry[] = [
  entry('provincialPolice', {
    code: '1.001445', name: lt('Trình báo mất hộ chiếu phổ thông (thực hiện tại cấp tỉnh)', 'Reporting a lost ordinary passport (provincial level)'),
    field: FIELD.exitEntry, onlineLevel: level('full'),
    processingTime: { workingDays: 1, note: lt('01 ngày làm việc kể từ khi nhận đơn báo mất.', 'One working day from receipt of the report.') },
    fees: FREE,
    requiredDocuments: [doc('Đơn trình báo mất hộ chiếu phổ thông (Mẫu TK05)', 'Lost passport report (form TK05)')],
    targetGroups: ['citizen'],
    requirements: [lt('Trình báo trong thời hạn 02 ngày làm việc kể từ ngày phát hiện mất hộ chiếu.', 'Report within two working days of finding the passport lost.')],
    legalBasis: [LAW.exitEntry, LAW.exitEntryForms],
    results: [{ name: lt('Thông báo về việc giải quyết đơn trình báo mất hộ chiếu', 'Notice on the lost passport report') }],
    channels: [...ALL_CHANNELS],
  }, form('1.001445', 'trinh-bao-mat-ho-chieu', lt('Đơn trình báo mất hộ chiếu phổ thông', 'Lost passport report'), [
    step('ho-chieu', lt('Thông tin hộ chiếu bị mất', 'The lost passport'), [
      field.text('passportNumber', lt('Số hộ chiếu', 'Passport number'), { pattern: { regex: '[A-Z][0-9]{7}', message: lt('Số hộ chiếu gồm 1 chữ cái in hoa và 7 chữ số, ví dụ C1234567.', 'One capital letter and seven digits, e.g. C1234567.') } }),
      field.date('issuedOn', lt('Ngày cấp', 'Issued on'), { notInFuture: true }),
      field.date('lostOn', lt('Ngày phát hiện mất', 'Found lost on'), { notInFuture: true }),
      field.text('lostPlace', lt('Nơi mất', 'Where it was lost')),
      field.longText('circumstances', lt('Hoàn cảnh bị mất', 'How it was lost')),
    ]),
  ])),
  entry('ward', {
    code: '1.000656', name: lt('Đăng ký khai tử', 'Death registration'), field: FIELD.civilStatus, onlineLevel: level('full'),
    processingTime: { workingDays: 0, note: lt('Ngay trong ngày tiếp nhận; trường hợp cần xác minh không quá 03 ngày làm việc.', 'The same day; up to 3 working days when facts must be checked.') },
    fees: [fee('Lệ phí đăng ký khai tử', 'Death registration fee', 0, ['Miễn lệ phí khi đăng ký khai tử đúng hạn.', 'No fee when registered within the time limit.'])],
    requiredDocuments: [doc('Tờ khai đăng ký khai tử', 'Death registration declaration'), doc('Giấy báo tử hoặc giấy tờ thay thế giấy báo tử', 'Death notice or equivalent')],
    targetGroups: ['citizen'], legalBasis: [LAW.civilStatus, LAW.civilStatusDecree, LAW.civilStatusCircular],
    requirements: [lt('Người thân có trách nhiệm đăng ký khai tử trong thời hạn 15 ngày kể từ ngày người đó chết.', 'Relatives must register a death within 15 days.')],
    results: [{ name: lt('Trích lục khai tử (bản chính)', 'Death record extract (original)') }], channels: [...ALL_CHANNELS],
  }, form('1.000656', 'dang-ky-khai-tu', lt('Tờ khai đăng ký khai tử', 'Death registration'), [
    step('nguoi-chet', lt('Người đã chết', 'The deceased'), [
      field.text('deceasedFullName', lt('Họ, chữ đệm và tên người đã chết', 'Full name of the deceased'), { autocomplete: 'name' }),
      field.identifier('deceasedIdNumber', lt('Số định danh cá nhân của người đã chết', 'Personal ID number of the deceased'), 'cccd'),
      field.date('dateOfDeath', lt('Ngày chết', 'Date of death'), { notInFuture: true }),
      field.text('placeOfDeath', lt('Nơi chết', 'Place of death')),
      field.select('relationship', lt('Quan hệ với người đã chết', 'Relationship to the deceased'), [
        ['spouse', 'Vợ/chồng', 'Spouse'], ['child', 'Con', 'Child'], ['parent', 'Cha/mẹ', 'Parent'], ['other', 'Người thân khác', 'Other relative'],
      ]),
    ]),
    attachments([field.file('deathNotice', lt('Giấy báo tử', 'Death notice'))]),
  ])),
  entry('ward', {
    code: '1.000894', name: lt('Đăng ký kết hôn', 'Marriage registration'), field: FIELD.civilStatus, onlineLevel: level('partial'),
    processingTime: { workingDays: 0, note: lt('Ngay sau khi nhận đủ giấy tờ; cần xác minh thì không quá 05 ngày làm việc. Hai bên phải có mặt khi ký Giấy chứng nhận kết hôn.', 'Right away; up to 5 working days if facts must be checked. Both must attend to sign.') },
    fees: [fee('Lệ phí đăng ký kết hôn', 'Marriage registration fee', 0, ['Miễn lệ phí cho công dân Việt Nam cư trú ở trong nước.', 'No fee for Vietnamese citizens residing in Viet Nam.'])],
    requiredDocuments: [doc('Tờ khai đăng ký kết hôn', 'Marriage registration declaration'), doc('Giấy xác nhận tình trạng hôn nhân (nếu đăng ký tại nơi không cư trú)', 'Marital status certificate (when registering away from residence)', 1, 0, false)],
    targetGroups: ['citizen'], legalBasis: [LAW.civilStatus, LAW.civilStatusDecree, LAW.civilStatusCircular],
    requirements: [lt('Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi; việc kết hôn do hai bên tự nguyện quyết định.', 'Men at least 20, women at least 18; both consent freely.')],
    results: [{ name: lt('Giấy chứng nhận kết hôn', 'Marriage certificate') }], channels: ['in-person', 'online'],
  }, form('1.000894', 'dang-ky-ket-hon', lt('Tờ khai đăng ký kết hôn', 'Marriage registration'), [
    step('ben-kia', lt('Thông tin người kết hôn cùng', 'Your partner'), [
      field.text('partnerFullName', lt('Họ, chữ đệm và tên', 'Full name'), { autocomplete: 'name' }),
      field.date('partnerBirthDate', lt('Ngày sinh', 'Date of birth'), { notInFuture: true, minAgeYears: 18 }),
      field.identifier('partnerIdNumber', lt('Số định danh cá nhân', 'Personal ID number'), 'cccd'),
      field.address('partnerResidence', lt('Nơi cư trú', 'Residence')),
      field.radio('firstMarriage', lt('Đây là lần kết hôn đầu tiên của cả hai bên?', 'Is this the first marriage for both?'), [['yes', 'Có', 'Yes'], ['no', 'Không', 'No']]),
    ]),
    attachments([field.file('maritalStatusConfirmation', lt('Giấy xác nhận tình trạng hôn nhân (nếu có)', 'Marital status certificate (if any)'), { required: false })]),
  ])),
  entry('ward', {
    code: '1.001193', name: lt('Đăng ký khai sinh', 'Birth registration'), field: FIELD.civilStatus, onlineLevel: level('full'),
    processingTime: { workingDays: 0, note: lt('Ngay trong ngày tiếp nhận hồ sơ; nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo.', 'The same day; after 3 p.m. the next working day.') },
    fees: [fee('Lệ phí đăng ký khai sinh', 'Birth registration fee', 0, ['Miễn lệ phí đăng ký khai sinh đúng hạn.', 'No fee when registered within the time limit.'])],
    requiredDocuments: [doc('Tờ khai đăng ký khai sinh', 'Birth registration declaration'), doc('Giấy chứng sinh hoặc văn bản của người làm chứng xác nhận việc sinh', 'Hospital birth certificate, or a witness statement')],
    targetGroups: ['citizen'], legalBasis: [LAW.civilStatus, LAW.civilStatusDecree, LAW.civilStatusCircular],
    requirements: [lt('Cha, mẹ có trách nhiệm đăng ký khai sinh cho con trong thời hạn 60 ngày kể từ ngày sinh con.', 'Parents must register a birth within 60 days.')],
    results: [{ name: lt('Giấy khai sinh (bản chính)', 'Birth certificate (original)') }], channels: [...ALL_CHANNELS],
  }, form('1.001193', 'dang-ky-khai-sinh', lt('Tờ khai đăng ký khai sinh', 'Birth registration'), [
    step('tre', lt('Người được khai sinh', 'The child'), [
      field.text('childFullName', lt('Họ, chữ đệm và tên', 'Full name'), { autocomplete: 'name' }),
      field.date('childBirthDate', lt('Ngày, tháng, năm sinh', 'Date of birth'), { notInFuture: true }),
      field.radio('childSex', lt('Giới tính', 'Sex'), [['male', 'Nam', 'Male'], ['female', 'Nữ', 'Female']]),
      field.text('birthPlace', lt('Nơi sinh', 'Place of birth')),
      field.select('ethnicity', lt('Dân tộc', 'Ethnic group'), [
        ['kinh', 'Kinh', 'Kinh'], ['tay', 'Tày', 'Tay'], ['nung', 'Nùng', 'Nung'], ['san-diu', 'Sán Dìu', 'San Diu'], ['dao', 'Dao', 'Dao'], ['mong', 'Mông', 'Hmong'], ['khac', 'Dân tộc khác', 'Other'],
      ]),
    ]),
    step('cha-me', lt('Cha, mẹ', 'Parents'), [
      field.text('motherFullName', lt('Họ, chữ đệm và tên người mẹ', 'Mother’s full name'), { autocomplete: 'name' }),
      field.identifier('motherIdNumber', lt('Số định danh cá nhân của người mẹ', 'Mother’s personal ID number'), 'cccd'),
      field.text('fatherFullName', lt('Họ, chữ đệm và tên người cha', 'Father’s full name'), { required: false, autocomplete: 'name' }),
      field.radio('declarant', lt('Người đi khai sinh là', 'The declarant is'), [['mother', 'Mẹ', 'The mother'], ['father', 'Cha', 'The father'], ['other', 'Người thân khác', 'Another relative']]),
    ]),
    attachments([field.file('birthCertificate', lt('Giấy chứng sinh', 'Hospital birth certificate'))]),
  ])),
  entry('ward', {
    code: '1.001266', name: lt('Chấm dứt hoạt động hộ kinh doanh', 'Closing a household business'), field: FIELD.householdBusiness, onlineLevel: level('full'),
    processingTime: { workingDays: 3 }, fees: FREE,
    requiredDocuments: [doc('Thông báo về việc chấm dứt hoạt động hộ kinh doanh', 'Notice of closure'), doc('Thông báo của cơ quan thuế về việc chấp thuận chấm dứt hiệu lực mã số thuế', 'Tax office’s approval of tax code termination')],
    targetGroups: ['household-business'], legalBasis: [LAW.businessRegistration],
    results: [{ name: lt('Thông báo về việc chấm dứt hoạt động hộ kinh doanh', 'Notice of closure of the household business') }], channels: [...ALL_CHANNELS],
  }, form('1.001266', 'cham-dut-ho-kinh-doanh', lt('Thông báo chấm dứt hoạt động hộ kinh doanh', 'Closing a household business'), [
    step('ho-kinh-doanh', lt('Hộ kinh doanh', 'The business'), [
      field.text('businessName', lt('Tên hộ kinh doanh', 'Business name')),
      field.text('registrationNumber', lt('Số Giấy chứng nhận đăng ký hộ kinh doanh', 'Registration number')),
      field.date('endDate', lt('Ngày chấm dứt hoạt động', 'Closing date')),
    ]),
    attachments([field.file('taxClearance', lt('Thông báo chấm dứt hiệu lực mã số thuế', 'Tax code termination notice'))]),
  ])),
  entry('ward', {
    code: '1.001570', name: lt('Tạm ngừng hoạt động hộ kinh doanh', 'Suspending a household business'), field: FIELD.householdBusiness, onlineLevel: level('full'),
    processingTime: { workingDays: 3 }, fees: FREE,
    requiredDocuments: [doc('Thông báo tạm ngừng hoạt động hộ kinh doanh', 'Notice of suspension')],
    targetGroups: ['household-business'], legalBasis: [LAW.businessRegistration],
    results: [{ name: lt('Giấy xác nhận về việc hộ kinh doanh tạm ngừng hoạt động', 'Confirmation of suspension') }], channels: [...ALL_CHANNELS],
  }, form('1.001570', 'tam-ngung-ho-kinh-doanh', lt('Thông báo tạm ngừng hoạt động hộ kinh doanh', 'Suspending a household business'), [
    step('ho-kinh-doanh', lt('Hộ kinh doanh', 'The business'), [
      field.text('businessName', lt('Tên hộ kinh doanh', 'Business name')),
      field.text('registrationNumber', lt('Số Giấy chứng nhận đăng ký hộ kinh doanh', 'Registration number')),
      field.date('fromDate', lt('Tạm ngừng từ ngày', 'Suspended from')),
      field.date('toDate', lt('Đến ngày', 'Until')),
      field.longText('reason', lt('Lý do tạm ngừng', 'Reason'), { required: false }),
    ]),
  ])),
  entry('ward', {
    code: '1.001699', name: lt('Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật', 'Assessing disability and issuing a disability certificate'),
    field: FIELD.socialProtection, onlineLevel: level('partial'),
    processingTime: { workingDays: 30, note: lt('Hội đồng xác định mức độ khuyết tật họp và kết luận trong thời hạn quy định.', 'The assessment council meets and concludes within the time limit.') },
    fees: FREE,
    requiredDocuments: [doc('Đơn đề nghị xác định mức độ khuyết tật', 'Application for disability assessment'), doc('Giấy tờ liên quan đến khuyết tật (bệnh án, giấy tờ khám, điều trị)', 'Medical records about the disability', 0, 1, false)],
    targetGroups: ['citizen'], legalBasis: [LAW.disability, LAW.disabilityDecree],
    results: [{ name: lt('Giấy xác nhận khuyết tật', 'Disability certificate') }], channels: ['in-person', 'online', 'postal'],
  }, form('1.001699', 'xac-dinh-muc-do-khuyet-tat', lt('Đơn đề nghị xác định mức độ khuyết tật', 'Disability assessment'), [
    step('nguoi-khuyet-tat', lt('Người được xác định', 'The person assessed'), [
      field.text('personFullName', lt('Họ, chữ đệm và tên', 'Full name'), { autocomplete: 'name' }),
      field.identifier('personIdNumber', lt('Số định danh cá nhân', 'Personal ID number'), 'cccd'),
      field.date('personBirthDate', lt('Ngày sinh', 'Date of birth'), { notInFuture: true }),
      field.checkboxes('disabilityTypes', lt('Dạng khuyết tật', 'Kind of disability'), [
        ['mobility', 'Khuyết tật vận động', 'Mobility'], ['hearing-speech', 'Khuyết tật nghe, nói', 'Hearing or speech'], ['vision', 'Khuyết tật nhìn', 'Vision'],
        ['mental', 'Khuyết tật thần kinh, tâm thần', 'Mental'], ['intellectual', 'Khuyết tật trí tuệ', 'Intellectual'], ['other', 'Khuyết tật khác', 'Other'],
      ]),
    ]),
    attachments([field.file('medicalRecords', lt('Bệnh án, giấy tờ khám, điều trị', 'Medical records'), { required: false })]),
  ])),
  entry('wardPolice', {
    code: '1.002755', name: lt('Gia hạn tạm trú', 'Extending temporary residence'), field: FIELD.residence, onlineLevel: level('full'),
    processingTime: { workingDays: 3 },
    fees: [fee('Lệ phí gia hạn tạm trú (nộp trực tiếp)', 'Charge (in person)', 15_000), fee('Lệ phí gia hạn tạm trú (nộp trực tuyến)', 'Charge (online)', 7_000)],
    requiredDocuments: [RESIDENCE_DECLARATION, LEGAL_HOME_PROOF], targetGroups: ['citizen'],
    requirements: [lt('Trong thời hạn 15 ngày trước ngày kết thúc thời hạn tạm trú đã đăng ký, công dân phải làm thủ tục gia hạn tạm trú.', 'Apply within 15 days before the registered stay ends.')],
    legalBasis: [LAW.residence, LAW.residenceForms, LAW.residenceFee],
    results: [{ name: lt('Thông báo kết quả giải quyết thủ tục đăng ký cư trú', 'Notice of the residence registration result') }], channels: ['in-person', 'online'],
  }, form('1.002755', 'gia-han-tam-tru', lt('Đề nghị gia hạn tạm trú', 'Extending temporary residence'), [
    step('noi-tam-tru', lt('Nơi tạm trú', 'Temporary residence'), [
      field.address('residence', lt('Địa chỉ nơi tạm trú', 'Address')),
      field.date('currentUntil', lt('Thời hạn tạm trú hiện tại đến ngày', 'Current stay ends on')),
      field.number('extendMonths', lt('Gia hạn thêm', 'Extend by'), 1, 24, { unit: lt('tháng', 'months') }),
      field.select('housingBasis', lt('Chỗ ở', 'Housing'), HOUSING),
    ]),
    attachments([CT01, HOME_PROOF]),
  ])),
  entry('wardPolice', {
    code: '1.003197', name: lt('Xóa đăng ký thường trú', 'Deregistering permanent residence'), field: FIELD.residence, onlineLevel: level('full'),
    processingTime: { workingDays: 1 }, fees: FREE,
    requiredDocuments: [RESIDENCE_DECLARATION, doc('Giấy tờ, tài liệu chứng minh thuộc trường hợp xóa đăng ký thường trú', 'Proof of the deregistration case', 1, 0, false)],
    targetGroups: ['citizen'], legalBasis: [LAW.residence, LAW.residenceForms],
    results: [{ name: lt('Thông báo kết quả giải quyết thủ tục đăng ký cư trú', 'Notice of the residence registration result') }], channels: ['in-person', 'online'],
  }, form('1.003197', 'xoa-dang-ky-thuong-tru', lt('Đề nghị xóa đăng ký thường trú', 'Deregistering permanent residence'), [
    step('thuong-tru', lt('Nơi thường trú', 'Permanent residence'), [
      field.address('residence', lt('Địa chỉ thường trú', 'Address')),
      field.select('reason', lt('Trường hợp xóa đăng ký', 'Reason'), [
        ['moved', 'Đã đăng ký thường trú ở nơi khác', 'Registered elsewhere'], ['deceased', 'Người đăng ký đã chết', 'The person has died'],
        ['abroad', 'Định cư ở nước ngoài', 'Settled abroad'], ['other', 'Trường hợp khác', 'Other'],
      ]),
    ]),
    attachments([CT01, field.file('caseProof', lt('Giấy tờ chứng minh trường hợp xóa đăng ký', 'Proof of the case'), { required: false })]),
  ])),
  entry('wardPolice', {
    code: '1.003677', name: lt('Khai báo tạm vắng', 'Declaring a temporary absence'), field: FIELD.residence, onlineLevel: level('full'),
    processingTime: { workingDays: 1, note: lt('Trường hợp phức tạp có thể kéo dài nhưng không quá 02 ngày làm việc.', 'Up to 2 working days in complex cases.') },
    fees: FREE,
    requiredDocuments: [doc('Đề nghị khai báo tạm vắng', 'Temporary absence declaration'), doc('Văn bản đồng ý của cơ quan có thẩm quyền giám sát, quản lý (nếu thuộc diện)', 'Consent of the supervising authority (where required)', 1, 0, false)],
    targetGroups: ['citizen'], legalBasis: [LAW.residence, LAW.residenceForms],
    results: [{ name: lt('Phiếu khai báo tạm vắng', 'Temporary absence slip') }], channels: ['in-person', 'online'],
  }, form('1.003677', 'khai-bao-tam-vang', lt('Khai báo tạm vắng', 'Temporary absence'), [
    step('tam-vang', lt('Thời gian và nơi đến', 'When and where'), [
      field.address('destination', lt('Địa chỉ nơi đến', 'Destination')),
      field.date('fromDate', lt('Tạm vắng từ ngày', 'Absent from')),
      field.date('toDate', lt('Đến ngày', 'Until')),
      field.longText('reason', lt('Lý do tạm vắng', 'Reason')),
    ]),
  ])),
  entry('wardPolice', {
    code: '1.004194', name: lt('Đăng ký tạm trú', 'Registering temporary residence'), field: FIELD.residence, onlineLevel: level('full'),
    processingTime: { workingDays: 3 },
    fees: [fee('Lệ phí đăng ký tạm trú (nộp trực tiếp)', 'Charge (in person)', 15_000), fee('Lệ phí đăng ký tạm trú (nộp trực tuyến)', 'Charge (online)', 7_000)],
    requiredDocuments: [RESIDENCE_DECLARATION, LEGAL_HOME_PROOF], targetGroups: ['citizen'], legalBasis: [LAW.residence, LAW.residenceForms, LAW.residenceFee],
    results: [{ name: lt('Thông báo kết quả giải quyết thủ tục đăng ký cư trú', 'Notice of the residence registration result') }], channels: ['in-person', 'online'],
  }, form('1.004194', 'dang-ky-tam-tru', lt('Đề nghị đăng ký tạm trú', 'Registering temporary residence'), [
    step('noi-tam-tru', lt('Nơi tạm trú', 'Temporary residence'), [
      field.address('residence', lt('Địa chỉ nơi tạm trú', 'Address')),
      field.date('fromDate', lt('Tạm trú từ ngày', 'From')),
      field.number('months', lt('Thời hạn tạm trú', 'Length of stay'), 1, 24, { unit: lt('tháng', 'months') }),
      field.select('housingBasis', lt('Chỗ ở', 'Housing'), HOUSING),
      field.radio('ownerConsent', lt('Chủ hộ, chủ sở hữu chỗ ở đã đồng ý?', 'Has the owner agreed?'), [['yes', 'Đã đồng ý', 'Yes'], ['pending', 'Chưa', 'Not yet']],
        { showIf: { op: 'not-equals', field: 'housingBasis', value: 'owned' } }),
    ]),
    attachments([CT01, HOME_PROOF]),
  ])),
  entry('wardPolice', {
    code: '1.004222', name: lt('Đăng ký thường trú', 'Registering permanent residence'), field: FIELD.residence, onlineLevel: level('full'),
    processingTime: { workingDays: 7 },
    fees: [fee('Lệ phí đăng ký thường trú (nộp trực tiếp)', 'Charge (in person)', 20_000), fee('Lệ phí đăng ký thường trú (nộp trực tuyến)', 'Charge (online)', 10_000)],
    requiredDocuments: [RESIDENCE_DECLARATION, doc('Giấy tờ, tài liệu chứng minh việc sở hữu chỗ ở hợp pháp', 'Proof of owning a lawful home', 0, 1)],
    targetGroups: ['citizen', 'overseas-vietnamese'],
    requirements: [lt('Người thực hiện thủ tục đã được thu thập, cập nhật thông tin vào Cơ sở dữ liệu quốc gia về dân cư.', 'The person’s data is in the national population database.')],
    legalBasis: [LAW.residence, LAW.residenceForms, LAW.residenceFee],
    results: [{ name: lt('Thông báo kết quả giải quyết thủ tục đăng ký cư trú', 'Notice of the residence registration result') }], channels: ['in-person', 'online'],
  }, form('1.004222', 'dang-ky-thuong-tru', lt('Đề nghị đăng ký thường trú', 'Registering permanent residence'), [
    step('noi-thuong-tru', lt('Nơi đăng ký thường trú', 'New permanent residence'), [
      field.address('residence', lt('Địa chỉ đăng ký thường trú', 'Address')),
      field.select('housingBasis', lt('Chỗ ở', 'Housing'), HOUSING),
      field.text('householdHeadName', lt('Họ, chữ đệm và tên chủ hộ', 'Head of household'), { required: false, autocomplete: 'name' }),
    ]),
    attachments([CT01, field.file('homeProof', lt('Giấy tờ chứng minh chỗ ở hợp pháp', 'Proof of lawful residence'))]),
  ])),
  entry('ward', {
    code: '1.004873', name: lt('Cấp Giấy xác nhận tình trạng hôn nhân', 'Certifying marital status'), field: FIELD.civilStatus, onlineLevel: level('full'),
    processingTime: { workingDays: 3, note: lt('Cần xác minh thì không quá 23 ngày.', 'Up to 23 days when facts must be checked.') },
    fees: [fee('Lệ phí cấp Giấy xác nhận tình trạng hôn nhân', 'Certificate fee', 15_000, BY_PROVINCIAL_COUNCIL)],
    requiredDocuments: [doc('Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', 'Application form'), doc('Bản án, quyết định ly hôn hoặc giấy tờ chứng minh việc vợ/chồng đã chết (nếu có)', 'Divorce ruling or spouse’s death record (if any)', 0, 1, false)],
    targetGroups: ['citizen'], legalBasis: [LAW.civilStatus, LAW.civilStatusDecree, LAW.civilStatusCircular],
    results: [{ name: lt('Giấy xác nhận tình trạng hôn nhân', 'Marital status certificate') }], channels: [...ALL_CHANNELS],
  }, form('1.004873', 'xac-nhan-tinh-trang-hon-nhan', lt('Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', 'Marital status certificate'), [
    step('tinh-trang', lt('Tình trạng hôn nhân', 'Marital status'), [
      field.radio('maritalStatus', lt('Tình trạng hôn nhân hiện tại', 'Current marital status'), [
        ['single', 'Chưa đăng ký kết hôn với ai', 'Never married'], ['divorced', 'Đã ly hôn', 'Divorced'], ['widowed', 'Vợ/chồng đã chết', 'Widowed'],
      ]),
      field.select('purpose', lt('Mục đích sử dụng', 'Purpose'), [
        ['marriage', 'Đăng ký kết hôn', 'To marry'], ['property', 'Giao dịch nhà, đất', 'Property transaction'], ['loan', 'Vay vốn ngân hàng', 'Bank loan'], ['other', 'Mục đích khác', 'Other'],
      ]),
      field.text('purposeOther', lt('Mục đích khác (ghi rõ)', 'Other purpose'), { showIf: { op: 'equals', field: 'purpose', value: 'other' } }),
    ]),
    attachments([field.file('divorceRuling', lt('Bản án, quyết định ly hôn', 'Divorce ruling'), { showIf: { op: 'equals', field: 'maritalStatus', value: 'divorced' } })]),
  ])),
  entry('wardPolice', {
    code: '1.010028', name: lt('Xóa đăng ký tạm trú', 'Deregistering temporary residence'), field: FIELD.residence, onlineLevel: level('full'),
    processingTime: { workingDays: 1 }, fees: FREE,
    requiredDocuments: [RESIDENCE_DECLARATION, doc('Giấy tờ, tài liệu chứng minh thuộc trường hợp xóa đăng ký tạm trú', 'Proof of the deregistration case', 1, 0, false)],
    targetGroups: ['citizen'],
    requirements: [lt('Nộp hồ sơ trong thời hạn 07 ngày kể từ ngày hộ gia đình có người thuộc diện xóa đăng ký tạm trú.', 'Apply within 7 days of the case arising.')],
    legalBasis: [LAW.residence, LAW.residenceForms],
    results: [{ name: lt('Thông báo kết quả giải quyết thủ tục đăng ký cư trú', 'Notice of the residence registration result') }], channels: ['in-person', 'online'],
  }, form('1.010028', 'xoa-dang-ky-tam-tru', lt('Đề nghị xóa đăng ký tạm trú', 'Deregistering temporary residence'), [
    step('tam-tru', lt('Nơi tạm trú', 'Temporary residence'), [
      field.address('residence', lt('Địa chỉ tạm trú', 'Address')),
      field.select('reason', lt('Trường hợp xóa đăng ký', 'Reason'), [
        ['left', 'Đã chuyển đi nơi khác', 'Moved away'], ['expired', 'Hết thời hạn tạm trú', 'Stay ended'], ['deceased', 'Người đăng ký đã chết', 'The person has died'], ['other', 'Trường hợp khác', 'Other'],
      ]),
    ]),
    attachments([CT01]),
  ])),
  entry('ward', {
    code: '1.013227', name: lt('Gia hạn giấy phép xây dựng', 'Extending a building permit'), field: FIELD.construction, onlineLevel: level('full'),
    processingTime: { workingDays: 5 },
    fees: [fee('Lệ phí gia hạn giấy phép xây dựng', 'Permit extension fee', 15_000, BY_PROVINCIAL_COUNCIL)],
    requiredDocuments: [doc('Đơn đề nghị gia hạn giấy phép xây dựng', 'Application for extension'), doc('Bản chính giấy phép xây dựng đã được cấp', 'The original building permit')],
    targetGroups: ['citizen', 'business', 'organization'], legalBasis: [LAW.construction, LAW.constructionPermits],
    results: [{ name: lt('Giấy phép xây dựng được gia hạn', 'Extended building permit') }], channels: [...ALL_CHANNELS],
  }, form('1.013227', 'gia-han-giay-phep-xay-dung', lt('Đơn đề nghị gia hạn giấy phép xây dựng', 'Building permit extension'), [
    step('giay-phep', lt('Giấy phép đã cấp', 'The permit'), [
      field.text('permitNumber', lt('Số giấy phép xây dựng', 'Permit number')),
      field.date('permitDate', lt('Ngày cấp', 'Issued on'), { notInFuture: true }),
      field.address('siteAddress', lt('Địa điểm xây dựng', 'Site address')),
      field.longText('reason', lt('Lý do đề nghị gia hạn', 'Why an extension is needed')),
    ]),
    attachments([field.file('permitScan', lt('Bản chụp giấy phép xây dựng', 'Scan of the permit'))]),
  ])),
  entry('ward', {
    code: '1.013228', name: lt('Cấp lại giấy phép xây dựng', 'Reissuing a building permit'), field: FIELD.construction, onlineLevel: level('full'),
    processingTime: { workingDays: 5 },
    fees: [fee('Lệ phí cấp lại giấy phép xây dựng', 'Permit reissue fee', 15_000, BY_PROVINCIAL_COUNCIL)],
    requiredDocuments: [doc('Đơn đề nghị cấp lại giấy phép xây dựng', 'Application for reissue'), doc('Bản chính giấy phép xây dựng đã được cấp (trường hợp bị rách, nát)', 'The damaged original permit (if damaged)', 1, 0, false)],
    targetGroups: ['citizen', 'business', 'organization'], legalBasis: [LAW.construction, LAW.constructionPermits],
    results: [{ name: lt('Giấy phép xây dựng (cấp lại)', 'Building permit (reissued)') }], channels: [...ALL_CHANNELS],
  }, form('1.013228', 'cap-lai-giay-phep-xay-dung', lt('Đơn đề nghị cấp lại giấy phép xây dựng', 'Building permit reissue'), [
    step('giay-phep', lt('Giấy phép đã cấp', 'The permit'), [
      field.text('permitNumber', lt('Số giấy phép xây dựng', 'Permit number')),
      field.date('permitDate', lt('Ngày cấp', 'Issued on'), { notInFuture: true }),
      field.radio('reason', lt('Lý do cấp lại', 'Reason'), [['lost', 'Bị mất', 'Lost'], ['damaged', 'Bị rách, nát', 'Damaged']]),
    ]),
    attachments([field.file('damagedPermit', lt('Bản chụp giấy phép bị rách, nát', 'Scan of the damaged permit'), { showIf: { op: 'equals', field: 'reason', value: 'damaged' } })]),
  ])),
  entry('provincialPolice', {
    code: '2.000200', name: lt('Cấp thẻ căn cước cho người từ đủ 14 tuổi trở lên', 'Issuing an identity card (age 14 and over)'), field: FIELD.identity, onlineLevel: level('partial'),
    processingTime: { workingDays: 7, note: lt('Công dân đến cơ quan quản lý căn cước để thu nhận vân tay, ảnh khuôn mặt và mống mắt.', 'The citizen attends to give fingerprints, face and iris images.') },
    fees: [fee('Lệ phí cấp thẻ căn cước', 'Identity card fee', 0, ['Cấp lần đầu: không thu lệ phí.', 'First card: no charge.'])],
    requiredDocuments: [doc('Phiếu thu nhận thông tin căn cước (Mẫu CC01)', 'Identity information slip (form CC01)'), doc('Phiếu đề nghị giải quyết thủ tục về căn cước (Mẫu DC02)', 'Identity procedure request (form DC02)')],
    targetGroups: ['citizen'], legalBasis: [LAW.identity, LAW.identityCircular],
    results: [{ name: lt('Thẻ căn cước', 'Identity card') }], channels: ['in-person', 'online'],
  }, form('2.000200', 'cap-the-can-cuoc', lt('Đăng ký cấp thẻ căn cước', 'Identity card'), [
    step('lich-hen', lt('Lịch hẹn thu nhận', 'Appointment'), [
      field.date('appointmentDate', lt('Ngày đến thu nhận thông tin', 'Appointment date'), { notInPast: true }),
      field.select('collectionPlace', lt('Nơi thu nhận', 'Where'), [
        ['pc06', 'Phòng Cảnh sát QLHC về TTXH – Công an tỉnh', 'Provincial police administrative office'], ['ttpvhcc', 'Trung tâm Phục vụ hành chính công tỉnh', 'Provincial public service centre'],
      ]),
      field.radio('delivery', lt('Hình thức nhận thẻ', 'Card delivery'), DELIVERY),
      field.address('deliveryAddress', lt('Địa chỉ nhận thẻ', 'Delivery address'), { showIf: { op: 'equals', field: 'delivery', value: 'postal' } }),
    ]),
  ])),
  entry('ward', {
    code: '2.000635', name: lt('Cấp bản sao Trích lục hộ tịch', 'Copies of civil status records'), field: FIELD.civilStatus, onlineLevel: level('full'),
    processingTime: { workingDays: 0, note: lt('Ngay trong ngày tiếp nhận yêu cầu.', 'The same day.') },
    fees: [fee('Phí cấp bản sao trích lục hộ tịch', 'Copy fee', 8_000, ['8.000 đồng/bản sao.', 'VND 8,000 per copy.'])],
    requiredDocuments: [doc('Tờ khai cấp bản sao trích lục hộ tịch', 'Request form')],
    targetGroups: ['citizen'], legalBasis: [LAW.civilStatus, LAW.civilStatusDecree, LAW.copyFee],
    results: [{ name: lt('Bản sao trích lục hộ tịch', 'Certified copy of the civil status record') }], channels: [...ALL_CHANNELS],
  }, form('2.000635', 'ban-sao-trich-luc-ho-tich', lt('Tờ khai cấp bản sao trích lục hộ tịch', 'Civil status record copies'), [
    step('su-kien', lt('Sự kiện hộ tịch', 'The record'), [
      field.select('recordType', lt('Loại sự kiện', 'Record'), [['birth', 'Khai sinh', 'Birth'], ['marriage', 'Kết hôn', 'Marriage'], ['death', 'Khai tử', 'Death']]),
      field.text('personFullName', lt('Họ, chữ đệm và tên người được cấp trích lục', 'Full name on the record'), { autocomplete: 'name' }),
      field.number('registrationYear', lt('Năm đăng ký', 'Year registered'), 1945, 2100, { grouping: false }),
      field.number('copies', lt('Số bản sao', 'Copies'), 1, 10, { unit: lt('bản', 'copies') }),
    ]),
  ])),
  entry('provincialPolice', {
    code: '2.001178', name: lt('Cấp xác nhận số chứng minh nhân dân 09 số, số định danh cá nhân (cấp tỉnh)', 'Confirming a 9-digit ID card number and personal ID number (provincial level)'),
    field: FIELD.identity, onlineLevel: level('full'),
    processingTime: { workingDays: 7, note: lt('03 ngày làm việc nếu thông tin số CMND 09 số đã có trong Cơ sở dữ liệu quốc gia về dân cư.', '3 working days when the old number is already in the population database.') },
    fees: FREE,
    requiredDocuments: [doc('Phiếu đề nghị giải quyết thủ tục về căn cước (Mẫu DC02)', 'Identity procedure request (form DC02)'), doc('Giấy chứng minh nhân dân 09 số (nếu có)', 'The old 9-digit ID card (if any)', 1, 0, false)],
    targetGroups: ['citizen'], legalBasis: [LAW.identity, LAW.identityCircular],
    results: [{ name: lt('Giấy xác nhận số chứng minh nhân dân, số định danh cá nhân', 'Confirmation of ID numbers') }], channels: [...ALL_CHANNELS],
  }, form('2.001178', 'xac-nhan-so-cmnd', lt('Đề nghị xác nhận số chứng minh nhân dân 09 số', 'Old ID number confirmation'), [
    step('cmnd', lt('Chứng minh nhân dân cũ', 'The old ID card'), [
      field.identifier('oldIdNumber', lt('Số chứng minh nhân dân 09 số', 'Old 9-digit ID number'), 'cmnd'),
      field.text('purpose', lt('Mục đích sử dụng giấy xác nhận', 'What the confirmation is for')),
      field.radio('delivery', lt('Hình thức nhận kết quả', 'Delivery'), DELIVERY),
    ]),
  ])),
  entry('ward', {
    code: '2.000720', name: lt('Đăng ký thay đổi nội dung đăng ký hộ kinh doanh', 'Changing a household business registration'), field: FIELD.householdBusiness, onlineLevel: level('full'),
    processingTime: { workingDays: 3 },
    fees: [fee('Lệ phí đăng ký hộ kinh doanh', 'Registration fee', 50_000, BY_PROVINCIAL_COUNCIL)],
    requiredDocuments: [doc('Thông báo thay đổi nội dung đăng ký hộ kinh doanh', 'Notice of changes')],
    targetGroups: ['household-business'], legalBasis: [LAW.businessRegistration],
    results: [{ name: lt('Giấy chứng nhận đăng ký hộ kinh doanh (thay đổi)', 'Amended household business registration certificate') }], channels: [...ALL_CHANNELS],
  }, form('2.000720', 'thay-doi-ho-kinh-doanh', lt('Thông báo thay đổi nội dung đăng ký hộ kinh doanh', 'Household business changes'), [
    step('thay-doi', lt('Nội dung thay đổi', 'Changes'), [
      field.text('businessName', lt('Tên hộ kinh doanh', 'Business name')),
      field.text('registrationNumber', lt('Số Giấy chứng nhận đăng ký hộ kinh doanh', 'Registration number')),
      field.checkboxes('changes', lt('Nội dung đăng ký thay đổi', 'What changes'), [
        ['name', 'Tên hộ kinh doanh', 'Name'], ['address', 'Địa điểm kinh doanh', 'Address'], ['lines', 'Ngành, nghề kinh doanh', 'Business lines'], ['capital', 'Vốn kinh doanh', 'Capital'],
      ]),
      field.longText('details', lt('Nội dung sau khi thay đổi', 'Details after the change')),
    ]),
    attachments([field.file('changeNotice', lt('Thông báo thay đổi (đã ký)', 'Signed notice of changes'))]),
  ])),
  entry('ward', {
    code: '2.000815', name: lt('Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp hoặc chứng nhận', 'Certifying copies of Vietnamese documents'),
    field: FIELD.certification, onlineLevel: level('partial'),
    processingTime: { workingDays: 0, note: lt('Trong ngày; yêu cầu sau 15 giờ thì trả trong ngày làm việc tiếp theo.', 'The same day; after 3 p.m. the next working day.') },
    fees: [fee('Phí chứng thực bản sao', 'Copy certification fee', 2_000, ['2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản.', 'VND 2,000 per page; from the third page VND 1,000, at most VND 200,000 per copy.'])],
    requiredDocuments: [doc('Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao', 'The original document'), doc('Bản sao cần chứng thực', 'The copies to certify', 0, 1)],
    targetGroups: ['citizen', 'organization'], legalBasis: [LAW.certification, LAW.certificationFee],
    results: [{ name: lt('Bản sao được chứng thực từ bản chính', 'Certified copy') }], channels: ['in-person', 'online'],
  }, form('2.000815', 'chung-thuc-ban-sao', lt('Yêu cầu chứng thực bản sao từ bản chính', 'Certifying copies'), [
    step('van-ban', lt('Giấy tờ cần chứng thực', 'The document'), [
      field.text('documentName', lt('Tên giấy tờ, văn bản', 'Document')),
      field.number('pages', lt('Số trang', 'Pages'), 1, 200),
      field.number('copies', lt('Số bản sao', 'Copies'), 1, 20, { unit: lt('bản', 'copies') }),
    ]),
    attachments([field.file('originalScan', lt('Bản chụp bản chính', 'Scan of the original'))]),
  ])),
  entry('ward', {
    code: '2.000884', name: lt('Chứng thực chữ ký trong các giấy tờ, văn bản', 'Certifying a signature'), field: FIELD.certification, onlineLevel: level('information'),
    processingTime: { workingDays: 0, note: lt('Người yêu cầu phải ký trước mặt người thực hiện chứng thực.', 'The person must sign in front of the certifying officer.') },
    fees: [fee('Phí chứng thực chữ ký', 'Signature certification fee', 10_000, ['10.000 đồng/trường hợp.', 'VND 10,000 per case.'])],
    requiredDocuments: [doc('Giấy tờ, văn bản mà mình sẽ ký', 'The document to be signed'), doc('Giấy tờ tùy thân còn giá trị sử dụng', 'Valid identity document')],
    targetGroups: ['citizen'], legalBasis: [LAW.certification, LAW.certificationFee],
    results: [{ name: lt('Giấy tờ, văn bản được chứng thực chữ ký', 'Document with certified signature') }], channels: ['in-person'],
  }, form('2.000884', 'chung-thuc-chu-ky', lt('Chứng thực chữ ký', 'Certifying a signature'), [
    step('van-ban', lt('Giấy tờ cần chứng thực chữ ký', 'The document'), [field.text('documentName', lt('Tên giấy tờ, văn bản', 'Document'))]),
  ])),
];
