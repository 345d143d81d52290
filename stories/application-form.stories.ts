import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { submitDossier } from '@egov-kit/sdk/dossiers';
import { getProcedure } from '@egov-kit/sdk/procedures';
import { createTransport, type Transport } from '@egov-kit/sdk/transport';
import '@egov-kit/elements/define/application-form';
import type { EgovApplicationForm } from '@egov-kit/elements';
import {
  discardDraft, loadDraft, newDraft, saveDraft, saveReceipt, type Draft,
} from '../packages/elements/src/features/application-form/draft-store.js';
import { buildSubmission, checkApplicant } from '../packages/elements/src/features/application-form/submission.js';
import { storyApiBase } from './support/reference-server.js';

/** Copies of a civil status record (the applicant, one step, the check page) and a death registration (two steps, an attachment). */
const COPIES = '2.000635';
const DEATH = '1.000656';

const applicant = { fullName: 'Nguyễn Thị Hạnh', idNumber: '019190012345', phone: '0912345678', email: '' };
const recordAnswers = { recordType: 'birth', personFullName: 'Nguyễn Minh Khôi', registrationYear: 2001, copies: 2 };
const deceasedAnswers = {
  deceasedFullName: 'Hoàng Văn Hùng', deceasedIdNumber: '019048012345', dateOfDeath: '2026-11-20',
  placeOfDeath: 'Bệnh viện Đa khoa Trung ương Thái Nguyên', relationship: 'child',
};

/** What a story renders: the procedure, the step, and the client (the story server's, or one that misbehaves). */
interface Loaded {
  procedure: string;
  step?: string;
  client?: Transport;
}

/** A draft on this device for `procedure`, as the person left it on `step` (nothing from an earlier story left). */
async function drafted(procedure: string, step: string, answers: Record<string, unknown>, withApplicant = true): Promise<Draft> {
  const earlier = await loadDraft(procedure);
  if (earlier) await discardDraft(earlier);
  const { form } = await getProcedure(createTransport({ baseUrl: storyApiBase }), procedure);
  const draft = newDraft(procedure, form.version, step);
  if (withApplicant) draft.applicant = { ...applicant };
  draft.answers = { ...answers };
  await saveDraft(draft);
  return draft;
}

const atStep = (procedure: string, step: string, answers: Record<string, unknown> = {}): Story => ({
  loaders: [async (): Promise<Loaded> => {
    await drafted(procedure, step, answers);
    return { procedure, step };
  }],
});

/** The story server's API, with `POST /dossiers` changed by `send` (a body the server refuses, a connection that drops). */
function clientWith(send: (request: Request) => Promise<Response>): Transport {
  return createTransport({
    baseUrl: storyApiBase, retry: false,
    fetch: (input, init) => {
      const request = new Request(input, init);
      return request.method === 'POST' && request.url.endsWith('/dossiers') ? send(request) : fetch(request);
    },
  });
}

/** Presses "Gửi hồ sơ" on the check page, once it is shown. */
async function send(canvasElement: HTMLElement): Promise<EgovApplicationForm> {
  const form = canvasElement.querySelector<EgovApplicationForm>('egov-application-form')!;
  let button: HTMLElement | null | undefined;
  for (let i = 0; i < 100 && !button; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    button = form.shadowRoot?.querySelector<HTMLElement>('form.step-form egov-button[type="submit"]');
  }
  button?.click();
  return form;
}

const meta: Meta = {
  title: 'Features/Application form',
  component: 'egov-application-form',
  tags: ['autodocs'],
  render: (_args, context: StoryContext) => {
    const loaded = (context.loaded ?? {}) as Partial<Loaded>;
    return html`<egov-application-form api-base=${storyApiBase} procedure=${loaded.procedure ?? COPIES} .client=${loaded.client}
      .step=${loaded.step ?? ''} track-href="/tra-cuu?ma={code}"></egov-application-form>`;
  },
};
export default meta;
type Story = StoryObj;

/** The first step: the procedure's information (agency, time in working days, fees, who may apply) and the applicant. */
export const Applicant: Story = {
  loaders: [async (): Promise<Loaded> => {
    await drafted(COPIES, 'nguoi-nop', {}, false);
    return { procedure: COPIES, step: 'nguoi-nop' };
  }],
};
/** A step of the procedure's own form: a select, text and numbers with their units. */
export const RecordStep = atStep(COPIES, 'su-kien');
/** A death registration's step about the deceased: an identifier, a date, a select. */
export const DeceasedStep = atStep(DEATH, 'nguoi-chet');
/** The attachments step: the death notice, uploaded with progress and resumed after a reload. */
export const AttachmentsStep = atStep(DEATH, 'giay-to', deceasedAnswers);
/** "Kiểm tra thông tin trước khi gửi": every answer with a change link, and the fee. */
export const CheckAnswers = atStep(COPIES, 'kiem-tra', recordAnswers);
/** Back after a reload or a closed tab: the draft is restored, said so, and can be discarded. */
export const RestoredDraft: Story = {
  loaders: [async (): Promise<Loaded> => {
    await drafted(COPIES, 'su-kien', { recordType: 'marriage', personFullName: 'Nguyễn Minh Khôi' });
    return { procedure: COPIES };
  }],
};
/**
 * Offline as the person sends: the form says so and keeps the application on the device; it goes
 * by itself when the connection returns, under the same idempotency key (never two dossiers).
 */
export const Offline: Story = {
  loaders: [async (): Promise<Loaded> => {
    await drafted(COPIES, 'kiem-tra', recordAnswers);
    return { procedure: COPIES, step: 'kiem-tra', client: clientWith(() => Promise.reject(new TypeError('Failed to fetch'))) };
  }],
  play: async ({ canvasElement }) => {
    // The browser says it is offline while the send fails, and online again once the form has heard.
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    const online = () => delete (navigator as { onLine?: boolean }).onLine;
    canvasElement.addEventListener('egov-submit-error', online, { once: true });
    await send(canvasElement);
  },
};
/** The server refuses an answer the page let through: the person is taken to its field, on its step, with the server's reason. */
export const ServerRejection: Story = {
  loaders: [async (): Promise<Loaded> => {
    await drafted(COPIES, 'kiem-tra', recordAnswers);
    const client = clientWith(async (request) => {
      const body = (await request.clone().json()) as { answers: Record<string, unknown> };
      return fetch(new Request(request, { body: JSON.stringify({ ...body, answers: { ...body.answers, copies: 5000 } }) }));
    });
    return { procedure: COPIES, step: 'kiem-tra', client };
  }],
  play: async ({ canvasElement }) => {
    await send(canvasElement);
  },
};
/** The receipt of a dossier filed on the story server: its code, the fee, the appointment date in working days, print and track. */
export const Receipt: Story = {
  loaders: [async (): Promise<Loaded> => {
    const api = createTransport({ baseUrl: storyApiBase });
    const detail = await getProcedure(api, COPIES);
    const draft = await drafted(COPIES, 'kiem-tra', recordAnswers);
    const { dossier } = await submitDossier(api, buildSubmission(detail.form, draft, checkApplicant(draft).applicant!), { idempotencyKey: draft.idempotencyKey });
    await saveReceipt({
      draftId: draft.id, procedureCode: COPIES, procedureName: detail.procedure.name, dossierCode: dossier.code, submittedAt: dossier.submittedAt,
      status: dossier.status, processingDays: detail.procedure.processingTime.workingDays,
      feeTotal: detail.procedure.fees.reduce((sum, fee) => sum + fee.amount, 0),
    });
    await discardDraft(draft);
    return { procedure: COPIES, step: 'bien-nhan' };
  }],
};
