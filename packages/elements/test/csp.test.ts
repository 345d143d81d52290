/**
 * Every field under a strict Content-Security-Policy, as a CMS page of an agency may set it:
 * `default-src 'self'; style-src 'self'; script-src 'self'; require-trusted-types-for 'script'`.
 * The page (csp/page.ts) is bundled with esbuild, served from node:http with that header, and used
 * in Debian's Chromium through playwright-core: every field is filled in and the form submitted,
 * while any CSP violation, console error or page error fails the test. The same page shows that the
 * font stack renders every Vietnamese letter from one font (Chromium's own report of the fonts used).
 * (wtr cannot do this: its harness runs inline scripts.)
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..');
export const STRICT_CSP = "default-src 'self'; style-src 'self'; script-src 'self'; require-trusted-types-for 'script'";

const { chromiumPath, CHROMIUM_ARGS } = (await import(new URL('../../../scripts/chromium.mjs', import.meta.url).href)) as {
  chromiumPath(): string;
  CHROMIUM_ARGS: string[];
};

const INDEX = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>egov-kit: strict CSP</title>
<link rel="stylesheet" href="/themes/default.css">
<script type="module" src="/page.js"></script>
</head>
<body></body>
</html>`;

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.map': 'application/json' };

let out: string;
let server: Server;
let browser: Browser;
let page: Page;
let origin: string;
const problems: string[] = [];

async function violations(): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}

describe('strict Content-Security-Policy', () => {
  before(async () => {
    out = mkdtempSync(join(tmpdir(), 'egov-csp-'));
    await build({
      entryPoints: [join(here, 'csp/page.ts')], bundle: true, splitting: true, format: 'esm', outdir: out,
      platform: 'browser', target: 'es2022', conditions: ['egov-source', 'browser'], tsconfig: join(root, 'tsconfig.json'),
      logLevel: 'silent', sourcemap: false,
    });
    server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      const headers = { 'content-security-policy': STRICT_CSP, 'x-content-type-options': 'nosniff' };
      try {
        if (path === '/') {
          response.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(INDEX);
        } else if (path === '/favicon.ico') {
          response.writeHead(204, headers).end();
        } else if (path.startsWith('/themes/')) {
          response.writeHead(200, { ...headers, 'content-type': 'text/css' }).end(readFileSync(join(root, 'src', path)));
        } else {
          const file = join(out, path.replace(/^\/+/, ''));
          response.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
        }
      } catch {
        response.writeHead(404, headers).end();
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    // Instrumentation added by the browser (CDP), not by the page: the policy still applies to the page.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`);
      });
    });
  });

  after(async () => {
    await browser?.close();
    server?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('serves the page with the policy, and every field renders', async () => {
    const response = await page.goto(origin);
    assert.equal(response?.headers()['content-security-policy'], STRICT_CSP);
    await page.getByRole('button', { name: 'Nộp hồ sơ' }).waitFor();
    const undefinedTags = await page.evaluate(() => [...document.querySelectorAll('*')]
      .filter((e) => e.localName.startsWith('egov-') && !customElements.get(e.localName)).map((e) => e.localName));
    assert.deepEqual(undefinedTags, []);
    // Styles were applied (adopted style sheets are allowed by style-src 'self').
    const border = await page.locator('egov-text-field[name="fullName"] input').evaluate((input) => getComputedStyle(input).borderTopWidth);
    assert.equal(border, '2px');
    // The unit list, loaded lazily, arrives too.
    await page.locator('egov-address-field select#province:not([disabled])').waitFor();
  });

  it('shows every error of an empty form, and takes a whole application by keyboard and mouse', async () => {
    const submit = page.getByRole('button', { name: 'Nộp hồ sơ' });
    await submit.click();
    assert.equal(await page.locator('#result').textContent(), 'invalid');
    await page.getByText('Vui lòng nhập thông tin này.').first().waitFor();
    await page.getByText('Nhập số định danh cá nhân').first().waitFor();

    await page.getByRole('textbox', { name: 'Họ và tên' }).pressSequentially('Nguyễn Văn An');
    await page.getByRole('textbox', { name: 'Số định danh cá nhân (số căn cước)' }).pressSequentially('001095012345');
    await page.keyboard.press('Tab');
    await page.getByRole('textbox', { name: 'Số điện thoại di động' }).fill('0912345678');
    await page.getByRole('textbox', { name: 'Ngày', exact: true }).fill('9');
    await page.getByRole('textbox', { name: 'Tháng', exact: true }).fill('2');
    await page.getByRole('textbox', { name: 'Năm', exact: true }).fill('1990');
    await page.getByRole('textbox', { name: 'Lý do' }).pressSequentially('Cấp lại do mất');
    await page.getByRole('textbox', { name: 'Diện tích' }).fill('1.500,5');
    await page.getByRole('combobox', { name: 'Dân tộc' }).selectOption('tay');
    const agency = page.getByRole('combobox', { name: 'Cơ quan tiếp nhận' });
    await agency.pressSequentially('xây');
    await page.getByRole('option', { name: 'Sở Xây dựng' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('radio', { name: 'Trực tiếp' }).check();
    await page.getByRole('checkbox', { name: 'Giấy khai sinh' }).check();

    // The address: first through the old-address help, then the street.
    await page.getByText('Bạn chỉ biết địa chỉ cũ (trước ngày 01/07/2025)?').click();
    await page.getByRole('combobox', { name: 'Xã, phường, thị trấn hoặc tỉnh cũ' }).pressSequentially('duc xuan bac kan');
    await page.getByRole('option', { name: 'Phường Đức Xuân, Tỉnh Bắc Kạn' }).click();
    await page.getByRole('button', { name: 'Dùng Phường Đức Xuân, Tỉnh Thái Nguyên' }).click();
    await page.getByRole('textbox', { name: 'Số nhà, tên đường, thôn, xóm' }).fill('Số 5, tổ 3');

    await page.locator('egov-file-upload input[type="file"]').setInputFiles({ name: 'to-khai.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') });
    await page.getByText('Đã tải lên', { exact: false }).first().waitFor();
    await page.getByRole('checkbox', { name: 'Tôi cam đoan' }).check();

    await submit.click();
    const entries = JSON.parse((await page.locator('#result').textContent()) ?? '[]') as [string, string][];
    assert.deepEqual(entries, [
      ['sample', ''],
      ['fullName', 'Nguyễn Văn An'],
      ['cccd', '001095012345'],
      ['phone', '+84912345678'],
      ['dob', '1990-02-09'],
      ['reason', 'Cấp lại do mất'],
      ['area', '1500.5'],
      ['nation', 'tay'],
      ['agency', 'sxd'],
      ['way', 'office'],
      ['docs', 'b'],
      ['addr.provinceCode', '19'],
      ['addr.communeCode', '01840'],
      ['addr.street', 'Số 5, tổ 3'],
      ['files', 'id-to-khai.pdf'],
      ['agree', 'yes'],
      ['action', 'send'],
    ]);
  });

  it('opens a dialog that locks the page behind from scrolling, and unlocks it', async () => {
    const overflow = () => page.evaluate(() => getComputedStyle(document.documentElement).overflowY);
    await page.evaluate(() => (document.querySelector('egov-dialog') as HTMLElement & { show(): void }).show());
    await page.getByRole('dialog', { name: 'Xác nhận' }).waitFor();
    assert.equal(await overflow(), 'hidden');
    await page.keyboard.press('Escape');
    // The native `close` event, which unlocks, comes a task after the dialog closed.
    await page.waitForFunction(() => getComputedStyle(document.documentElement).overflowY !== 'hidden', undefined, { timeout: 5000 });
    assert.equal(await page.evaluate(() => document.documentElement.getAttribute('style') ?? ''), '');
  });

  it('switches language live under the policy', async () => {
    await page.evaluate(() => document.querySelector('main')!.setAttribute('lang', 'en'));
    await page.getByRole('combobox', { name: 'Province or city' }).waitFor();
    await page.getByRole('button', { name: 'Choose file' }).waitFor();
  });

  it('renders every Vietnamese letter from one font of the stack, with no fallback', async () => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root: tree } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    type DomNode = { nodeId: number; nodeName: string; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[] };
    const find = (node: DomNode, inSample: boolean): DomNode | undefined => {
      const attrs = node.attributes ?? [];
      const sample = inSample || (node.nodeName === 'EGOV-TEXT-FIELD' && attrs[attrs.indexOf('id') + 1] === 'font-sample');
      if (sample && node.nodeName === 'LABEL') return node;
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
        const found = find(child, sample);
        if (found) return found;
      }
      return undefined;
    };
    const label = find(tree as DomNode, false);
    assert.ok(label, 'the sample label is in the page');
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: label.nodeId });
    const stack = ['Segoe UI', 'Roboto', 'Noto Sans', 'DejaVu Sans', 'Helvetica Neue', 'Arial'];
    assert.equal(fonts.length, 1, `one font for every letter, got ${JSON.stringify(fonts)}`);
    assert.ok(stack.includes(fonts[0]!.familyName), `${fonts[0]!.familyName} is a font of the stack`);
    assert.ok(fonts[0]!.glyphCount >= 134, 'all the letters were drawn');
  });

  it('had no CSP violation, no console error and no page error', async () => {
    assert.deepEqual(await violations(), []);
    assert.deepEqual(problems, []);
  });
});
