// Loads every replica page in tests/pages/pages.json in headless Chromium (served at its real URL by request
// interception, as the end-to-end harness does) and checks the rules the pages must keep:
// no page errors, nothing requested from another host, every form with a same-host action and a method, every
// control with a name, every visible control with a Japanese label a scanner can find, data-kind values from the
// issue-5 list, and the h1 equal to the page's title in pages.json.
// Run: node tests/pages/check.mjs   (CHROMIUM_PATH overrides /usr/bin/chromium)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { generatedPage } from './bench/generate.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const PAGES = JSON.parse(readFileSync(join(HERE, 'pages.json'), 'utf8'));
/** A page's HTML: the committed file, or the benchmark page generated in memory. */
const bodyOf = (file) => generatedPage(file) ?? readFileSync(join(HERE, file), 'utf8');
const KINDS = [
  'katakana', 'fullwidth', 'halfwidth-alnum', 'postal-code', 'phone', 'email', 'era-date', 'year', 'yen', 'my-number',
  'etax-user-id', 'card-application-id', 'pin-signature', 'pin-user-auth', 'pin-resident-registry', 'pin-card-info',
  'alphabet-name', 'alias-name', 'name-order', 'address-block', 'building', 'relationship', 'head-of-household', 'bank-name',
  'bank-branch', 'account-number', 'account-holder-kana',
];
const PORTAL_HOSTS = {
  keisan: ['www.keisan.nta.go.jp'],
  etax: ['www.e-tax.nta.go.jp', 'clientweb.e-tax.nta.go.jp', 'login.e-tax.nta.go.jp', 'kaishi.e-tax.nta.go.jp'],
  mynaportal: ['myna.go.jp', 'faq.myna.go.jp'],
  mynumbercard: ['www.kojinbango-card.go.jp', 'net.kojinbango-card.go.jp'],
  jpki: ['www.jpki.go.jp', 'www2.jpki.go.jp'],
  immigration: ['www.ras-immi.moj.go.jp'],
};

function pageFor(url) {
  const u = new URL(url);
  return PAGES.find((p) => {
    const q = new URL(p.url);
    return q.host === u.host && q.pathname === u.pathname;
  });
}

