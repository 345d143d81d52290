/**
 * What the tracker's browser tests share: the reference server (from the wtr plugin) with the demo
 * citizen signed in, the seeded dossier of each status, and reading the tracker as a person does.
 */
import { fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { executeServerCommand } from '@web/test-runner-commands';
import { createClient, type Dossier, type DossierSummary } from '@egov-kit/sdk';
import '../src/define/dossier-tracker.js';
import type { EgovDossierTracker } from '../src/features/dossier-tracker/dossier-tracker.js';
import type { EgovDossierLoadEvent, EgovLookupErrorEvent } from '../src/features/dossier-tracker/dossier-tracker.events.js';
import type { EgovTextField } from '../src/components/text-field/text-field.js';
import { coreReady } from './helpers.js';

// The seed files its first ten dossiers, one per status, in the name of the demo citizen, who
// signs in through the server's demo single sign-on.
export const DEMO_CITIZEN = { idNumber: '019188004217', phone: '0912000217', fullName: 'Hoàng Thị Thu Trang' };

/** The server the tests talk to, from another origin (CORS), as an agency's page does. */
export interface TrackerServer {
  apiBase: string;
  citizenToken: string;
  /** The demo citizen's dossier in `status`, with its details. */
  seeded(status: string): Promise<Dossier>;
  /** The demo citizen's dossier summaries by status. */
  byStatus: Map<string, DossierSummary>;
}

/**
 * The reference server's address. Its first start may seed a database for longer than a command's
 * 20 s: ask again (the plugin keeps one start under way).
 */
async function referenceServer(tries = 6): Promise<{ url: string }> {
  for (let i = 1; ; i++) {
    try {
      return await executeServerCommand<{ url: string }, undefined>('egov-reference-server');
    } catch (error) {
      if (i >= tries) throw error;
    }
  }
}

/** The server, the demo citizen's token and dossiers. */
export async function trackerServer(): Promise<TrackerServer> {
  const { url } = await referenceServer();
  const answer = await fetch(`${url}/sso/demo/token`, {
    method: 'POST', body: new URLSearchParams({ grant_type: 'password', username: DEMO_CITIZEN.idNumber, password: 'demo-citizen' }),
  });
  const citizenToken = ((await answer.json()) as { access_token: string }).access_token;
  const client = createClient({ baseUrl: url, auth: () => citizenToken });
  const byStatus = new Map<string, DossierSummary>();
  for await (const summary of client.applicant.list()) if (!byStatus.has(summary.status)) byStatus.set(summary.status, summary);
  return { apiBase: `${url}/api/v1`, citizenToken, byStatus, seeded: (status) => client.applicant.get(byStatus.get(status)!.code) };
}

/**
 * For one suite: the server, started before its tests (the first start may seed a database), and
 * this tab's kept tokens forgotten after each test, so each starts as a new visitor.
 */
export function trackerServerForThisSuite(): TrackerServer {
  let server: TrackerServer | undefined;
  before(async function startServer() {
    this.timeout(120_000);
    server = await trackerServer();
  });
  afterEach(() => sessionStorage.clear());
  const running = (): TrackerServer => {
    if (!server) throw new Error('the server is not running');
    return server;
  };
  return {
    get apiBase() { return running().apiBase; },
    get citizenToken() { return running().citizenToken; },
    get byStatus() { return running().byStatus; },
    seeded: (status) => running().seeded(status),
  };
}

/** The text a node shows, through shadow roots and slots, whitespace squashed. */
export function shown(node: Node): string {
  const parts: string[] = [];
  const walk = (at: Node) => {
    if (at.nodeType === Node.TEXT_NODE) parts.push(at.textContent ?? '');
    if (at.nodeName === 'STYLE' || at.nodeType === Node.TEXT_NODE) return;
    const children = at instanceof HTMLSlotElement ? at.assignedNodes({ flatten: true })
      : at instanceof Element && at.shadowRoot ? [...at.shadowRoot.childNodes] : [...at.childNodes];
    children.forEach(walk);
  };
  walk(node instanceof Element && node.shadowRoot ? node.shadowRoot : node);
  return parts.join('').replace(/\s+/g, ' ');
}

/** An element of the tracker's shadow root. */
export const part = <T extends Element = HTMLElement>(tracker: EgovDossierTracker, selector: string) => tracker.shadowRoot!.querySelector<T>(selector);

/** The button of the tracker whose text includes `text`. */
export const buttonWith = (tracker: EgovDossierTracker, text: string) =>
  [...tracker.shadowRoot!.querySelectorAll<HTMLElement>('egov-button, button')].find((b) => b.textContent!.replace(/\s+/g, ' ').includes(text));

/** The rows of the tracker's summary lists, key → value. */
export function rows(tracker: EgovDossierTracker): Record<string, string> {
  const lists = [...tracker.shadowRoot!.querySelectorAll('egov-summary-list')];
  return Object.fromEntries(lists.flatMap((list) => [...list.shadowRoot!.querySelectorAll('.row')]
    .map((row) => [row.querySelector('dt')!.textContent!.trim(), row.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim()])));
}

/** The history's titles, in the order shown. */
export const titles = (tracker: EgovDossierTracker) =>
  [...part(tracker, 'egov-timeline')!.shadowRoot!.querySelectorAll('[part="title"]')].map((t) => t.textContent);

/** A tracker on the test page, its texts loaded. */
export async function tracker(template: TemplateResult): Promise<EgovDossierTracker> {
  const element = await fixture<EgovDossierTracker>(template);
  await coreReady();
  await element.updateComplete;
  return element;
}

/** Types the code and the verifier and presses "Tra cứu"; resolves with the event that followed. */
export async function lookUp(element: EgovDossierTracker, code: string, verifier: string): Promise<EgovDossierLoadEvent | EgovLookupErrorEvent> {
  const fields = [part<EgovTextField>(element, 'egov-text-field[name="code"]')!, part<EgovTextField>(element, 'egov-text-field[name="verifier"]')!];
  fields[0]!.value = code;
  fields[1]!.value = verifier;
  await Promise.all(fields.map((field) => field.updateComplete));
  const outcome = Promise.race([oneEvent(element, 'egov-dossier-load'), oneEvent(element, 'egov-lookup-error')]);
  part<HTMLFormElement>(element, 'form.lookup')!.requestSubmit();
  const event = await outcome as unknown as EgovDossierLoadEvent | EgovLookupErrorEvent;
  await element.updateComplete;
  return event;
}

export { html };
