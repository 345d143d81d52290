/**
 * What the end-to-end tests run against: the demo portal built from source into a temporary folder,
 * the real reference server serving it (embedded database in a fresh temporary folder, seeded, on a
 * free port), a staff client of the SDK for the back office's moves, and Debian's Chromium driven by
 * playwright-core, with every CSP violation, console error and page error written down. Below them,
 * the few moves every test makes as a citizen would (by role and visible name, never by CSS class).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { build } from 'vite';
import { startServer, type RunningServer } from '@egov-kit/reference-server';
import { createClient, type Client, type Dossier } from '@egov-kit/sdk';
import { verifyPdf, type VerificationReport } from '@egov-kit/signature';

const root = fileURLToPath(new URL('../..', import.meta.url));

const { chromiumPath, CHROMIUM_ARGS } = (await import(new URL('../../scripts/chromium.mjs', import.meta.url).href)) as {
  chromiumPath(): string;
  CHROMIUM_ARGS: string[];
};

/** The server with the portal, and a staff client. */
export interface Portal {
  origin: string;
  server: RunningServer;
  staff: Client;
  close(): Promise<void>;
}

/** The reference server (embedded database in `work`, seeded) and a staff client of it. */
export async function startSeededServer(work: string, { portalDir, seedDossiers = 60 }: { portalDir?: string; seedDossiers?: number } = {}) {
  // The embedded database, whatever DATABASE_URL the shell has. Every test submits from the same
  // loopback address, so the per-address submission limit is lifted.
  const server = await startServer(
    { host: '127.0.0.1', port: 0, dataDir: join(work, 'data'), ...(portalDir ? { portalDir } : {}), logLevel: 'silent', seedDossiers, submissionLimit: 100_000 },
    { ...process.env, DATABASE_URL: '' },
  );
  const staff = createClient({
    baseUrl: server.url, auth: { clientId: 'demo-staff', clientSecret: server.config.demoStaffSecret }, retry: false,
  });
  return { server, staff };
}

/**
 * Builds the portal and starts the server on it. `seedDossiers` is smaller than the server's default
 * (the first ten cover every status, the rest include dossiers with signed results) to start faster.
 */
export async function startPortal({ seedDossiers = 60 } = {}): Promise<Portal> {
  const work = mkdtempSync(join(tmpdir(), 'egov-e2e-'));
  const portalDir = join(work, 'portal');
  await build({ root: join(root, 'packages/demo-portal'), logLevel: 'silent', build: { outDir: portalDir, emptyOutDir: true } });
  const { server, staff } = await startSeededServer(work, { portalDir, seedDossiers });
  return {
    origin: server.url, server, staff,
    close: async () => {
      await server.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/** A browser whose pages report every CSP violation, console error and page error into `problems`. */
export interface Session {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  problems: string[];
  /**
   * While set, console errors matching `pattern` are ones the test causes on purpose (a request it
   * cuts off: {@link CUT_OFF}; a lookup the server refuses: {@link NOT_FOUND}) and are not problems.
   */
  expectConsoleErrors(pattern: RegExp | undefined): void;
  /** A new context and page (empty storage, as another person's browser), instrumented the same way. */
  freshPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Chromium's console line for a request the test aborted. */
export const CUT_OFF = /^Failed to load resource: net::ERR_FAILED$/;
/** Chromium's console line for an API answer 404 (an unknown dossier, a wrong verifier). */
export const NOT_FOUND = /^Failed to load resource: the server responded with a status of 404/;

export async function openBrowser(viewport = { width: 1100, height: 900 }): Promise<Session> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const problems: string[] = [];
  let expected: RegExp | undefined;

  const open = async () => {
    const context = await browser.newContext({ viewport, locale: 'vi-VN' });
    // Instrumentation added by the browser (CDP), not by the page: the page's policy still applies to it.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`);
      });
    });
    const page = await context.newPage();
    // The machine is slow and shared, but a step that takes this long is a failure, not a wait.
    page.setDefaultTimeout(15_000);
    page.on('console', (message) => {
      if (message.type() !== 'error' || expected?.test(message.text())) return;
      problems.push(`console on ${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error on ${page.url()}: ${error.message}`));
    return { context, page };
  };

  const session: Session = {
    browser, ...(await open()), problems,
    expectConsoleErrors: (pattern) => (expected = pattern),
    freshPage: async () => {
      await session.context.close();
      Object.assign(session, await open());
      return session.page;
    },
    close: () => browser.close(),
  };
  return session;
}

/** The portal and a browser, started side by side; when one fails, the other is stopped. */
export async function startAll(): Promise<[Portal, Session]> {
  const [portal, session] = await Promise.allSettled([startPortal(), openBrowser()]);
  if (portal.status === 'fulfilled' && session.status === 'fulfilled') return [portal.value, session.value];
  if (portal.status === 'fulfilled') await portal.value.close();
  if (session.status === 'fulfilled') await session.value.close();
  throw portal.status === 'rejected' ? portal.reason : (session as PromiseRejectedResult).reason;
}