/** Runs in the page: every problem found in the document, its same-origin frames and open shadow roots. */
function inspect(kinds) {
  const JA = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]/;
  const problems = [];
  const controls = [];
  const clean = (t) => (t || '').replace(/[\s\u3000]+/g, ' ').trim();
  const isControl = (el) =>
    el.localName === 'select' || el.localName === 'textarea' ||
    (el.localName === 'input' && !['hidden', 'submit', 'button', 'reset', 'image'].includes(el.type));
  const textOf = (el) => {
    let out = '';
    el.childNodes.forEach((n) => {
      if (n.nodeType === 3) out += n.textContent;
      else if (n.nodeType === 1 && !isControl(n) && !['script', 'style', 'option'].includes(n.localName)) out += ' ' + textOf(n);
    });
    return clean(out);
  };
  const rowHeader = (cell) => {
    let row = cell.parentElement;
    // Walk up through rows covered by a rowspan header.
    while (row && row.localName === 'tr') {
      const th = Array.from(row.cells).find((c) => c !== cell && c.localName === 'th' && textOf(c));
      if (th) return textOf(th);
      row = row.previousElementSibling;
    }
    return '';
  };
  // The header cell above the field's column (a list table labelled only by its column headers and row numbers).
  const columnHeader = (cell) => {
    const table = cell.closest('table');
    const headRow = table?.tHead?.rows[0];
    if (!headRow || cell.parentElement?.parentElement === table.tHead) return '';
    const index = Array.from(cell.parentElement.cells).indexOf(cell);
    const th = headRow.cells[index];
    return th ? textOf(th) : '';
  };
  const precedingText = (el, stop) => {
    let node = el;
    let parts = [];
    while (node && node !== stop) {
      let s = node.previousSibling;
      while (s) {
        if (s.nodeType === 1 && (isControl(s) || s.querySelector?.('input,select,textarea'))) return clean(parts.reverse().join(' '));
        const t = s.nodeType === 1 ? (['script', 'style', 'template'].includes(s.localName) ? '' : textOf(s)) : s.nodeType === 3 ? clean(s.textContent) : '';
        if (t) parts.push(t);
        s = s.previousSibling;
      }
      node = node.parentNode;
    }
    return clean(parts.reverse().join(' '));
  };
  const labelsOf = (el, root) => {
    const found = [];
    const add = (source, text) => { if (text && JA.test(text)) found.push(`${source}:${text}`); };
    const by = el.getAttribute('aria-labelledby');
    if (by) add('aria-labelledby', clean(by.split(/\s+/).map((id) => root.getElementById?.(id) ?? root.querySelector(`#${id}`)).filter(Boolean).map(textOf).join(' ')));
    Array.from(el.labels || []).forEach((l) => add('label', textOf(l)));
    add('aria-label', el.getAttribute('aria-label'));
    add('title', el.getAttribute('title'));
    const cell = el.closest('td,th');
    if (cell) { add('cell-text', precedingText(el, cell)); add('row-header', rowHeader(cell)); add('column-header', columnHeader(cell)); }
    const legend = el.closest('fieldset')?.querySelector(':scope > legend');
    if (legend) add('legend', textOf(legend));
    const dd = el.closest('dd');
    if (dd) { let dt = dd.previousElementSibling; while (dt && dt.localName !== 'dt') dt = dt.previousElementSibling; if (dt) add('dt', textOf(dt)); }
    const group = el.closest('[role=radiogroup],[role=group]');
    if (group) add('group', group.getAttribute('aria-label'));
    if (!cell) add('before', precedingText(el, el.parentElement?.parentElement ?? null));
    return found;
  };
  const visible = (el) => { const r = el.getClientRects(); return r.length > 0 && r[0].width > 0; };

  const visit = (root, where) => {
    const doc = root.ownerDocument || root;
    root.querySelectorAll('form').forEach((form) => {
      const action = form.getAttribute('action');
      const method = form.getAttribute('method');
      if (!action) problems.push(`${where}: form#${form.id} has no action`);
      else if (new URL(action, doc.location.href).host !== doc.location.host) problems.push(`${where}: form#${form.id} action leaves the host`);
      if (!method || !['get', 'post'].includes(method.toLowerCase())) problems.push(`${where}: form#${form.id} has no method`);
    });
    const ids = new Map();
    root.querySelectorAll('[id]').forEach((el) => ids.set(el.id, (ids.get(el.id) || 0) + 1));
    ids.forEach((n, id) => { if (n > 1) problems.push(`${where}: duplicate id ${id}`); });
    root.querySelectorAll('input,select,textarea,button').forEach((el) => {
      if (el.localName === 'button') return;
      if (!el.getAttribute('name')) problems.push(`${where}: ${el.localName}#${el.id} has no name`);
      const kind = el.getAttribute('data-kind');
      if (kind && !kinds.includes(kind)) problems.push(`${where}: #${el.id} unknown data-kind ${kind}`);
      if (!isControl(el)) return;
      const vis = visible(el);
      const labels = labelsOf(el, root);
      if (vis && labels.length === 0) problems.push(`${where}: visible ${el.localName}#${el.id || el.name} has no Japanese label`);
      controls.push({ where, id: el.id, name: el.getAttribute('name'), type: el.type, kind, visible: vis, labels });
    });
    root.querySelectorAll('*').forEach((el) => { if (el.shadowRoot) visit(el.shadowRoot, `${where} shadow(${el.localName})`); });
    root.querySelectorAll('iframe').forEach((frame) => {
      try { if (frame.contentDocument) visit(frame.contentDocument, `${where} iframe(${frame.getAttribute('src')})`); } catch { problems.push(`${where}: iframe not same-origin`); }
    });
  };
  visit(document, 'page');
  return { problems, controls, h1: clean(document.querySelector('h1')?.textContent) };
}

/** A valid My Number for tests (check digit computed, FACTS.md "Form conventions"); not a real person's number. */
function testMyNumber(first11) {
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += Number(first11[11 - n]) * (n <= 6 ? n + 1 : n - 5);
  const r = sum % 11;
  return first11 + String(r <= 1 ? 0 : 11 - r);
}

