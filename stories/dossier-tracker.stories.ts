import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { DossierStatus } from '@egov-kit/core';
import type { DossierAccess } from '@egov-kit/core/contract';
import { createTransport } from '@egov-kit/sdk/transport';
import { lookupDossier } from '@egov-kit/sdk/tracking';
import { listApplicantDossiers } from '@egov-kit/sdk/applicant';
import '@egov-kit/elements/define/dossier-tracker';
import { seededDossiers, storyApiBase } from './support/reference-server.js';

/** The demo citizen of the reference server's seed (one dossier of each status) and the demo sign-on's password. */
const DEMO_CITIZEN = { idNumber: '019188004217', password: 'demo-citizen' };
const serverRoot = storyApiBase.replace(/\/api\/v1$/, '');

/** What a story opens: a dossier (code and the access token its lookup gave) or the demo citizen's sign-in. */
interface Loaded {
  code?: string;
  access?: DossierAccess;
  token?: string;
}

/** Looks `code` up with its seeded verifier, as a person would, for the access token the tracker opens it with. */
async function opened(code: string, verifier: string): Promise<Loaded> {
  const dossier = await lookupDossier(createTransport({ baseUrl: storyApiBase }), code, verifier);
  return { code, ...(dossier.access ? { access: dossier.access } : {}) };
}

/** The newest seeded dossier of `status`, opened. */
async function ofStatus(status: DossierStatus): Promise<Loaded> {
  const dossier = (await seededDossiers()).find((seeded) => seeded.status === status);
  if (!dossier) throw new Error(`the stories' server has no ${status} dossier`);
  return opened(dossier.code, dossier.phone);
}

/** The demo citizen's bearer token, as the national single sign-on gives it to the host page. */
async function signedIn(): Promise<string> {
  const answer = await fetch(`${serverRoot}/sso/demo/token`, {
    method: 'POST', body: new URLSearchParams({ grant_type: 'password', username: DEMO_CITIZEN.idNumber, password: DEMO_CITIZEN.password }),
  });
  if (!answer.ok) throw new Error(`the demo sign-on answered ${answer.status}`);
  return ((await answer.json()) as { access_token: string }).access_token;
}

/** One of the demo citizen's dossiers that is past its due date (the seed has several), opened with their sign-in. */
async function overdue(): Promise<Loaded> {
  const token = await signedIn();
  const api = createTransport({ baseUrl: storyApiBase, auth: () => token });
  for await (const summary of listApplicantDossiers(api)) {
    if (summary.overdue && summary.status !== 'returned') return { code: summary.code, token };
  }
  throw new Error('no overdue dossier among the demo citizen’s');
}

const meta: Meta = {
  title: 'Features/Dossier tracker',
  component: 'egov-dossier-tracker',
  tags: ['autodocs'],
  render: (_args, context: StoryContext) => {
    const loaded = (context.loaded ?? {}) as Loaded;
    return html`<egov-dossier-tracker api-base=${storyApiBase} .code=${loaded.code ?? ''} .access=${loaded.access} .token=${loaded.token ?? ''}
      payment-href="https://dichvucong.gov.vn/p/home/dvc-thanh-toan-truc-tuyen.html"></egov-dossier-tracker>`;
  },
};
export default meta;
type Story = StoryObj;

const status = (id: DossierStatus): Story => ({ loaders: [async () => ofStatus(id)] });

/** The lookup: the dossier code and the applicant's phone or ID number. */
export const Lookup: Story = {};
/** Mới đăng ký (1): filed online, not received yet; the deadline has not started. */
export const Submitted = status('submitted');
/** Được tiếp nhận (2): the deadline counts in working days from reception. */
export const Received = status('received');
/** Không được tiếp nhận (3): refused at intake, with the reason. */
export const Refused = status('refused');
/** Đang xử lý (4). */
export const Processing = status('processing');
/** Yêu cầu bổ sung giấy tờ (5): the clock is paused; the request is answered in place. */
export const SupplementRequestedStatus = status('supplement-requested');
/** Yêu cầu thực hiện nghĩa vụ tài chính (6): the fees to pay and how. */
export const FeeRequested = status('fee-requested');
/** Công dân yêu cầu rút hồ sơ (7): withdrawn by the applicant, who says so in the history. */
export const Withdrawn = status('withdrawn');
/** Dừng xử lý (8). */
export const Stopped = status('stopped');
/** Đã xử lý xong (9): decided; the result documents are issued. */
export const Decided = status('decided');
/** Đã trả kết quả (10). */
export const Returned = status('returned');
/** Past its due date: "Quá hạn N ngày làm việc" and the overdue tag. */
export const Overdue: Story = { loaders: [overdue] };
/** Paused: waiting for supplements since the day they were asked; the wait does not count. */
export const Paused = status('supplement-requested');
/** A request for supplements, with what the person typed before kept on the device and given back. */
export const SupplementRequested: Story = {
  loaders: [async () => {
    const loaded = await ofStatus('supplement-requested');
    const { writeDraft } = await import('../packages/elements/src/features/dossier-tracker/supplement-drafts.js');
    const dossier = await lookupDossier(createTransport({ baseUrl: storyApiBase }), loaded.code!, loaded.access!);
    const request = dossier.supplementRequests.find((r) => r.status === 'open');
    if (request) await writeDraft(dossier.code, request.id, { note: 'Tôi gửi bổ sung bản sao giấy khai sinh có chứng thực.', files: [] });
    return loaded;
  }],
};
/** The result is ready: its signed documents, to download (or to view, on a page with the signature viewer). */
export const ResultReady = status('decided');
/** Signed in through the single sign-on: the person's own dossiers, filtered and paged. */
export const SignedInList: Story = { loaders: [async () => ({ token: await signedIn() })] };
