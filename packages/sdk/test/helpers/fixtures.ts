/** Requests and files the SDK's tests send: valid for the reference server's seeded catalogue. */
import { randomBytes, randomInt } from 'node:crypto';
import type { DossierSubmission } from '../../src/index.js';

/** An ISO date `days` from today (UTC). */
function dayFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A valid personal ID number (CCCD) of a man born in Thái Nguyên in 1990. */
export function personalIdNumber(): string {
  return `0190${90}${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
}

/** A valid mobile number, as people type it. */
export function mobileNumber(): string {
  return `091${String(randomInt(0, 10_000_000)).padStart(7, '0')}`;
}

/**
 * A valid submission of "Khai báo tạm vắng" (1.003677), which needs no attachment, by an applicant
 * named `fullName` (make it unique to find the dossier again).
 */
export function absenceSubmission(fullName: string, phone = mobileNumber()): DossierSubmission {
  return {
    procedureCode: '1.003677',
    applicant: { kind: 'citizen', fullName, idNumber: personalIdNumber(), phone },
    answers: {
      destination: { provinceCode: '19', communeCode: '05443', street: 'Số 12, đường Hoàng Văn Thụ' },
      fromDate: dayFromToday(7),
      toDate: dayFromToday(60),
      reason: 'Đi công tác tại tỉnh khác.',
    },
  };
}

/** A valid submission of "Đăng ký khai sinh" (1.001193) with the hospital's birth certificate attached. */
export function birthRegistration(fullName: string, certificate: { id: string; name: string; size: number; mediaType: string }): DossierSubmission {
  return {
    procedureCode: '1.001193',
    applicant: { kind: 'citizen', fullName, idNumber: personalIdNumber(), phone: mobileNumber() },
    answers: {
      childFullName: 'Nguyễn Gia Huy',
      childBirthDate: dayFromToday(-10),
      childSex: 'male',
      birthPlace: 'Bệnh viện A Thái Nguyên',
      ethnicity: 'kinh',
      motherFullName: 'Trần Thị Lan',
      motherIdNumber: `0191${95}${String(randomInt(0, 1_000_000)).padStart(6, '0')}`,
      declarant: 'mother',
      birthCertificate: [certificate],
    },
  };
}

/** `size` bytes that the server takes for a PDF: the PDF header, then random bytes. */
export function pdfBytes(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  bytes.set(randomBytes(size));
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  return bytes;
}

/** A name no other test uses. */
export function uniqueName(label: string): string {
  return `Kiểm Thử ${label} ${randomBytes(4).toString('hex')}`;
}