/** What to do on a page after the first check: [description, async (page) => problems[] ]. */
const INTERACTIONS = {
  'mynaportal/receiving-account.html': [
    ['the notices list arrives after 400 ms', async (page) => {
      const hasSelect = await page.evaluate(() => !!document.querySelector('#news select'));
      return hasSelect ? [] : ['the delayed notices did not appear'];
    }],
    ['the register button swaps the main content', async (page) => {
      await page.click('#startRegister');
      const ok = await page.evaluate(() => !!document.querySelector('#accountHolder') && location.pathname === '/receiving-account/register');
      return ok ? [] : ['clicking 公金受取口座を登録する did not show the form'];
    }],
  ],
  'keisan/kyuyo-gensen.html': [
    ['あり shows the insurance rows', async (page) => {
      await page.check('input[name="inOutDto.semeHknryoKojygkKsaUm"][value="1"]');
      await page.check('#gnsnUchgkUm');
      const ok = await page.isVisible('#semeHknryoKojygk') && await page.isVisible('#gnsnTyosyuZegkUchgk');
      return ok ? [] : ['conditional rows did not appear'];
    }],
  ],
};

/** Error pages: [submit button, texts that must appear when submitted empty, fill for a valid submit, action path]. */
const VALIDATION = {
  'keisan/mynumber.html': ['#next', ['マイナンバーを入力してください。'], async (page) => {
    const n = testMyNumber('12345678901');
    await page.fill('#honninMyno1', n.slice(0, 4)); await page.fill('#honninMyno2', n.slice(4, 8)); await page.fill('#honninMyno3', n.slice(8));
    await page.fill('#hagsyMyno', '123456789012');
  }, '/r7/syotoku/taS040a10_doNext', ['入力された配偶者のマイナンバーに誤りがあります']],
  'mynumbercard/application-id.html': ['#kakunin', ['申請書IDを入力してください。', '利用規約に同意してください。'], async (page) => {
    await page.fill('#shinseishoId', '12345678901234567890123'); await page.fill('#mailName', 'ヤマダ タロウ');
    await page.fill('#mailAddress', 'taro@example.jp'); await page.fill('#mailAddressKakunin', 'taro@example.jp');
    await page.fill('#gazoNinsho', '47291'); await page.check('#kiyaku');
  }, '/SS_SERVICE_OUT/FA01S002Action.do'],
  'mynumbercard/pin-setting.html': ['#kakunin', ['利用者証明用電子証明書の暗証番号は数字4桁で入力してください。'], async (page) => {
    for (const [id, v] of [['pinShomei', 'ABC123'], ['pinRiyosha', '1357'], ['pinJuki', '1357'], ['pinKenmen', '1357']]) {
      await page.fill(`#${id}`, v); await page.fill(`#${id}2`, v);
    }
  }, '/kofushinsei/ansho-settei/confirm'],
  'jpki/password-change.html': ['#change', ['現在のパスワードを入力してください。'], async (page) => {
    await page.fill('#signCurrent', 'OLD123'); await page.fill('#signNew', 'NEW456'); await page.fill('#signNew2', 'new456');
  }, '/procedure/password/change/execute'],
  'immigration/uketori.html': ['#next', ['郵便番号を入力してください。', '受領官署を選択してください。'], async (page) => {
    await page.fill('#zip', '100-8919'); await page.fill('#city', '千代田区'); await page.fill('#banchi', '霞が関１－１－１');
    await page.selectOption('#kansho', '310'); await page.fill('#mail', 'a@example.jp'); await page.fill('#mail2', 'a@example.jp');
    await page.check('#ishiKakunin');
  }, '/WC01/WCDAS050/ras', ['郵便番号を半角数字7桁で入力してください。']],
};

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext();
const offHost = [];
let failures = 0;
await context.route(/^https?:/, (route) => {
  const url = route.request().url();
  const page = pageFor(url);
  if (page) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: bodyOf(page.file) });
  return route.fulfill({ status: 404, contentType: 'text/html', body: '<!doctype html><title>404</title>' });
});

