import { formatIsoDate, formVisibility, validateAnswers, vietnamDateOf, type FileReference, type FormDefinition, type FormField } from '@egov-kit/core';
import type { Applicant } from '../contract.js';
import { address, personalIdNumber, personName, type Random } from './people.js';

/** Plausible texts for the catalogue's text fields, by field id. */
const TEXTS: Record<string, (random: Random, applicant: Applicant) => string> = {
  childFullName: (random, a) => `${a.fullName.split(' ')[0]} ${random.pick(['Gia', 'Minh', 'Bảo', 'Khánh', 'An'])} ${random.pick(['Huy', 'Ngọc', 'Châu', 'Phong', 'Vy', 'Lâm'])}`,
  motherFullName: (random) => personName(random, 'female'),
  fatherFullName: (random, a) => personName(random, 'male', a.fullName.split(' ')[0]),
  partnerFullName: (random) => personName(random, random.chance(0.5) ? 'male' : 'female'),
  deceasedFullName: (random, a) => personName(random, 'male', a.fullName.split(' ')[0]),
  personFullName: (random) => personName(random, random.chance(0.5) ? 'male' : 'female'),
  householdHeadName: (random) => personName(random, 'male'),
  birthPlace: (random) => random.pick(['Bệnh viện Trung ương Thái Nguyên', 'Bệnh viện A Thái Nguyên', 'Bệnh viện Sản Nhi Thái Nguyên', 'Trạm y tế phường Phan Đình Phùng']),
  placeOfDeath: (random) => random.pick(['Tại nhà riêng', 'Bệnh viện Trung ương Thái Nguyên', 'Bệnh viện Đa khoa tỉnh Thái Nguyên']),
  passportNumber: (random) => `${random.pick(['C', 'N', 'P'])}${random.digits(7)}`,
  lostPlace: (random) => random.pick(['Trên xe khách tuyến Thái Nguyên – Hà Nội', 'Tại chợ Thái', 'Tại Sân bay Nội Bài']),
  permitNumber: (random) => `${random.int(10, 480)}/GPXD`,
  businessName: (random) => `Hộ kinh doanh ${random.pick(['Tạp hóa', 'Quán cà phê', 'Cửa hàng chè', 'Sửa chữa xe máy', 'Tiệm may'])} ${random.pick(['Hồng Nhung', 'Minh Anh', 'Tân Cương', 'Phúc Lộc', 'Bình An'])}`,
  registrationNumber: (random) => `17A8${random.digits(6)}`,
  documentName: (random) => random.pick(['Bằng tốt nghiệp trung học phổ thông', 'Giấy khai sinh', 'Sổ đỏ (Giấy chứng nhận quyền sử dụng đất)', 'Bằng đại học']),
  purpose: (random) => random.pick(['Bổ sung hồ sơ xin việc', 'Thủ tục ngân hàng', 'Đối chiếu thông tin bảo hiểm xã hội']),
  purposeOther: () => 'Làm thủ tục du học',
};

const LONG_TEXTS: Record<string, string[]> = {
  circumstances: ['Bị mất cùng ví khi đi du lịch, đã tìm nhưng không thấy.', 'Để quên trên xe khách, đã liên hệ nhà xe nhưng không tìm lại được.'],
  reason: ['Công việc chưa hoàn thành đúng tiến độ do thời tiết.', 'Tạm nghỉ để sửa chữa cửa hàng.', 'Đi làm việc tại tỉnh khác theo hợp đồng lao động.'],
  details: ['Bổ sung ngành nghề bán lẻ đồ uống; địa điểm kinh doanh giữ nguyên.'],
};

function dateAround(submitted: Date, field: FormField & { kind: 'date' }, random: Random, answers: Record<string, unknown>): string {
  const day = (offsetDays: number) => formatIsoDate(vietnamDateOf(new Date(submitted.getTime() + offsetDays * 86_400_000)));
  const rules = field.validation ?? {};
  if (field.id === 'childBirthDate') return day(-random.int(1, 50));
  if (field.id === 'dateOfDeath') return day(-random.int(1, 12));
  if (rules.minAgeYears !== undefined) return day(-365 * random.int(rules.minAgeYears + 1, 45));
  if (field.id === 'toDate' && typeof answers.fromDate === 'string') {
    return formatIsoDate(vietnamDateOf(new Date(Date.parse(answers.fromDate) + random.int(20, 120) * 86_400_000)));
  }
  if (rules.notInPast || ['fromDate', 'appointmentDate', 'endDate', 'currentUntil'].includes(field.id)) return day(random.int(1, 20));
  if (rules.notInFuture) return day(-random.int(60, 3000));
  return day(random.int(-30, 30));
}

/**
 * Answers a form as a resident would, valid at `submitted` (the seed checks them with core's
 * `validateAnswers`, so a catalogue change that breaks them fails the seed). File fields get
 * `attach(field)`, called only for the file fields that are shown.
 */
export function sampleAnswers(form: FormDefinition, applicant: Applicant, random: Random, submitted: Date, attach: (field: string) => FileReference): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const step of form.steps) {
    for (const field of step.fields) {
      switch (field.kind) {
        case 'text':
          answers[field.id] = (TEXTS[field.id] ?? ((r: Random) => r.pick(['Theo giấy tờ kèm theo', 'Như hồ sơ đã nộp'])))(random, applicant);
          break;
        case 'long-text':
          answers[field.id] = random.pick(LONG_TEXTS[field.id] ?? ['Đề nghị cơ quan có thẩm quyền xem xét, giải quyết.']);
          break;
        case 'number':
          answers[field.id] = Math.min(field.validation?.max ?? 10, Math.max(field.validation?.min ?? 1, field.id === 'registrationYear' ? random.int(1990, 2024) : random.int(1, 6)));
          break;
        case 'date':
          answers[field.id] = dateAround(submitted, field, random, answers);
          break;
        case 'select':
        case 'radio':
          answers[field.id] = random.chance(0.75) ? field.options[0]!.value : random.pick(field.options).value;
          break;
        case 'checkbox-group':
          answers[field.id] = [...new Set([random.pick(field.options).value, random.pick(field.options).value])];
          break;
        case 'identifier':
          answers[field.id] = field.identifierKind === 'cmnd' ? `09${random.digits(7)}` : personalIdNumber(random, random.chance(0.5) ? 'male' : 'female', submitted.getUTCFullYear() - random.int(20, 60));
          break;
        case 'address':
          answers[field.id] = address(random);
          break;
        case 'file':
          break;
      }
    }
  }
  const shown = formVisibility(form, answers).fields;
  for (const key of Object.keys(answers)) if (!shown.has(key)) delete answers[key];
  for (const step of form.steps) {
    for (const field of step.fields) {
      if (field.kind === 'file' && shown.has(field.id) && (field.required || random.chance(0.5))) answers[field.id] = [attach(field.id)];
    }
  }
  const checked = validateAnswers(form, answers, { today: submitted });
  if (!checked.ok) throw new Error(`Seed answers for ${form.procedureCode} do not pass the form: ${JSON.stringify(checked.errors)}`);
  return answers;
}
