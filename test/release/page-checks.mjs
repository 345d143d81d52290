/**
 * What the release proof checks on each page in Chromium, as a citizen would notice it: every tag
 * upgraded and drawn, Vietnamese texts (never a message key), the errors of an empty submission
 * in Vietnamese (core's texts load lazily), a province and a commune picked from the lazily
 * loaded unit list, a file chosen; and nothing broken: no console error, no failed request, no
 * uncaught exception, no Content-Security-Policy violation.
 */
const REQUIRED = 'Vui lòng nhập thông tin này.';
const TIMEOUT = 60_000;

/** Text a person sees in the page, through every open shadow root. */
function visibleTexts() {
  const texts = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE && node.textContent.trim()) texts.push(node.textContent.trim());
    if (node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT') return;
    if (node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(document.body);
  return texts;
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ tags: string[], form?: boolean, react?: boolean, chunksUnder?: string, shows?: string }} options
 * @param {(what: string) => void} report
 */
export async function checkPage(browser, url, options, report) {
  const page = await browser.newPage();
  const problems = [];
  // The browser asks every site for /favicon.ico; a page that has none is not broken.
  const favicon = (address) => new URL(address || 'about:blank').pathname === '/favicon.ico';
  page.on('console', (message) => message.type() === 'error' && !favicon(message.location().url) && problems.push(`console: ${message.text()} (${message.location().url})`));
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => response.status() >= 400 && !favicon(response.url()) && problems.push(`${response.status()} ${response.url()}`));
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const wait = (what, fn, arg) => page.waitForFunction(fn, arg, { timeout: TIMEOUT }).catch(() => {
    throw new Error(`${url}: ${what}${problems.length ? `\n  ${problems.join('\n  ')}` : ''}`);
  });
  try {
    await page.goto(url);
    await wait(`not every tag was upgraded and drawn (${options.tags.join(', ')})`, (tags) => tags.every((tag) => {
      const found = [...document.querySelectorAll(tag)];
      return customElements.get(tag) && found.length > 0 && found.every((el) => el.shadowRoot && el.shadowRoot.childNodes.length > 0);
    }), options.tags);
    report(`${options.tags.length} tag(s) upgraded and drawn: ${options.tags.join(', ')}`);
    if (options.tags.includes('egov-text-field')) {
      await wait('the text field does not show its label', () => document.querySelector('egov-text-field')?.shadowRoot?.textContent?.includes('Họ và tên'));
    }
    if (options.shows) {
      await wait(`the page does not show "${options.shows}"`, (text) => [...document.querySelectorAll('*')].some((el) => el.shadowRoot?.textContent?.includes(text)), options.shows);
      report(`shows "${options.shows}"`);
    }

    if (options.form) {
      await page.locator('#apply > egov-button').click();
      await wait('an empty submission shows no Vietnamese error', (text) => document.querySelector('egov-text-field')?.errorMessage === text
        && document.querySelector('egov-error-summary')?.shadowRoot?.textContent?.includes(text), REQUIRED);
      report(`an empty submission is stopped: "${REQUIRED}" on the field and in the error summary`);
      const province = page.locator('#apply egov-address-field #province');
      await wait('the province list never loaded', () => document.querySelector('egov-address-field')?.shadowRoot?.querySelector('#province:not([disabled])'));
      await province.selectOption('01');
      await page.locator('#apply egov-address-field #commune input').click();
      await page.keyboard.type('ba dinh');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await wait('the commune searched without accents was not picked', () => document.querySelector('egov-address-field')?.value?.communeCode === '00004');
      report('address: province 01 chosen, "ba dinh" found Phường Ba Đình in the lazily loaded unit list');
      await page.locator('#apply egov-file-upload input[type=file]').setInputFiles({ name: 'giay-khai-sinh.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%%EOF\n') });
      await wait('the chosen file is not listed', () => document.querySelector('egov-file-upload')?.shadowRoot?.textContent?.includes('giay-khai-sinh.pdf'));
      report('file upload: a chosen file is listed');
    }
    if (options.react) {
      await page.locator('#apply > egov-button').click();
      await wait('onEgovErrorChange never got the Vietnamese error', (text) => document.body.dataset.lastError === text, REQUIRED);
      report(`onEgovErrorChange got "${REQUIRED}"`);
    }
    if (options.chunksUnder) {
      const chunks = await page.evaluate((under) => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname)
        .filter((path) => path.startsWith(under) && path.endsWith('.js')), options.chunksUnder);
      if (chunks.length < 3) throw new Error(`${url}: expected the module and its lazy chunks under ${options.chunksUnder}, got ${chunks.join(', ')}`);
      report(`${chunks.length} modules fetched, all relative to the script: ${chunks.map((c) => c.slice(options.chunksUnder.length)).join(', ')}`);
    }
    const keys = (await page.evaluate(visibleTexts)).filter((text) => /^[a-zA-Z]+(?:\.[a-zA-Z0-9-]+)+$/.test(text));
    if (keys.length) throw new Error(`${url}: message keys shown instead of texts: ${keys.join(', ')}`);
    const violations = await page.evaluate(() => window.cspViolations);
    if (violations.length) problems.push(...violations.map((v) => `CSP violation: ${v}`));
    if (problems.length) throw new Error(`${url}:\n  ${problems.join('\n  ')}`);
  } finally {
    await page.close();
  }
}
