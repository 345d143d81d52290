import { createHash } from 'node:crypto';
import type { Actor, DossierEvent, DossierStatus, FileReference } from '@egov-kit/core';
import { transition } from '@egov-kit/core/contract';
import type { Queryable } from '../db/database.js';
import { formatDossierCode, statusAfterSupplement, type Applicant } from '../contract.js';
import { REFUSAL_DOCUMENT } from '../documents/service.js';
import { refreshDossier } from '../dossiers/repository.js';
import type { CatalogueEntry } from './catalogue.js';
import { sampleAnswers } from './answers.js';
import { DEMO_CITIZEN } from './demo-citizen.js';
import { applicant as sampleApplicant, Random } from './people.js';

/** How the seeded dossiers spread over the ten statuses (weights). */
const STATUS_WEIGHTS: readonly [DossierStatus, number][] = [
  ['submitted', 10], ['received', 9], ['refused', 5], ['processing', 15], ['supplement-requested', 10],
  ['fee-requested', 7], ['withdrawn', 5], ['stopped', 4], ['decided', 12], ['returned', 23],
];

const OFFICERS: readonly Actor[] = [
  { kind: 'staff', id: 'cb-0012', name: 'Nguyễn Thị Thu Hà' },
  { kind: 'staff', id: 'cb-0027', name: 'Trần Văn Kiên' },
  { kind: 'staff', id: 'cb-0031', name: 'Lương Thị Mai' },
  { kind: 'staff', id: 'cb-0045', name: 'Hoàng Đức Thịnh' },
];

const SUPPLEMENT_ITEMS = [
  'Bản chụp giấy tờ chứng minh chỗ ở hợp pháp chưa rõ nét, đề nghị chụp lại.',
  'Thiếu chữ ký của người yêu cầu trên tờ khai.',
  'Đề nghị bổ sung văn bản đồng ý của chủ hộ.',
  'Thông tin ngày sinh trên tờ khai không khớp với giấy tờ kèm theo.',
];

/** The moves from `submitted` to `target`, as the one-stop workflow allows them. */
function pathTo(target: DossierStatus, random: Random): DossierStatus[] {
  const supplementDetour = (): DossierStatus[] => (random.chance(0.3) ? ['supplement-requested', 'processing'] : []);
  const feeDetour = (): DossierStatus[] => (random.chance(0.25) ? ['fee-requested', 'processing'] : []);
  const processed = (): DossierStatus[] => ['received', 'processing', ...supplementDetour(), ...feeDetour()];
  switch (target) {
    case 'submitted': return [];
    case 'received': return random.chance(0.2) ? ['supplement-requested', 'received'] : ['received'];
    case 'refused': return ['refused'];
    case 'processing': return processed();
    case 'supplement-requested': return random.chance(0.3) ? ['supplement-requested'] : [...processed(), 'supplement-requested'];
    case 'fee-requested': return random.chance(0.5) ? ['received', 'fee-requested'] : [...processed(), 'fee-requested'];
    case 'withdrawn': return random.pick<DossierStatus[]>([['withdrawn'], ['received', 'withdrawn'], ['received', 'processing', 'withdrawn']]);
    case 'stopped': return random.chance(0.5) ? [...processed(), 'stopped'] : [...processed(), 'supplement-requested', 'stopped'];
    case 'decided': return [...processed(), 'decided'];
    case 'returned': return [...processed(), 'decided', 'returned'];
  }
}

function weightedStatus(random: Random): DossierStatus {
  const total = STATUS_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  let at = random.next() * total;
  for (const [status, weight] of STATUS_WEIGHTS) {
    at -= weight;
    if (at < 0) return status;
  }
  return 'returned';
}