const verbose = process.argv.includes('--verbose');
const kindCount = {};
for (const entry of PAGES) {
  const problems = [];
  if (!PORTAL_HOSTS[entry.portal]?.includes(new URL(entry.url).host)) problems.push(`url host not a ${entry.portal} host`);
  if (new URL(entry.url).protocol !== 'https:') problems.push('url is not https');
  const html = bodyOf(entry.file);
  if (/\b(src|href)\s*=\s*["']?(https?:)?\/\//i.test(html) || /@import|url\(\s*["']?(https?:)?\/\//i.test(html)) problems.push('references another origin');
  if (/<(script|link|img)[^>]+(src|href)=["'](?!#)/i.test(html.replace(/<iframe[^>]*>/g, ''))) problems.push('loads an external script, stylesheet or image');
  if (entry.frame) {
    if (verbose) console.log(`- ${entry.file}: frame page, checked through its parent`);
    continue;
  }
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol.startsWith('http') && u.host !== new URL(entry.url).host) offHost.push(`${entry.file}: ${r.url()}`);
  });
  const response = await page.goto(entry.url);
  if (response?.status() !== 200) problems.push(`status ${response?.status()}`);
  await page.waitForTimeout(600);
  for (const [what, act] of INTERACTIONS[entry.file] ?? []) {
    const found = await act(page);
    if (verbose) console.log(`     interaction: ${what}: ${found.length ? 'FAILED' : 'ok'}`);
    problems.push(...found);
  }
  await page.waitForTimeout(100);
  const result = await page.evaluate(inspect, KINDS);
  problems.push(...result.problems, ...errors);
  if (result.h1 !== entry.title) problems.push(`h1 "${result.h1}" differs from title "${entry.title}"`);
  for (const c of result.controls) if (c.kind) kindCount[c.kind] = (kindCount[c.kind] || 0) + 1;
  const visibleCount = result.controls.filter((c) => c.visible).length;
  const validation = VALIDATION[entry.file];
  if (validation) {
    const [button, expected, fill, action, partial] = validation;
    const posts = [];
    page.on('request', (r) => { if (r.method() === 'POST') posts.push(new URL(r.url()).pathname); });
    await page.click(button);
    await page.waitForTimeout(100);
    const shown = await page.evaluate(() => Array.from(document.querySelectorAll('[role=alert]')).filter((e) => !e.hidden).map((e) => e.textContent).join(' '));
    for (const text of expected) if (!shown.includes(text)) problems.push(`after an empty submit, no error "${text}" at the top`);
    const nearFields = await page.evaluate(() => document.querySelectorAll('form .error-msg, form .errorText, form .err, form .fieldError').length);
    if (nearFields === 0) problems.push('after an empty submit, no error next to the fields');
    if (posts.length) problems.push('an invalid form was submitted');
    await fill(page);
    if (partial) {
      await page.click(button);
      await page.waitForTimeout(100);
      const again = await page.evaluate(() => document.querySelector('[role=alert]')?.textContent ?? '');
      for (const text of partial) if (!again.includes(text)) problems.push(`no error "${text}" for a bad value`);
      // fix the deliberately bad values, then submit for real
      if (entry.file === 'keisan/mynumber.html') await page.fill('#hagsyMyno', testMyNumber('98765432109'));
      if (entry.file === 'immigration/uketori.html') await page.fill('#zip', '1008919');
    }
    // (jpki/password-change: the confirmation is typed in lowercase, so a post also proves lowercase is accepted.)
    await Promise.all([page.waitForRequest((r) => r.method() === 'POST', { timeout: 3000 }).catch(() => null), page.click(button)]);
    await page.waitForTimeout(200);
    if (!posts.includes(action)) problems.push(`a valid form did not post to ${action} (posted: ${posts.join(', ') || 'nothing'})`);
    if (verbose) console.log(`     validation: errors shown, then posted to ${posts.join(', ')}`);
  }
  failures += problems.length;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${entry.file} (${result.controls.length} controls, ${visibleCount} visible)`);
  for (const p of problems) console.log(`     ${p}`);
  if (verbose) for (const c of result.controls) console.log(`     ${c.visible ? ' ' : 'h'} ${c.where} ${c.name} [${c.kind ?? ''}] ${c.labels.join(' | ')}`);
  await page.close();
}
for (const r of offHost) { console.log(`FAIL request to another host: ${r}`); failures++; }
const missing = KINDS.filter((k) => !kindCount[k]);
console.log(`data-kind counts: ${JSON.stringify(kindCount)}`);
if (missing.length) { console.log(`FAIL kinds with no field: ${missing.join(', ')}`); failures++; }
await browser.close();
process.exit(failures ? 1 : 0);
