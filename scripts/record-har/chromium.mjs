// Records a HAR of every planted route with headless Chromium, through Playwright's recorder
// (the DevTools protocol's Network events). Usage, from the repository root:
//   cargo run --example planted-server -- 18080 &
//   cargo run --example planted-server -- --routes > /tmp/routes.txt
//   (cd /tmp/pw && npm install playwright-core)   # and: apt-get install chromium
//   NODE_PATH=/tmp/pw/node_modules node scripts/record-har/chromium.mjs http://127.0.0.1:18080 /tmp/routes.txt tests/data/check/chromium.har
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
const require = createRequire(process.env.NODE_PATH + '/');
const { chromium } = require('playwright-core');

const [base, routesFile, out] = process.argv.slice(2);
const routes = readFileSync(routesFile, 'utf8').trim().split('\n').map((l) => l.split(' ').slice(0, 2));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext({ recordHar: { path: out, content: 'embed' } });
const page = await context.newPage();
await page.goto(base + '/done');
for (const [method, path] of routes) {
  // fetch() from the page: the browser sends it, the recorder writes what came back. A response
  // the browser rejects (a short body) is recorded as the browser saw it.
  await page.evaluate(async ([m, p]) => {
    try {
      const r = await fetch(p, { method: m, redirect: 'manual', body: m === 'POST' ? 'a=1' : undefined });
      await r.text();
    } catch (e) { /* recorded as failed */ }
  }, [method, path]);
}
await context.close();
await browser.close();