/** A minimal one-page PDF standing for a scanned document in seeded dossiers. */
function scanPdf(title: string): Buffer {
  const text = title.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').replace(/[()\\]/g, '');
  const stream = `BT /F1 14 Tf 72 760 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Spreads the events of a dossier after its filing, in working hours, never past `now`. */
function eventTimes(submitted: Date, count: number, now: Date, random: Random): Date[] {
  const gaps = Array.from({ length: count }, () => random.int(2, 60) * 3_600_000);
  const room = now.getTime() - submitted.getTime() - 60_000;
  const total = gaps.reduce((sum, gap) => sum + gap, 0);
  const scale = total > room ? room / total : 1;
  let at = submitted.getTime();
  return gaps.map((gap) => new Date((at += Math.max(60_000, Math.floor(gap * scale)))));
}

/** A moment in the last `days` days, on a weekday between 07:30 and 16:30 Vietnam time. */
function filingTime(now: Date, random: Random, days: number): Date {
  for (;;) {
    const day = new Date(now.getTime() - random.int(0, days) * 86_400_000);
    const local = new Date(day.getTime() + 7 * 3_600_000);
    if (local.getUTCDay() === 0 || local.getUTCDay() === 6) continue;
    local.setUTCHours(7, 30, 0, 0);
    const at = new Date(local.getTime() - 7 * 3_600_000 + random.int(0, 9 * 60) * 60_000);
    if (at.getTime() < now.getTime() - 3_600_000) return at;
  }
}

interface Planned {
  entry: CatalogueEntry;
  applicant: Applicant;
  submitted: Date;
  path: DossierStatus[];
  /** Whether the decision (if any) refuses the application. */
  rejected: boolean;
}

/**
 * Seeds `count` dossiers spread over every status, with histories made by core's `transition`
 * (so each one is a move the workflow allows), the requests and result documents that go with
 * them, and a scanned PDF for each attachment. Deterministic for a given `seed` and `now`.
 * Returns the codes by status.
 */
export async function seedDossiers(tx: Queryable, catalogue: readonly CatalogueEntry[], count: number, now: Date, seed = 20_261_124): Promise<Map<DossierStatus, string[]>> {
  const random = new Random(seed);
  const fileable = catalogue.filter((entry) => entry.procedure.onlineLevel.level !== 'information' && entry.procedure.channels.includes('online'));
  const planned: Planned[] = Array.from({ length: count }, (_, index) => {
    // Every status appears at least once, then by weight.
    const target = index < STATUS_WEIGHTS.length ? STATUS_WEIGHTS[index]![0] : weightedStatus(random);
    const entry = random.pick(fileable);
    // The first ten (one per status) are the demo citizen's; a sample person is drawn anyway, so the rest stay as they were.
    const sample = sampleApplicant(random, now);
    return {
      entry, applicant: index < STATUS_WEIGHTS.length ? DEMO_CITIZEN : sample, submitted: filingTime(now, random, 75), path: pathTo(target, random),
      rejected: random.chance(0.1),
    };
  }).sort((a, b) => a.submitted.getTime() - b.submitted.getTime());

  const counters = new Map<string, number>();
  const byStatus = new Map<DossierStatus, string[]>();
  for (const plan of planned) {
    const { entry, applicant, submitted } = plan;
    const dayKey = `${entry.agencyIdentifier}|${formatDossierCode(entry.agencyIdentifier, submitted, 1)}`;
    const sequence = (counters.get(dayKey) ?? 0) + 1;
    counters.set(dayKey, sequence);
    const code = formatDossierCode(entry.agencyIdentifier, submitted, sequence);
    const files: { reference: FileReference & { id: string }; field: string; bytes: Buffer }[] = [];
    const answers = sampleAnswers(entry.form, applicant, random, submitted, (fieldId) => {
      const name = `${fieldId}-${files.length + 1}.pdf`;
      const bytes = scanPdf(`${entry.procedure.code} ${code} ${fieldId}`);
      const reference = { id: createHash('sha256').update(`${code}/${name}`).digest('base64url').slice(0, 22), name, size: bytes.length, mediaType: 'application/pdf' };
      files.push({ reference, field: fieldId, bytes });
      return reference;
    });

    // History: each move checked by core's workflow.
    const times = eventTimes(submitted, plan.path.length, now, random);
    const events: DossierEvent[] = [];
    let state: { status: DossierStatus } = { status: 'submitted' };
    for (const [index, to] of plan.path.entries()) {
      const applicantActs = to === 'withdrawn' || (state.status === 'supplement-requested' && to === statusAfterSupplement([...events]));
      const actor: Actor = applicantActs ? { kind: 'applicant', id: `applicant:${code}`, name: applicant.fullName } : random.pick(OFFICERS);
      const note = to === 'refused' ? 'Thủ tục không thuộc thẩm quyền giải quyết của cơ quan tiếp nhận.'
        : to === 'withdrawn' ? 'Tôi xin rút hồ sơ để bổ sung giấy tờ và nộp lại sau.'
          : to === 'stopped' ? 'Quá thời hạn bổ sung hồ sơ nhưng công dân không bổ sung.'
            : to === 'supplement-requested' ? 'Đề nghị công dân bổ sung, hoàn thiện hồ sơ.'
              : to === 'decided' ? (plan.rejected ? 'Hồ sơ không đáp ứng điều kiện theo quy định.' : 'Hồ sơ đủ điều kiện, đồng ý giải quyết.') : undefined;
      const moved = transition(state, to, { actor, at: times[index]!, ...(note ? { note } : {}) });
      events.push(moved.event);
      state = moved.state;
    }
    const updated = times.at(-1) ?? submitted;
    await tx.query(
      `INSERT INTO dossiers (code, procedure_code, status, version, form_version, channel, applicant, applicant_name, answers, submitted_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, 'online', $6::jsonb, $7, $8::jsonb, $9, $10)`,
      [code, entry.procedure.code, state.status, events.length + 1, entry.form.version, JSON.stringify(applicant), applicant.fullName,
        JSON.stringify(answers), submitted.toISOString(), updated.toISOString()],
    );
    for (const [index, event] of events.entries()) {
      await tx.query(
        'INSERT INTO dossier_events (dossier_code, seq, from_status, to_status, actor, at, note) VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7)',
        [code, index + 1, event.from, event.to, JSON.stringify(event.actor), event.at, event.note ?? null],
      );
    }
    for (const file of files) {
      const sha256 = createHash('sha256').update(file.bytes).digest('hex');
      await tx.query(
        `INSERT INTO uploads (id, name, media_type, size, received, status, sha256, dossier_code, created_at, expires_at)
         VALUES ($1, $2, 'application/pdf', $3, $3, 'complete', $4, $5, $6, $6)`,
        [file.reference.id, file.reference.name, file.bytes.length, sha256, code, submitted.toISOString()],
      );
      await tx.query('INSERT INTO upload_chunks (upload_id, start, data) VALUES ($1, 0, $2)', [file.reference.id, file.bytes]);
      await tx.query(
        `INSERT INTO dossier_attachments (dossier_code, id, name, size, media_type, sha256, field, added_at)
         VALUES ($1, $2, $3, $4, 'application/pdf', $5, $6, $7)`,
        [code, file.reference.id, file.reference.name, file.bytes.length, sha256, file.field, submitted.toISOString()],
      );
    }
    await seedRequests(tx, code, entry, events, plan.rejected, random);
    await refreshDossier(tx, code);
    byStatus.set(state.status, [...(byStatus.get(state.status) ?? []), code]);
  }
  for (const [key, last] of counters) {
    const [agency, sample] = key.split('|') as [string, string];
    const yymmdd = sample.slice(agency.length + 1, agency.length + 7);
    await tx.query(
      `INSERT INTO dossier_counters (agency, day, last) VALUES ($1, $2, $3)
       ON CONFLICT (agency, day) DO UPDATE SET last = GREATEST(dossier_counters.last, EXCLUDED.last)`,
      [agency, `20${yymmdd.slice(0, 2)}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`, last],
    );
  }
  return byStatus;
}

/** The supplement and fee requests and the result documents a history implies. */
async function seedRequests(tx: Queryable, code: string, entry: CatalogueEntry, events: readonly DossierEvent[], rejected: boolean, random: Random): Promise<void> {
  let supplements = 0;
  let fees = 0;
  for (const [index, event] of events.entries()) {
    const next = events[index + 1];
    if (event.to === 'supplement-requested') {
      supplements++;
      const answered = next !== undefined && next.actor.kind === 'applicant' && next.to !== 'withdrawn';
      const status = next === undefined ? 'open' : answered ? 'answered' : 'closed';
      await tx.query(
        `INSERT INTO supplement_requests (id, dossier_code, status, requested_at, requested_by, items, note, answered_at, answer)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7, $8, $9::jsonb)`,
        [`${code}-BS${supplements}`, code, status, event.at, JSON.stringify(event.actor), JSON.stringify([random.pick(SUPPLEMENT_ITEMS)]), event.note ?? null,
          answered ? next.at : null, answered ? JSON.stringify({ note: 'Đã bổ sung theo yêu cầu.', changedFields: [], attachmentIds: [] }) : null],
      );
    }
    if (event.to === 'fee-requested') {
      fees++;
      const charged = entry.procedure.fees.filter((f) => f.amount > 0).slice(0, 1).map((f) => ({ name: f.name, amount: f.amount }));
      const items = charged.length > 0 ? charged : [{ name: { vi: 'Phí thẩm định hồ sơ', en: 'Appraisal fee' }, amount: 50_000 }];
      const paid = next?.to === 'processing';
      await tx.query(
        `INSERT INTO fee_requests (id, dossier_code, status, requested_at, requested_by, fees, total, paid_at)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7, $8)`,
        [`${code}-LP${fees}`, code, next === undefined ? 'open' : paid ? 'paid' : 'closed', event.at, JSON.stringify(event.actor), JSON.stringify(items),
          items.reduce((sum, item) => sum + item.amount, 0), paid ? next.at : null],
      );
    }
    if (event.to === 'decided') {
      const names = rejected ? [REFUSAL_DOCUMENT] : entry.procedure.results.map((result) => result.name);
      for (const [n, name] of names.entries()) {
        const [row] = await tx.query<{ n: number }>("SELECT nextval('result_document_numbers')::int AS n");
        await tx.query(
          'INSERT INTO result_documents (id, dossier_code, name, number, outcome, issued_at) VALUES ($1, $2, $3::jsonb, $4, $5, $6)',
          [`${code}-KQ${n + 1}`, code, JSON.stringify(name), `${String(row!.n).padStart(4, '0')}/KQ-TTPVHCC`, rejected ? 'rejected' : 'approved', event.at],
        );
      }
    }
  }
}