/** For one test file: the portal and a browser, started before its tests and stopped after them. */
export function portalForThisFile(): { readonly portal: Portal; readonly session: Session } {
  let started: [Portal, Session] | undefined;
  before(async () => {
    started = await startAll();
  });
  after(async () => {
    await started?.[1].close();
    await started?.[0].close();
  });
  const running = () => started ?? assert.fail('the portal is not running');
  return { get portal() { return running()[0]; }, get session() { return running()[1]; } };
}

/** A small but real PDF (the upload service checks the first bytes). */
export function pdfFile(name: string): { name: string; mimeType: string; buffer: Buffer } {
  const body = '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n';
  return { name, mimeType: 'application/pdf', buffer: Buffer.from(body, 'latin1') };
}

// —— what a citizen does ——

/** A person applying: valid identifiers (CCCD of someone born in Thái Nguyên, 019, in 1990; a Viettel mobile). */
export interface Person {
  fullName: string;
  idNumber: string;
  phone: string;
}

export const person = (fullName: string, phone = '0912345678', idNumber = '019090012345'): Person => ({ fullName, idNumber, phone });

/** The text box labelled exactly `name` (fields live in shadow roots; roles reach into them). */
export const textbox = (page: Page, name: string): Locator => page.getByRole('textbox', { name, exact: true });

/** A button by its exact visible name. */
export const button = (page: Page, name: string): Locator => page.getByRole('button', { name, exact: true });

/** The page's level-1 heading with this text, once shown. */
export async function heading(page: Page, name: string | RegExp): Promise<Locator> {
  const found = page.getByRole('heading', { level: 1, name, exact: typeof name === 'string' });
  await found.waitFor();
  return found;
}

/** Fills the applicant step (labels as the portal shows them in Vietnamese). */
export async function fillApplicant(page: Page, who: Person): Promise<void> {
  await textbox(page, 'Họ, chữ đệm và tên').fill(who.fullName);
  await textbox(page, 'Số định danh cá nhân (số căn cước)').fill(who.idNumber);
  await textbox(page, 'Số điện thoại di động').fill(who.phone);
}

/** The rows of the summary lists in `scope`, key → value as shown (lines joined by a space). */
export async function summaryRows(scope: Locator): Promise<Record<string, string>> {
  const rows = await scope.locator('egov-summary-list').evaluateAll((lists) => lists.flatMap((list) => [...list.shadowRoot!.querySelectorAll('.row')]
    .map((row) => [row.querySelector('dt')!.innerText, row.querySelector('dd')!.innerText])));
  return Object.fromEntries(rows.map((row) => row.map((text) => text.replace(/\s+/g, ' ').trim())));
}

/** The text `locator`'s element shows, through shadow roots and slots (`innerText` stops at a shadow root). */
export async function shownText(locator: Locator): Promise<string> {
  // A loop, not a recursive helper: the bundler would name it with a function the page lacks.
  const text = await locator.evaluate((element) => {
    const parts: string[] = [];
    const stack: Node[] = [element];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      if (node.nodeName === 'STYLE' || node.nodeType === Node.TEXT_NODE) continue;
      const children = node instanceof HTMLSlotElement ? node.assignedNodes({ flatten: true })
        : node instanceof Element && node.shadowRoot ? [...node.shadowRoot.childNodes] : [...node.childNodes];
      stack.push(...[...children].reverse());
    }
    return parts.join('');
  });
  return text.replace(/\s+/g, ' ').trim();
}

/** Whether `locator`'s element has focus (looking through shadow roots). */
export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === element;
  });
}

// —— what the back office and the engine say ——

/** The dossiers of `procedure` filed since `since` by `applicantName`, as the staff list has them. */
export async function dossiersOf(portal: Portal, procedure: string, applicantName: string, since: Date): Promise<string[]> {
  const codes: string[] = [];
  for await (const dossier of portal.staff.staff.list({ procedure, since: since.toISOString() })) {
    if (dossier.applicantName === applicantName) codes.push(dossier.code);
  }
  return codes;
}

/** A seeded dossier in `status` (with result documents if asked), as staff see it. */
export async function seededDossier(portal: Portal, status: Dossier['status'], withDocuments = false): Promise<Dossier> {
  for await (const summary of portal.staff.staff.list({ status })) {
    const dossier = await portal.staff.staff.get(summary.code);
    if (!withDocuments || dossier.documents.length > 0) return dossier;
  }
  throw new Error(`No seeded dossier is ${status}${withDocuments ? ' with a result document' : ''}`);
}

/** A canonical phone (`+84912345678`) as people type it (`0912345678`). */
export const nationalPhone = (phone: string): string => phone.replace(/^\+84/, '0');

/** What the signature engine (in Node) reports on `bytes` with the server's trust list, as served. */
export async function engineReport(portal: Portal, bytes: Uint8Array): Promise<VerificationReport> {
  return verifyPdf(bytes, { locale: 'vi', trustList: await portal.staff.documents.trustList() });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.2 AA violations on the page now (run in the page, outside its policy). */
export async function violations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}
