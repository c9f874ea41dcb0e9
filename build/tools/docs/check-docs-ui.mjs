// Opens the docs UI in headless Chromium as a user with no internet would, and fails on anything that needs it:
//   - /docs answers with its own Content-Security-Policy (the app's origin only, scripts by nonce);
//   - every request goes to the app's origin (any other is aborted, as offline, and reported), none fails, no CSP
//     violation and no script error happens;
//   - the v1 document shows sign-in (Auth) as its first tag and the login operation opens;
//   - the picker switches to v2, which shows its own routes with Auth first;
//   - no vendor link (its client, its site) is shown.
// Usage: node check-docs-ui.mjs <base-url> <login-summary>   (CHROMIUM: the browser, default /usr/bin/chromium)
import puppeteer from 'puppeteer-core';

const [baseUrl, loginSummary] = process.argv.slice(2);
const origin = new URL(baseUrl).origin;
const problems = [];
const EmptyFunctionProbe = 'CSP violation: script-src blocked eval sample="(function anonymous(\\n) {\\n\\n})"';
const requested = [];

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  // The sandbox needs user namespaces, which CI's root user in a container does not have.
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  await page.setRequestInterception(true);
  page.on('request', request => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return request.continue();
    requested.push(url);
    if (new URL(url).origin === origin) return request.continue();
    problems.push(`a request to another origin (aborted, as offline): ${url}`);
    return request.abort('internetdisconnected');
  });
  page.on('requestfailed', request => {
    if (new URL(request.url()).origin === origin) problems.push(`a failed request: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', response => {
    if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
  });
  page.on('pageerror', error => problems.push(`a script error: ${error.message}`));
  page.on('console', message => {
    // The UI's bundled zod asks once whether eval is allowed, by compiling an empty function, and works without it.
    if (message.text() === EmptyFunctionProbe) return;
    if (message.type() === 'error') problems.push(`a console error: ${message.text()}`);
  });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', event =>
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} sample=${JSON.stringify(event.sample)}`));
  });

  const docs = await page.goto(`${origin}/docs/`, { waitUntil: 'networkidle0' });
  const policy = docs.headers()['content-security-policy'] ?? '';
  if (!/(^|;)\s*default-src 'self'\s*(;|$)/.test(policy) || !/script-src 'self' 'nonce-[^']+'( 'report-sample')?\s*(;|$)/.test(policy)) {
    problems.push(`/docs does not send the docs' own Content-Security-Policy: "${policy}"`);
  }

  // v1: sign-in is the first tag, and the login operation opens.
  await expectFirstTag(page, 'Auth', 'v1');
  const login = await page.waitForSelector(`::-p-text(${loginSummary})`, { timeout: 15000 });
  await login.click();
  await page.waitForFunction(() => document.body.innerText.includes('/api/v1/auth/login'), { timeout: 15000 });

  // The picker switches to v2.
  const picker = await page.waitForSelector('::-p-text(Platform API v1)', { timeout: 15000 });
  await picker.click();
  const v2 = await page.waitForSelector('::-p-text(Platform API v2)', { timeout: 15000 });
  await v2.click();
  await page.waitForFunction(() => document.body.innerText.includes('/api/v2/projects'), { timeout: 15000 });
  await expectFirstTag(page, 'Auth', 'v2');
  if (!requested.includes(`${origin}/openapi/v2.json`)) problems.push('the v2 document was never read');

  const vendorLinks = await page.$$eval('a[href]', (links, own) => links
    .filter(link => link.checkVisibility() && !link.href.startsWith(own) && /scalar\.com/.test(new URL(link.href).hostname))
    .map(link => link.href), origin);
  for (const link of vendorLinks) problems.push(`a vendor link is shown: ${link}`);
  await page.screenshot({ path: process.env.DOCS_SCREENSHOT ?? 'generated/docs-ui.png' });
} catch (error) {
  problems.push(`the docs UI did not behave: ${error.message}`);
} finally {
  await browser.close();
}

console.log(`docs UI: ${requested.length} requests, all to ${origin}: ${requested.every(url => url.startsWith(origin))}`);
for (const problem of problems) console.error(`  ${problem}`);
process.exit(problems.length === 0 ? 0 : 1);

/** The sidebar lists the document's tags; the first one after the introduction must be `tag`. */
async function expectFirstTag(page, tag, version) {
  await page.waitForSelector(`::-p-text(${tag})`, { timeout: 15000 });
  const first = await page.evaluate(() => {
    const sidebar = document.querySelector('.t-doc__sidebar, aside, nav');
    const groups = [...(sidebar ?? document).querySelectorAll('li')]
      .map(item => item.querySelector('button, a')?.textContent?.trim())
      .filter(text => text && text !== 'Introduction' && text !== 'Models');
    return groups[0];
  });
  if (!first?.startsWith(tag)) problems.push(`${version}: the first tag in the sidebar is "${first}", not ${tag}`);
}
