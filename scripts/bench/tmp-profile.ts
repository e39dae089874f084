import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { respondFor, replica } from '../../tests/e2e/harness/pages';
import { BUILDS, chromiumPath } from '../../tests/e2e/harness/paths';
const context = await chromium.launchPersistentContext(mkdtempSync('/tmp/prof-'), { executablePath: chromiumPath(), headless: true,
  args: [`--disable-extensions-except=${BUILDS.chromium}`, `--load-extension=${BUILDS.chromium}`, '--no-sandbox', '--disable-gpu'] });
await context.route(/^https?:/, (r) => { const x = respondFor(r.request().url()); return r.fulfill({ status: x.status, contentType: x.contentType, body: x.body }); });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto(replica('bench/fields-3000.html').url, { waitUntil: 'load' });
await new Promise(r => setTimeout(r, 9000));
const { profile } = await cdp.send('Profiler.stop');
const self = new Map<string, number>();
const dt = profile.timeDeltas!; const samples = profile.samples!;
const byId = new Map(profile.nodes.map(n => [n.id, n]));
for (let i = 0; i < samples.length; i++) { const n = byId.get(samples[i]!)!; const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000); }
console.log([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(0)}ms ${k}`).join('\n'));
await context.close();
