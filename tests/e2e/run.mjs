// End-to-end tests of the built app (dist/) in Debian's headless Chromium, driven by
// playwright-core. Each test gets a fresh browser context (empty storage). Any page
// error or console error fails the test. Screenshots go to target/screenshots/.
//
//   node tests/e2e/run.mjs [DIST]       (scripts/test.sh builds dist/ first)
//
// The last line is "e2e: N passed, N failed"; the exit status is 1 if any failed.

import { chromium } from 'playwright-core';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const dist = path.resolve(process.argv[2] || path.join(root, 'dist'));
const shots = path.join(root, 'target/screenshots');
fs.mkdirSync(shots, { recursive: true });
// Screenshots of failures belong to one run: those of earlier runs are removed.
for (const f of fs.readdirSync(shots)) if (f.startsWith('failed-')) fs.rmSync(path.join(shots, f));
const fixture = (name) => fs.readFileSync(path.join(root, 'tests/fixtures', name), 'utf8');
const SEED = fixture('CMW_C_SR.464.md');
const OTHER = fixture('web/CRC_C_SR.1845.excerpt.txt');
// The UN's PDFs are read in place from the shared corpus, never copied.
const corpus = path.resolve(process.env.RECORDLINE_CORPUS || path.join(root, '../shared/corpus'));

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json', '.txt': 'text/plain', '.md': 'text/markdown', '.webmanifest': 'application/manifest+json' };

// Host pages made up by the tests, served beside the app.
const virtual = {
  '/test-host-bad-src.html': '<!DOCTYPE html><html lang="en"><head><title>Host</title><link rel="icon" href="data:,"></head><body>' +
    '<div data-recordline data-src="no/such/record.txt"></div><script type="module" src="recordline-embed.js"></script></body></html>',
  '/test-host-library.html': '<!DOCTYPE html><html lang="en"><head><title>Host</title><link rel="icon" href="data:,"></head><body>' +
    '<div data-recordline data-library data-src="examples/records/CMW_C_SR.464.txt"></div><script type="module" src="recordline-embed.js"></script></body></html>',
  '/test-host-iframe.html': '<!DOCTYPE html><html lang="en"><head><title>Host</title><link rel="icon" href="data:,">' +
    '<script>window.msgs = []; addEventListener("message", (e) => window.msgs.push(e.data));</script></head><body>' +
    '<iframe id="f" style="width:800px;height:600px" title="record" src="index.html?embed=1&src=examples/records/CMW_C_SR.464.txt#p23"></iframe></body></html>',
  // A host on another origin (localhost, the app being on 127.0.0.1) that lists `?listed=` as allowed.
  '/test-host-iframe-origin.html': '<!DOCTYPE html><html lang="en"><head><title>Host</title><link rel="icon" href="data:,">' +
    '<script>window.msgs = []; addEventListener("message", (e) => window.msgs.push(e.data));</script></head><body><script>' +
    'const f = document.createElement("iframe"); f.id = "f"; f.title = "record"; f.style.cssText = "width:800px;height:600px";' +
    'const listed = new URLSearchParams(location.search).get("listed");' +
    'f.src = "http://127.0.0.1:" + location.port + "/index.html?embed=1&origin=" + encodeURIComponent(listed) + "&src=examples/records/CMW_C_SR.464.txt";' +
    'document.body.appendChild(f);</script></body></html>',
  // A viewer embedded in French by a host page (data-lang).
  '/test-host-lang.html': '<!DOCTYPE html><html lang="fr"><head><title>Hôte</title><link rel="icon" href="data:,"></head><body>' +
    '<div data-recordline data-lang="fr" data-src="examples/records/CMW_C_SR.464.txt"></div><script type="module" src="recordline-embed.js"></script></body></html>',
};

function serve(dir) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (virtual[url.pathname]) {
      res.writeHead(200, { 'content-type': TYPES[path.extname(url.pathname)] || 'text/html' }).end(virtual[url.pathname]);
      return;
    }
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) { res.writeHead(404).end('not found'); return; }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const server = await serve(dist);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

function assert(cond, msg) { if (!cond) throw new Error(msg); }
function eq(a, b, msg) { if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${msg}: expected ${JSON.stringify(b)}, got ${JSON.stringify(a)}`); }

async function open(context, url = base) {
  const page = await context.newPage();
  page.errors = [];
  page.requests = [];
  page.on('request', (r) => page.requests.push(r.url()));
  page.on('pageerror', (e) => page.errors.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (process.env.E2E_DEBUG) console.log('  console:', m.text().slice(0, 200)); if (m.type() === 'error') page.errors.push(`console error: ${m.text()}`); });
  await page.goto(url);
  await page.waitForSelector('[data-turn]');
  return page;
}

const symbol = (page) => page.locator('#rl-symbol').textContent();
const turns = (page) => page.locator('[data-turn]').count();
const message = (page) => page.locator('[data-message]').textContent();

async function paste(page, text) {
  await page.fill('#rl-paste', text);
  await page.click('text=Read pasted text');
}

const tests = [];
const test = (name, fn, options = {}) => tests.push({ name, fn, options });

test('the sample loads on a first visit, with a note', async (page) => {
  eq(await symbol(page), 'CMW/C/SR.464', 'symbol');
  eq(await turns(page), 20, 'turns');
  assert((await message(page)).includes('This is a sample'), 'sample note');
});

test('pasting the seed gives 20 turns and the four events with their times', async (page) => {
  await paste(page, OTHER);
  eq(await symbol(page), 'CRC/C/SR.1845', 'another record first');
  await paste(page, SEED);
  eq(await symbol(page), 'CMW/C/SR.464', 'symbol');
  eq(await turns(page), 20, 'turns');
  const events = await page.$$eval('[data-event]', (els) => els.map((e) => [e.dataset.event, e.dataset.time]));
  eq(events, [['opened', '15:10'], ['suspended', '16:30'], ['resumed', '16:55'], ['rose', '18:00']], 'events');
  const sides = await page.$$eval('[data-turn]', (els) => els.slice(0, 3).map((e) => [e.dataset.speaker, e.dataset.side]));
  eq(sides, [['The Chair', 'chair'], ['Mr. Huseynov', 'delegation'], ['Mr. Kariyawasam', 'member']], 'first turns');
});

test('the suspension band shows both times and the length', async (page) => {
  const band = await page.locator('.rl-suspension').textContent();
  assert(band.includes('4.30 p.m.') && band.includes('4.55 p.m.') && band.includes('25 min'), `band: ${band}`);
});

test('expand all, collapse all, one turn, and the keyboard', async (page) => {
  await page.click('text=Expand all');
  eq(await page.locator('.rl-disclose[aria-expanded="true"]').count(), 20, 'all expanded');
  assert(await page.locator('#p23').isVisible(), 'paragraph 23 visible');
  await page.click('text=Collapse all');
  eq(await page.locator('.rl-disclose[aria-expanded="true"]').count(), 0, 'all collapsed');
  assert(!(await page.locator('#p23').isVisible()), 'paragraph 23 hidden');
  const first = page.locator('[data-turn="1"] .rl-disclose');
  eq(await first.getAttribute('aria-controls'), 'tb1', 'aria-controls');
  await first.click();
  eq(await first.getAttribute('aria-expanded'), 'true', 'one expanded');
  assert(await page.locator('#p3').isVisible(), 'its paragraphs show');
  await first.focus();
  await page.keyboard.press('Enter');
  eq(await first.getAttribute('aria-expanded'), 'false', 'Enter collapses');
  await page.keyboard.press('Space');
  eq(await first.getAttribute('aria-expanded'), 'true', 'Space expands');
  await page.click('[data-section="0"] >> text=Collapse');
  eq(await page.locator('.rl-disclose[aria-expanded="true"]').count(), 0, 'section collapse');
});

test('the speaker filter shows only the chosen speaker and clears', async (page) => {
  await page.click('[data-speaker-key="Mr. Huseynov|delegation"]');
  const speakers = await page.$$eval('[data-turn]', (els) => els.map((e) => e.dataset.speaker));
  eq(speakers, ['Mr. Huseynov', 'Mr. Huseynov', 'Mr. Huseynov', 'Mr. Huseynov'], 'filtered');
  eq(await page.locator('[data-speaker-key="Mr. Huseynov|delegation"]').getAttribute('aria-pressed'), 'true', 'pressed');
  await page.click('text=Show everyone');
  eq(await turns(page), 20, 'restored');
});

test('search highlights matches, counts them, steps, and opens their turns', async (page) => {
  await page.fill('#rl-search', 'RESTART');
  eq(await page.locator('[data-search-count]').textContent(), '1 of 2', 'count');
  eq(await page.locator('mark').count(), 2, 'marks');
  assert(await page.locator('mark').first().isVisible(), 'match visible (turn opened)');
  await page.click('[aria-label="Next match"]');
  eq(await page.locator('[data-search-count]').textContent(), '2 of 2', 'next');
  eq(await page.locator('mark.rl-current').textContent(), 'RESTART', 'current');
  await page.fill('#rl-search', 'no such words anywhere');
  eq(await page.locator('[data-search-count]').textContent(), 'no matches', 'none');
});

test('a picked file opens, and reload restores it', async (page) => {
  await page.setInputFiles('#rl-file', path.join(root, 'tests/fixtures/web/CRC_C_SR.1845.excerpt.txt'));
  await page.waitForFunction(() => document.querySelector('#rl-symbol')?.textContent === 'CRC/C/SR.1845');
  // Kept once the record is shown (the effect that keeps it runs after the paint).
  await page.waitForFunction(() => (localStorage.getItem('recordline:last-record') || '').includes('1845'));
  await page.reload();
  await page.waitForSelector('[data-turn]');
  eq(await symbol(page), 'CRC/C/SR.1845', 'restored after reload');
  await page.click('text=Clear');
  await page.reload();
  await page.waitForSelector('[data-turn]');
  eq(await symbol(page), 'CMW/C/SR.464', 'clear forgets it');
});

test('Word and HTML files open as the same record', async (page) => {
  for (const [file, note] of [['CMW_C_SR.464.docx', 'read from a Word document'], ['CMW_C_SR.464.html', 'read from an HTML page']]) {
    await page.setInputFiles('#rl-file', path.join(root, 'tests/fixtures/import', file));
    await page.waitForFunction((n) => document.querySelector('.rl-kind')?.textContent.includes(n), note);
    eq(await turns(page), 20, `${file}: turns`);
  }
});

test('a UN PDF opens as its verbatim record, with progress shown while it is read', async (page) => {
  await page.evaluate(() => {
    window.__sawProgress = false;
    new MutationObserver(() => { if (document.querySelector('[data-reading]')) window.__sawProgress = true; })
      .observe(document.body, { subtree: true, childList: true });
  });
  await page.setInputFiles('#rl-file', path.join(corpus, 'pdf-files/A_76_PV.102.pdf'));
  await page.waitForFunction(() => document.querySelector('#rl-symbol')?.textContent === 'A/76/PV.102', null, { timeout: 30000 });
  assert(await page.evaluate(() => window.__sawProgress), 'a progress bar was shown');
  eq(await page.locator('[data-reading]').count(), 0, 'progress gone when done');
  assert((await page.locator('.rl-kind').textContent()).includes('read from a PDF document (31 pages)'), 'note on how it was read');
  const n = await turns(page);
  assert(n >= 85, `turns: ${n}`);
  const events = await page.$$eval('[data-event]', (els) => els.map((e) => e.dataset.event));
  assert(events.includes('opened') && events.includes('rose'), `events: ${events}`);
  await page.screenshot({ path: path.join(shots, 'pdf-opened.png') });
});

test('a session of several megabytes paints at once and draws the rest in slices', async (page) => {
  const parts = [SEED, OTHER, ...fs.readdirSync(path.join(corpus, 'pdf')).sort().map((f) => fs.readFileSync(path.join(corpus, 'pdf', f), 'utf8'))];
  let big = '';
  for (let i = 0; big.length < 3 * 1024 * 1024; i++) big += parts[i % parts.length] + '\n\n';
  await page.evaluate((text) => { window.__big = new File([text], 'session.txt', { type: 'text/plain' }); }, big);
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(window.__big);
    document.querySelector('.rl-app').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => document.querySelector('.rl-kind')?.textContent.includes('session.txt'), null, { timeout: 30000 });
  const first = await turns(page);
  await page.waitForFunction(() => document.querySelector('.rl-timeline')?.getAttribute('aria-busy') === 'false', null, { timeout: 60000 });
  const all = await turns(page);
  assert(first < all, `drawn in slices: ${first} turns first, ${all} in the end`);
  assert(all > 1000, `turns: ${all}`);
  // A search hit near the end is reachable.
  await page.fill('#rl-search', 'Kazakhstan');
  await page.keyboard.press('Enter');
  await page.waitForSelector('mark.rl-current');
});

test('several files dropped at once open as a list to switch between', async (page) => {
  await page.evaluate(([a, b]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([a], 'CRC_C_SR.1845.txt', { type: 'text/plain' }));
    dt.items.add(new File([b], 'CMW_C_SR.464.md', { type: 'text/markdown' }));
    document.querySelector('.rl-app').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, [OTHER, SEED]);
  await page.waitForSelector('[data-library-item="CMW_C_SR.464.md"]');
  eq(await symbol(page), 'CRC/C/SR.1845', 'the first file shows');
  await page.click('[data-library-item="CMW_C_SR.464.md"]');
  await page.waitForFunction(() => document.querySelector('#rl-symbol')?.textContent === 'CMW/C/SR.464');
  eq(await page.locator('[data-library-item]').count(), 2, 'two records listed');
  eq(await page.locator('[data-library-item="CMW_C_SR.464.md"]').getAttribute('aria-current'), 'true', 'current marked');
});

test('a dropped file opens (a real DataTransfer)', async (page) => {
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'CRC_C_SR.1845.txt', { type: 'text/plain' }));
    window.__dt = dt;
    document.querySelector('.rl-timeline').dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, OTHER);
  await page.waitForSelector('.rl-drop');
  await page.screenshot({ path: path.join(shots, 'drop-overlay.png') });
  await page.evaluate(() => {
    document.querySelector('.rl-timeline').dispatchEvent(new DragEvent('drop', { dataTransfer: window.__dt, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => document.querySelector('#rl-symbol')?.textContent === 'CRC/C/SR.1845');
  eq(await page.locator('.rl-drop').count(), 0, 'overlay gone');
});

test('#p23 opens and highlights paragraph 23', async (page) => {
  await page.waitForSelector('#p23.rl-target');
  assert(await page.locator('#p23').isVisible(), 'visible');
  assert((await page.locator('#p23').textContent()).includes('illegal migrants'), 'right paragraph');
}, { url: `${base}#p23` });

test('the copy button copies the citation', async (page, context) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  await page.goto(`${base}#p23`);
  await page.waitForSelector('#p23.rl-target');
  await page.locator('#p23 .rl-copy').click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  eq(copied, 'CMW/C/SR.464, para. 23', 'citation');
});

test('bad input keeps the record on screen and says why', async (page) => {
  await paste(page, '   ');
  assert((await message(page)).includes('empty'), 'empty message');
  eq(await symbol(page), 'CMW/C/SR.464', 'kept after empty');
  await paste(page, 'Shopping list\n\nMilk, eggs and bread.');
  const m = await message(page);
  assert(m.includes('does not look like a UN meeting record') && m.includes('Shopping list'), m);
  eq(await symbol(page), 'CMW/C/SR.464', 'kept after non-record');
  eq(await page.inputValue('#rl-paste'), 'Shopping list\n\nMilk, eggs and bread.', 'pasted text kept');
  await page.setInputFiles('#rl-file', { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]) });
  await page.waitForFunction(() => document.querySelector('[data-message]')?.textContent.includes('PNG image'));
  // Playwright passes buffers up to 50 MB; the 60 MB file is written to disk once.
  const huge60 = path.join(root, 'target/e2e-huge-60mb.txt');
  if (!fs.existsSync(huge60)) fs.writeFileSync(huge60, Buffer.alloc(60 * 1024 * 1024, 97));
  const pdfs = [
    [{ name: 'truncated.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n1 0 obj') }, 'damaged or incomplete'],
    [{ name: 'empty.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) }, 'empty'],
    [path.join(root, 'tests/fixtures/import/scanned.pdf'), 'this PDF is a scan'],
    [path.join(root, 'tests/fixtures/import/encrypted.pdf'), 'encrypted'],
    [{ name: 'old.doc', mimeType: 'application/msword', buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) }, 'save it as .docx'],
    [{ name: 'archive.zip', mimeType: 'application/zip', buffer: Buffer.from('PK\x03\x04\x14\0\0\0\0\0', 'binary') }, 'ZIP archive, not a meeting record'],
    [path.join(root, 'tests/fixtures/import/bomb.docx'), 'would unpack to more than 64 MB'],
    [{ name: 'noise.bin', mimeType: 'application/octet-stream', buffer: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)) }, 'not text'],
    [huge60, 'files over 50 MB are refused'],
  ];
  for (const [file, expected] of pdfs) {
    await page.click('[data-message] button').catch(() => {});
    await page.setInputFiles('#rl-file', file);
    await page.waitForFunction((e) => document.querySelector('[data-message]')?.textContent.includes(e), expected);
  }
  eq(await symbol(page), 'CMW/C/SR.464', 'kept after bad files');
  eq(await turns(page), 20, 'turns kept');
  // A page with a script and an onerror payload is read as text; nothing of it runs.
  await page.evaluate(() => { window.__pwned = false; });
  const hostile = '<html><body><script>window.__pwned = true</script><img src=x onerror="window.__pwned = true">' +
    '<p>United Nations CCPR/C/SR.9999</p><p>The meeting was called to order at 10 a.m.</p><p>1. <b>The Chair</b> said that the meeting was open.</p></body></html>';
  await page.setInputFiles('#rl-file', { name: 'hostile.html', mimeType: 'text/html', buffer: Buffer.from(hostile) });
  await page.waitForFunction(() => document.querySelector('#rl-symbol')?.textContent === 'CCPR/C/SR.9999');
  eq(await page.evaluate(() => window.__pwned), false, 'no script ran');
  eq(await page.locator('.rl-timeline img, .rl-timeline script').count(), 0, 'no markup injected');
});

test('a reader that fails or runs too long leaves a working page', async (page) => {
  // The reader's worker fails (its code cannot even load): the page says so and keeps its record.
  await page.evaluate(() => { globalThis.__recordlineGlue = 'data:text/javascript,throw new Error("the reader broke")'; });
  await page.fill('#rl-paste', 'text kept in the box');
  await page.setInputFiles('#rl-file', { name: 'other.txt', mimeType: 'text/plain', buffer: Buffer.from(OTHER) });
  await page.waitForFunction(() => document.querySelector('[data-message]')?.textContent.includes('the reader broke'));
  const m = await message(page);
  assert(m.includes("Recordline's reader stopped on this file") && m.includes('The record on screen is unchanged'), m);
  eq(await symbol(page), 'CMW/C/SR.464', 'the record on screen stays');
  eq(await page.inputValue('#rl-paste'), 'text kept in the box', 'the pasted text stays');
  // A reader that runs past its time limit is stopped (a limit of 1 ms forces it).
  await page.goto(`${base}index.html?reader-timeout=1`);
  await page.waitForSelector('[data-turn]');
  await page.setInputFiles('#rl-file', { name: 'other.txt', mimeType: 'text/plain', buffer: Buffer.from(OTHER) });
  await page.waitForFunction(() => document.querySelector('[data-message]')?.textContent.includes('took longer than'));
  eq(await symbol(page), 'CMW/C/SR.464', 'the record on screen stays after a time-out');
  // The app goes on working: a pasted record and, without the forced limit, a file.
  await paste(page, OTHER);
  await page.waitForFunction(() => document.querySelector('#rl-symbol')?.textContent === 'CRC/C/SR.1845');
  await page.goto(`${base}index.html`);
  await page.waitForSelector('[data-turn]');
  await page.setInputFiles('#rl-file', { name: 'seed.md', mimeType: 'text/markdown', buffer: Buffer.from(SEED) });
  await page.waitForFunction(() => document.querySelector('.rl-kind')?.textContent.includes('seed.md'));
  eq(await symbol(page), 'CMW/C/SR.464', 'a file read in a worker again');
});

test('crafted files (tests/fixtures/hostile) leave a working page', async (page) => {
  const dir = path.join(root, 'tests/fixtures/hostile');
  const files = fs.readdirSync(dir).filter((f) => !f.endsWith('.py')).sort();
  assert(files.length >= 10, 'the crafted files are there');
  for (const f of files) {
    await page.click('[data-message] button').catch(() => {});
    await page.setInputFiles('#rl-file', path.join(dir, f));
    // Each ends with a record or a message; the page keeps working either way.
    await page.waitForFunction((name) => document.querySelector('[data-message]')?.textContent.includes(name) ||
      document.querySelector('.rl-kind')?.textContent.includes(name), f, { timeout: 60000 });
    assert(await page.locator('#rl-symbol').count() === 1, `${f}: a record is on screen`);
  }
  await paste(page, OTHER);
  await page.waitForFunction(() => document.querySelector('#rl-symbol')?.textContent === 'CRC/C/SR.1845');
});

test('Ctrl+V outside a text field opens the pasted record', async (page) => {
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, OTHER);
  await page.waitForFunction(() => document.querySelector('#rl-symbol')?.textContent === 'CRC/C/SR.1845');
});

test('a file pasted with Ctrl+V (copied in the file manager) opens like a dropped one', async (page) => {
  const docx = fs.readFileSync(path.join(root, 'tests/fixtures/import/CMW_C_SR.464.docx')).toString('base64');
  await paste(page, OTHER);
  await page.evaluate((b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], 'CMW_C_SR.464.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, docx);
  await page.waitForFunction(() => document.querySelector('.rl-kind')?.textContent.includes('read from a Word document'));
  eq(await symbol(page), 'CMW/C/SR.464', 'the pasted Word file');
});

test('the clock links segments to turns', async (page) => {
  eq(await page.locator('[data-clock-turn]').count(), 20, 'one segment per turn');
  await page.locator('[data-clock-turn="5"]').click();
  await page.waitForSelector('[data-turn="5"] .rl-disclose[aria-expanded="true"]');
  const estimate = await page.locator('[data-turn="5"] [data-estimate]').textContent();
  assert(estimate.startsWith('≈ '), `estimate shown as such: ${estimate}`);
});

test('exports download the JSON contract and the outline', async (page) => {
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('text=Download JSON')]);
  eq(json.suggestedFilename(), 'CMW_C_SR.464.json', 'JSON file name');
  const record = JSON.parse(fs.readFileSync(await json.path(), 'utf8'));
  eq([record.symbol, record.turns.length, record.events.map((e) => e.time)], ['CMW/C/SR.464', 20, ['15:10', '16:30', '16:55', '18:00']], 'JSON content');
  const [outline] = await Promise.all([page.waitForEvent('download'), page.click('text=Download outline')]);
  const text = fs.readFileSync(await outline.path(), 'utf8');
  assert(text.includes('Mr. Kariyawasam (Country Rapporteur) ¶20-24 · member'), 'outline content');
  // The formats researchers use, from the same export module as the CLI (docs/exports.md).
  const get = async (format) => {
    if ((await page.locator('.rl-menu').getAttribute('open')) === null) await page.click('.rl-menu > summary');
    const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${format}"]`)]);
    return [file.suggestedFilename(), fs.readFileSync(await file.path(), 'utf8')];
  };
  const [csvName, csv] = await get('csv');
  eq(csvName, 'CMW_C_SR.464.csv', 'CSV file name');
  assert(csv.startsWith('symbol,') && csv.includes('\r\n') && csv.includes('Mr. Kariyawasam'), 'CSV content');
  const [aknName, akn] = await get('akn');
  eq(aknName, 'CMW_C_SR.464.akn.xml', 'AKN file name');
  assert(akn.includes('<akomaNtoso') && akn.includes('TLCPerson'), 'Akoma Ntoso content');
  const [teiName, tei] = await get('tei');
  eq(teiName, 'CMW_C_SR.464.tei.xml', 'TEI file name');
  assert(tei.includes('<TEI') && tei.includes('<u '), 'TEI content');
});

test('print shows every turn expanded and no controls', async (page) => {
  await page.emulateMedia({ media: 'print' });
  assert(await page.locator('#p23').isVisible(), 'collapsed paragraphs print');
  assert(!(await page.locator('.rl-toolbar').isVisible()), 'no toolbar');
  assert(!(await page.locator('.rl-input').isVisible()), 'no input panel');
  assert(await page.locator('#rl-symbol').isVisible(), 'symbol kept');
  assert(await page.locator('#p23 .rl-num').isVisible(), 'paragraph numbers kept');
});

test('dark mode follows the system setting', async (page) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  eq(bg, 'rgb(22, 24, 27)', 'dark background');
  await page.screenshot({ path: path.join(shots, 'desktop-dark.png') });
});

test('no serious accessibility violations (axe-core)', async (page) => {
  await page.addScriptTag({ path: path.join(here, 'node_modules/axe-core/axe.min.js') });
  await page.click('text=Expand all');
  await page.fill('#rl-search', 'migrant');
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    eq(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) e.g. ${v.nodes[0].target}`), [], `serious violations (${colorScheme})`);
  }
}, { context: { bypassCSP: true } }); // axe is injected as an inline script, which the app's CSP refuses

test('screenshots at desktop and phone widths', async (page, context) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: path.join(shots, 'desktop.png') });
  await page.click('text=Expand all');
  await page.goto(`${base}#p41`);
  await page.waitForSelector('#p41.rl-target');
  await page.screenshot({ path: path.join(shots, 'desktop-expanded.png') });
  const phone = await context.newPage();
  await phone.setViewportSize({ width: 390, height: 844 });
  await phone.goto(base);
  await phone.waitForSelector('[data-turn]');
  await phone.screenshot({ path: path.join(shots, 'phone.png'), fullPage: false });
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  eq(overflow, false, 'no horizontal scrolling on a phone');
});

// Embedding: the host's own page, two viewers, hostile CSS (examples/embed.html).
test('two viewers embedded by script, each independent, untouched by hostile CSS', async (page) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${base}examples/embed.html`);
  await page.waitForFunction(() => [...document.querySelectorAll('[data-recordline]')].every((h) => h.shadowRoot?.querySelector('[data-turn]')));
  const counts = await page.$$eval('[data-recordline]', (hs) => hs.map((h) => h.shadowRoot.querySelectorAll('[data-turn]').length));
  eq(counts, [20, 1], 'turns in each viewer');
  const first = page.locator('#first');
  const second = page.locator('#second');
  eq(await first.locator('textarea').count(), 0, 'read-only viewer has no input panel');
  eq(await second.locator('textarea').count(), 1, 'the other has one');
  eq(await second.locator('.rl-disclose[aria-expanded="true"]').count(), 1, 'data-start="expanded"');
  await first.locator('text=Expand all').click();
  eq(await first.locator('.rl-disclose[aria-expanded="true"]').count(), 20, 'first expanded');
  await second.locator('text=Collapse all').click();
  eq(await first.locator('.rl-disclose[aria-expanded="true"]').count(), 20, 'first unaffected by the second');
  const style = await first.locator('[data-paragraph="23"]').evaluate((p) => {
    const s = getComputedStyle(p);
    return { size: s.fontSize, color: s.color, transform: s.textTransform, family: s.fontFamily, margin: s.marginTop };
  });
  eq(style.transform, 'none', 'host text-transform does not leak in');
  assert(style.color !== 'rgb(212, 0, 0)', `host colour does not leak in: ${style.color}`);
  assert(!style.family.includes('Comic'), `host font does not leak in: ${style.family}`);
  assert(parseFloat(style.size) < 20, `host root font size does not blow up the text: ${style.size}`);
  const accent = await second.locator('.rl-primary').evaluate((b) => getComputedStyle(b).backgroundColor);
  eq(accent, 'rgb(0, 109, 91)', 'the host themes the viewer with --rl-accent');
  const hostP = await page.locator('article > p').first().evaluate((p) => getComputedStyle(p).textTransform);
  eq(hostP, 'uppercase', 'the viewer does not restyle the host');
  await page.screenshot({ path: path.join(shots, 'embed-hostile-host.png'), fullPage: true });
  const foreign = requests.filter((u) => !u.startsWith(base) && !u.startsWith('data:'));
  eq(foreign, [], 'no request outside the site');
});

test('viewers embedded without data-library never touch the library', async (page) => {
  await page.waitForFunction(() => [...document.querySelectorAll('[data-recordline]')].every((h) => h.shadowRoot?.querySelector('[data-turn]')));
  await page.waitForTimeout(300);
  eq(await page.locator('[data-view]').count(), 0, 'embedded viewers show no library');
  eq(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)), [], 'and open no database');
}, { url: `${base}examples/embed.html` });

test('a viewer embedded with data-library keeps what it opens in the library', async (page) => {
  await page.goto(`${base}test-host-library.html`);
  await page.waitForFunction(() => document.querySelector('[data-recordline]')?.shadowRoot?.querySelector('[data-turn]'));
  const viewer = page.locator('[data-recordline]');
  await page.waitForFunction(() => document.querySelector('[data-recordline]').shadowRoot.querySelector('[data-view="library"]')?.textContent.includes('(1)'));
  await viewer.locator('[data-view="library"]').click();
  eq(await viewer.locator('[data-library-record]').getAttribute('data-symbol'), 'CMW/C/SR.464', 'the host asked for the library');
}, { url: `${base}test-host-library.html` });

test('a viewer with a bad data-src explains the failure', async (page) => {
  await page.goto(`${base}test-host-bad-src.html`);
  const message = page.locator('[data-message="problem"]');
  await message.waitFor();
  const text = await message.textContent();
  assert(text.includes('404') && text.includes('no/such/record.txt'), text);
  page.errors = page.errors.filter((e) => !e.includes('404'));
}, { url: base });

test('a record another site does not share (CORS) gets an explanation', async (page) => {
  // localhost is another origin than 127.0.0.1, and the test server sends no Access-Control-Allow-Origin.
  const other = base.replace('127.0.0.1', 'localhost');
  await page.goto(`${base}index.html?embed=1&src=${encodeURIComponent(other + 'examples/records/CMW_C_SR.464.txt')}`);
  const message = page.locator('[data-message="problem"]');
  await message.waitFor();
  const text = await message.textContent();
  assert(text.includes('CORS') && text.includes('Access-Control-Allow-Origin') && text.includes(other), text);
  // Expected: the page's own Content Security Policy refuses the other origin (connect-src 'self').
  page.errors = page.errors.filter((e) => !e.includes('Content Security Policy') && !e.includes('Failed to fetch'));
}, { url: base });

test('the iframe viewer answers postMessage, reports its height, and follows #p23', async (page) => {
  await page.evaluate(() => { window.msgs = []; window.addEventListener('message', (e) => window.msgs.push(e.data)); });
  await page.goto(`${base}test-host-iframe.html`);
  await page.evaluate((t) => { window.seedText = t; }, SEED);
  const frame = page.frameLocator('#f');
  await frame.locator('#p23.rl-target').waitFor();
  await page.waitForFunction(() => window.msgs.some((m) => m.type === 'recordline:height' && m.height > 500));
  await page.evaluate((text) => document.getElementById('f').contentWindow.postMessage({ type: 'recordline:load', text, name: 'other.txt' }, '*'), OTHER);
  await frame.locator('#rl-symbol:text("CRC/C/SR.1845")').waitFor();
  await page.waitForFunction(() => window.msgs.some((m) => m.type === 'recordline:loaded' && m.symbol === 'CRC/C/SR.1845'));
  eq(await frame.locator('.rl-bar').count(), 0, 'compact: no page header in the frame');
  await page.evaluate(() => document.getElementById('f').contentWindow.postMessage({ type: 'recordline:load', text: window.seedText }, '*'));
  await frame.locator('#rl-symbol:text("CMW/C/SR.464")').waitFor();
  await page.evaluate(() => document.getElementById('f').contentWindow.postMessage({ type: 'recordline:goto', paragraph: 41 }, '*'));
  await frame.locator('#p41.rl-target').waitFor();
  await page.waitForFunction(() => window.msgs.some((m) => m.type === 'recordline:paragraph' && m.paragraph > 1));
}, { url: base });

test('the iframe viewer hears only its parent, and only from the origins the host lists', async (page) => {
  // Same origin, nothing listed: a sibling frame's message is ignored.
  await page.goto(`${base}test-host-iframe.html`);
  let frame = page.frameLocator('#f');
  await frame.locator('#rl-symbol:text("CMW/C/SR.464")').waitFor();
  await page.evaluate((text) => {
    const g = document.createElement('iframe');
    g.srcdoc = '<script>parent.document.getElementById("f").contentWindow.postMessage({ type: "recordline:load", text: ' +
      JSON.stringify(text) + ', name: "forged.txt" }, "*"); parent.postMessage({ type: "sibling-sent" }, "*");<\/script>';
    document.body.appendChild(g);
  }, OTHER);
  await page.waitForFunction(() => window.msgs.some((m) => m.type === 'sibling-sent'));
  await page.waitForTimeout(600);
  eq(await frame.locator('#rl-symbol').textContent(), 'CMW/C/SR.464', "a sibling window's message is ignored");
  // A host on another origin, listed: heard, and told what loaded.
  const port = new URL(base).port;
  const host = `http://localhost:${port}/test-host-iframe-origin.html`;
  await page.goto(`${host}?listed=${encodeURIComponent(`http://localhost:${port}`)}`);
  frame = page.frameLocator('#f');
  await frame.locator('#rl-symbol:text("CMW/C/SR.464")').waitFor();
  await page.evaluate((text) => document.getElementById('f').contentWindow.postMessage({ type: 'recordline:load', text, name: 'other.txt' }, '*'), OTHER);
  await frame.locator('#rl-symbol:text("CRC/C/SR.1845")').waitFor();
  await page.waitForFunction(() => window.msgs.some((m) => m.type === 'recordline:loaded' && m.symbol === 'CRC/C/SR.1845'));
  // The same host when another origin is listed: not heard.
  await page.goto(`${host}?listed=${encodeURIComponent('https://ngo.example')}`);
  frame = page.frameLocator('#f');
  await frame.locator('#rl-symbol:text("CMW/C/SR.464")').waitFor();
  await page.evaluate((text) => document.getElementById('f').contentWindow.postMessage({ type: 'recordline:load', text, name: 'other.txt' }, '*'), OTHER);
  await page.waitForTimeout(600);
  eq(await frame.locator('#rl-symbol').textContent(), 'CMW/C/SR.464', 'a host whose origin is not listed is not heard');
  eq(await page.evaluate(() => window.msgs.filter((m) => m.type === 'recordline:loaded').length), 0, 'nor told anything');
}, { url: base });

test('the single file works from disk with no network: a dropped record is read and kept', async (page) => {
  eq(await symbol(page), 'CMW/C/SR.464', 'the sample shows');
  assert((await page.locator('.rl-kind').textContent()).includes('(sample)'), 'it is the sample');
  eq(await page.locator('.rl-offline').count(), 0, 'no "save for offline use" link in the offline file');
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'CMW_C_SR.464.md', { type: 'text/markdown' }));
    document.querySelector('.rl-app').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, SEED);
  await page.waitForFunction(() => document.querySelector('.rl-kind')?.textContent.includes('CMW_C_SR.464.md'));
  eq(await turns(page), 20, 'turns');
  await page.reload();
  await page.waitForSelector('[data-turn]');
  assert((await page.locator('.rl-kind').textContent()).includes('CMW_C_SR.464.md'), 'kept across reload');
  // The library (IndexedDB) works from file:// too: the dropped record is in it after the reload.
  await waitForLibrary(page, 1);
  await showLibrary(page);
  eq(await page.$$eval('[data-library-record]', (els) => els.map((e) => e.dataset.symbol)), ['CMW/C/SR.464'], 'the library keeps it from file://');
  await page.click('[data-view="record"]');
  await paste(page, OTHER);
  eq(await symbol(page), 'CRC/C/SR.1845', 'paste works offline');
  await page.setInputFiles('#rl-file', path.join(root, 'tests/fixtures/import/CMW_C_SR.464.docx'));
  await page.waitForFunction(() => document.querySelector('.rl-kind')?.textContent.includes('Word document'));
  eq(await turns(page), 20, 'a picked Word file works offline');
  const requests = page.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'));
  eq(requests, [], 'no network request');
}, {
  url: pathToFileURL(path.join(dist, 'recordline.html')).href,
  setup: async (context) => {
    await context.setOffline(true);
    // Any http(s) request fails, as on a computer with no network.
    await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  },
});

test('the service worker opens the app with no network after a first visit', async (page, context) => {
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('[data-turn]');
  eq(await turns(page), 20, 'the app runs offline');
  const served = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('recordline-')).length);
  eq(served, 1, 'one cache, the current version');
});

test('a new version of the app replaces the old one cleanly', async (page) => {
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  const before = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('recordline-')));
  eq(before.length, 1, 'one cache at first');
  virtual['/sw.js'] = fs.readFileSync(path.join(dist, 'sw.js'), 'utf8').replace(/const VERSION = '[^']*'/, "const VERSION = 'next-version'");
  try {
    await page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration()).update(); });
    await page.waitForFunction(async () => {
      const keys = (await caches.keys()).filter((k) => k.startsWith('recordline-'));
      return keys.length === 1 && keys[0] === 'recordline-next-version';
    });
  } finally {
    delete virtual['/sw.js'];
  }
  await page.reload();
  await page.waitForSelector('[data-turn]');
});

test('the page makes no request but for its own files', async (page) => {
  await page.click('text=Expand all');
  await page.fill('#rl-search', 'migration');
  await page.click('[data-clock-turn="3"]');
  const foreign = page.requests.filter((u) => !u.startsWith(base) && !u.startsWith('data:') && !u.startsWith('blob:'));
  eq(foreign, [], 'requests outside the site');
  const manifest = await (await fetch(`${base}manifest.webmanifest`)).json();
  eq([manifest.name.startsWith('Recordline'), manifest.start_url, manifest.icons.length > 0], [true, './', true], 'installable manifest');
});

// ---- The library (issue 13) ----
const REVIEW_FILES = ['CMW_C_SR.100.txt', 'CMW_C_SR.102.txt', 'CCPR_C_SR.2638.txt', 'CCPR_C_SR.2638.fr.txt', 'CCPR_C_SR.2640.txt'];
const reviewTexts = () => REVIEW_FILES.map((f) => [f, fixture(`reviews/${f}`)]);

// Drops files (name, text) on the page at once, as a reader drags them from a folder.
async function drop(page, files) {
  await page.evaluate((files) => {
    const dt = new DataTransfer();
    for (const [name, text] of files) dt.items.add(new File([text], name, { type: 'text/plain' }));
    document.querySelector('.rl-app').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files);
}

async function showLibrary(page) {
  await page.click('[data-view="library"]');
  await page.waitForSelector('[data-library]');
}

const libraryCount = (page) => page.locator('[data-library-record]').count();

async function waitForLibrary(page, n, timeout = 30000) {
  await page.waitForFunction((n) => {
    const tab = document.querySelector('[data-view="library"]');
    return tab && tab.textContent.includes(`(${n})`);
  }, n, { timeout });
}

test('the library keeps five records of two reviews across a reload', async (page) => {
  await drop(page, reviewTexts());
  await waitForLibrary(page, 5);
  await page.reload();
  await page.waitForSelector('[data-turn]');
  await waitForLibrary(page, 5);
  await showLibrary(page);
  eq(await libraryCount(page), 5, 'five records listed after a reload');
  const symbols = await page.$$eval('[data-library-record]', (els) => els.map((e) => e.dataset.symbol));
  eq(symbols.slice().sort(), ['CCPR/C/SR.2638', 'CCPR/C/SR.2638', 'CCPR/C/SR.2640', 'CMW/C/SR.100', 'CMW/C/SR.102'], 'their symbols');
  const status = await page.locator('[data-library-size]').textContent();
  assert(/5 records kept in this browser, using about \d+ KB/.test(status), `space used: ${status}`);
  await page.screenshot({ path: path.join(shots, 'library.png'), fullPage: true });
  // One record opens in a click, and one can be removed.
  await page.click('[data-library-record][data-symbol="CMW/C/SR.102"] .rl-lib-open');
  await page.waitForFunction(() => document.querySelector('#rl-symbol')?.textContent === 'CMW/C/SR.102');
  await showLibrary(page);
  await page.click('[data-library-record][data-symbol="CCPR/C/SR.2640"] button:has-text("Remove")');
  await waitForLibrary(page, 4);
  await page.reload();
  await page.waitForSelector('[data-turn]');
  await waitForLibrary(page, 4);
  // Remove all (after the browser's own confirmation), and it stays so.
  await showLibrary(page);
  page.once('dialog', (d) => d.accept());
  await page.click('[data-library-clear]');
  await waitForLibrary(page, 0);
  await page.click('[data-view="record"]');
  eq(await symbol(page), 'CMW/C/SR.102', 'the record on screen stays');
  await page.reload();
  await page.waitForSelector('[data-turn]');
  await page.waitForTimeout(800);
  if (process.env.E2E_DEBUG) { await showLibrary(page); console.log(await page.$$eval('[data-library-record]', (els) => els.map((e) => e.dataset.symbol + ' ' + e.textContent))); }
  await waitForLibrary(page, 0);
  eq(await symbol(page), 'CMW/C/SR.464', 'and, removed, it does not come back on the next visit (the sample shows)');
});

test('a search across the library opens a hit at its paragraph', async (page) => {
  await drop(page, [...reviewTexts(), ['CMW_C_SR.464.md', SEED]]);
  await waitForLibrary(page, 6);
  await showLibrary(page);
  await page.fill('[data-library-search]', 'Azerbaijan delegation');
  await page.waitForSelector('[data-search-hit]');
  const groups = await page.$$eval('.rl-lib-hits', (els) => els.map((e) => e.dataset.symbol));
  assert(groups.includes('CMW/C/SR.464') && groups.includes('CCPR/C/SR.2638') && groups.length >= 3, `grouped by record: ${groups}`);
  const hit = page.locator('[data-search-hit][data-symbol="CMW/C/SR.464"]').first();
  const paragraph = await hit.getAttribute('data-paragraph');
  const citation = await hit.locator('.rl-cite').textContent();
  eq(citation, `CMW/C/SR.464, para. ${paragraph}`, 'each hit carries its citation');
  assert((await hit.locator('mark').count()) > 0, 'the words found are marked');
  await page.screenshot({ path: path.join(shots, 'library-search.png'), fullPage: false });
  // Filters: only the delegation's words.
  await page.selectOption('[data-filter="side"]', 'delegation');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-search-hit] .rl-side-label')].every((e) => e.textContent.startsWith('Delegation')));
  await page.selectOption('[data-filter="side"]', '');
  await page.locator('[data-search-hit][data-symbol="CMW/C/SR.464"] .rl-cite').first().click();
  await page.waitForFunction(() => document.querySelector('#rl-symbol')?.textContent === 'CMW/C/SR.464');
  await page.waitForSelector(`#p${paragraph}.rl-target`);
  assert(await page.locator(`#p${paragraph}`).isVisible(), 'the paragraph is opened and shown');
  // A delegate's State leads to every turn of that State across the library.
  await showLibrary(page);
  await page.fill('[data-library-search]', 'migration');
  await page.selectOption('[data-filter="side"]', 'delegation');
  await page.locator('[data-state="Azerbaijan"]').first().click();
  await page.waitForSelector('[data-appearances="Azerbaijan"]');
  const states = await page.$$eval('[data-appearance] .rl-badge', (els) => els.map((e) => e.textContent));
  assert(states.length >= 5 && states.every((s) => s === 'Azerbaijan'), `the State's turns: ${states}`);
});

test('a review shows its meetings in order with their turns, and speakers across them', async (page) => {
  await drop(page, reviewTexts());
  await waitForLibrary(page, 5);
  await showLibrary(page);
  await page.click('[data-review="CCPR/C/AZE/3"]');
  await page.waitForSelector('[data-meeting]');
  const meetings = await page.$$eval('[data-meeting]', (els) => els.map((e) => [e.dataset.meeting, e.dataset.symbol, e.querySelectorAll('[data-turn]').length]));
  eq(meetings.map((m) => m[1]), ['CCPR/C/SR.2638', 'CCPR/C/SR.2640'], 'meetings in order (one version of each: the French of the first is not another meeting)');
  assert(meetings.every((m) => m[2] > 0), `each meeting has its turns: ${JSON.stringify(meetings)}`);
  // A turn's paragraphs are drawn when it is opened (by mouse or keyboard), not before.
  const turn = page.locator('[data-meeting] [data-turn]').first();
  eq(await turn.locator('p').count(), 0, 'a closed turn draws no paragraph');
  await turn.locator('summary').focus();
  await page.keyboard.press('Enter');
  await turn.locator('p').first().waitFor();
  assert((await turn.locator('details').getAttribute('open')) !== null, 'the turn is open');
  await page.screenshot({ path: path.join(shots, 'review.png'), fullPage: true });
  await page.click('[data-review-speaker] .rl-link');
  await page.waitForSelector('[data-appearances]');
  assert((await page.locator('[data-appearance]').count()) > 0, 'a speaker page lists turns');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="csv"]')]);
  const rows = fs.readFileSync(await csv.path(), 'utf8').split('\r\n').filter(Boolean);
  eq(rows[0], 'symbol,date,speaker,affiliation,side,paragraph,citation,first_sentence', 'CSV header');
  eq(rows.length - 1, await page.locator('[data-appearance]').count(), 'one CSV row a turn');
  const [md] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="markdown"]')]);
  assert(fs.readFileSync(await md.path(), 'utf8').startsWith('## '), 'Markdown with a heading');
  // A review made by hand from any records.
  await showLibrary(page);
  await page.check('[data-library-record][data-symbol="CMW/C/SR.100"] input[type=checkbox]');
  await page.check('[data-library-record][data-symbol="CCPR/C/SR.2640"] input[type=checkbox]');
  await page.click('[data-make-review]');
  await page.waitForSelector('[data-meeting]');
  eq(await page.$$eval('[data-meeting]', (els) => els.map((e) => e.dataset.symbol)), ['CMW/C/SR.100', 'CCPR/C/SR.2640'], 'a review by hand, in date order');
  // The reader's own review is kept across a reload.
  await page.waitForTimeout(300);
  await page.reload();
  await page.waitForSelector('[data-turn]');
  await waitForLibrary(page, 5);
  await showLibrary(page);
  eq(await page.locator('[data-review-kind="chosen"]').count(), 1, 'the review made by hand is still there');
});

test('the library exports to one file and imports into a fresh profile without duplicates', async (page) => {
  await drop(page, reviewTexts());
  await waitForLibrary(page, 5);
  await showLibrary(page);
  const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-library-export]')]);
  eq(file.suggestedFilename(), 'recordline-library.jsonl', 'file name');
  const saved = path.join(shots, '..', 'library-export.jsonl');
  fs.copyFileSync(await file.path(), saved);
  const lines = fs.readFileSync(saved, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  eq(lines.length, 5, 'one line a record');
  assert(lines.every((l) => l.symbol && Array.isArray(l.turns) && l.source && l.source.text.length > 100), 'the CLI contract plus the source text');
  const fresh = await browser.newContext();
  try {
    const other = await open(fresh);
    await showLibrary(other);
    await other.setInputFiles('[data-library-import]', saved);
    await waitForLibrary(other, 5);
    assert((await message(other)).includes('Imported 5'), 'said what came in');
    await other.setInputFiles('[data-library-import]', saved);
    await other.waitForFunction(() => document.querySelector('[data-message]')?.textContent.includes('5 already there'));
    eq(await libraryCount(other), 5, 'no duplicates');
    await other.reload();
    await other.waitForSelector('[data-turn]');
    await waitForLibrary(other, 5);
    if (other.errors.length) throw new Error(other.errors.join('\n'));
  } finally {
    await fresh.close();
  }
});

test('storage refused leaves a working app', async (page) => {
  await showLibrary(page);
  await page.waitForSelector('[data-library-refused]');
  const why = await page.locator('[data-library-refused]').textContent();
  assert(why.includes('The library is unavailable') && why.includes('still works'), `said: ${why}`);
  await page.click('[data-view="record"]');
  await paste(page, SEED);
  eq(await turns(page), 20, 'a record still opens');
  await paste(page, OTHER);
  eq(await symbol(page), 'CRC/C/SR.1845', 'and another');
}, {
  setup: async (context) => {
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { get() { throw new DOMException('The user denied permission to access the database.', 'SecurityError'); } });
    });
  },
});

test('fifty records and one of 20 MB are kept; search across fifty answers within 200 ms', async (page) => {
  const fifty = [];
  for (let n = 0; n < 50; n += 1) {
    const text = SEED.replaceAll('CMW/C/SR.464', `CMW/C/SR.${1000 + n}`).replaceAll('464th meeting', `${1000 + n}th meeting`);
    fifty.push([`CMW_C_SR.${1000 + n}.md`, n === 17 ? text.replace('irregular migrants', 'irregular migrants and zyxwvutsr') : text]);
  }
  await drop(page, fifty);
  await waitForLibrary(page, 50);
  await page.reload();
  await page.waitForSelector('[data-turn]');
  await waitForLibrary(page, 50);
  await showLibrary(page);
  const times = [];
  for (const q of ['zyxwvutsr', 'stateless persons', 'Kariyawasam']) {
    await page.fill('[data-library-search]', '');
    await page.waitForSelector('[data-search-hit]', { state: 'detached' }).catch(() => {});
    const ms = await page.evaluate(async (q) => {
      const input = document.querySelector('[data-library-search]');
      const t0 = performance.now();
      input.value = q;
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await new Promise((resolve) => {
        const check = () => (document.querySelector('[data-search-hit]') ? resolve() : requestAnimationFrame(check));
        check();
      });
      return performance.now() - t0;
    }, q);
    times.push(Math.round(ms));
  }
  eq(await page.locator('.rl-lib-hits').count(), 50, 'hits in all fifty records');
  console.log(`     library search over 50 records: ${times.join(', ')} ms`);
  assert(times.every((t) => t < 200), `search within 200 ms: ${times}`);
  // A record of 20 MB.
  let big = '';
  while (big.length < 20_000_000) big += SEED;
  await drop(page, [['session-20MB.md', big]]);
  await waitForLibrary(page, 51, 120000);
  await page.reload();
  await page.waitForSelector('[data-turn]', { timeout: 60000 });
  await waitForLibrary(page, 51, 120000);
  await showLibrary(page);
  const size = Number(await page.locator('[data-library-size]').getAttribute('data-library-size'));
  assert(size > 20_000_000, `the 20 MB record is kept: ${size} bytes`);
});

test('the library, its search and a review have no serious accessibility violations (axe-core)', async (page) => {
  await page.addScriptTag({ path: path.join(here, 'node_modules/axe-core/axe.min.js') });
  await drop(page, reviewTexts());
  await waitForLibrary(page, 5);
  const check = async (what) => {
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
      const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      eq(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) e.g. ${v.nodes[0].target}`), [], `${what}: serious violations (${colorScheme})`);
    }
  };
  await showLibrary(page);
  await check('library');
  await page.fill('[data-library-search]', 'Azerbaijan');
  await page.waitForSelector('[data-search-hit]');
  await check('library search');
  await page.fill('[data-library-search]', '');
  await page.click('[data-review="CMW/C/AZE/1"]');
  await page.waitForSelector('[data-meeting]');
  await check('review');
  // A phone: no sideways scrolling in the library.
  await page.setViewportSize({ width: 390, height: 844 });
  await showLibrary(page);
  eq(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1), false, 'no horizontal scrolling on a phone');
  await page.screenshot({ path: path.join(shots, 'library-phone.png') });
}, { context: { bypassCSP: true } });

// ---- The interface in French and Spanish (issue 14) ----

// The interface's strings in a language, as the app's own table gives them (src/i18n.rs).
async function interfaceStrings(page, lang) {
  return JSON.parse(await page.evaluate((l) => window.wasmBindings.interface_strings(l), lang));
}

// English strings of the interface left visible (text, aria-label, title, placeholder) in the
// page or the shadow roots under `selector`. The record's own words are marked with the record's
// language (lang="en" on an English record) and are not the interface's: they are skipped.
// A string is left if a text or label is exactly it, or, for phrases of three words or more,
// holds it.
async function englishLeft(page, english, selector = null) {
  const seen = await page.evaluate((selector) => {
    const ui = (el) => el.closest('[lang]')?.getAttribute('lang');
    const roots = selector ? [...document.querySelectorAll(selector)].map((h) => h.shadowRoot) : [document];
    const found = [];
    const visit = (root) => {
      const uiLang = selector ? root.querySelector('.rl-app').getAttribute('lang') : document.documentElement.lang;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.nodeType === Node.TEXT_NODE ? n.parentElement : n;
        if (!el || ['SCRIPT', 'STYLE', 'TITLE'].includes(el.tagName) || ui(el) !== uiLang) continue;
        if (n.nodeType === Node.TEXT_NODE) {
          if (el.getClientRects().length && n.textContent.trim()) found.push(n.textContent.trim());
        } else {
          for (const a of ['aria-label', 'title', 'placeholder']) if (el.hasAttribute(a)) found.push(el.getAttribute(a).trim());
        }
      }
    };
    roots.forEach(visit);
    if (!selector) found.push(document.title);
    return found;
  }, selector);
  return english.filter((s) => seen.some((t) => t === s || (s.split(/\s+/).length >= 3 && t.includes(s))));
}

let englishStrings = null;
async function englishOnly(page, lang) {
  englishStrings ||= await interfaceStrings(page, 'en');
  const local = new Set(await interfaceStrings(page, lang));
  // Words that really are the same in both languages (the table's allow-list) are not "left".
  return englishStrings.filter((s) => !local.has(s));
}

async function axeClean(page, what) {
  await page.addScriptTag({ path: path.join(here, 'node_modules/axe-core/axe.min.js') });
  const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  eq(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) e.g. ${v.nodes[0].target}`), [], `serious violations (${what})`);
}

test('the interface follows the browser (French), switches to Spanish, and keeps the choice', async (page) => {
  eq(await page.evaluate(() => document.documentElement.lang), 'fr', '<html lang> follows navigator.languages');
  eq(await page.inputValue('#rl-language'), 'fr', 'the menu shows French');
  eq(await page.locator('label[for="rl-language"]').textContent(), 'Langue', 'the menu is labelled in French');
  assert((await message(page)).startsWith('Ceci est un exemple'), await message(page));
  await page.click('text=Tout déplier');
  await page.fill('#rl-search', 'migrant');
  await page.locator('[data-search-count]:text(" sur ")').waitFor();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(shots, 'desktop-fr.png') });
  await page.locator('.rl-suspension').screenshot({ path: path.join(shots, 'suspension-fr.png') });
  await page.locator('[data-turn="2"] .rl-turn-head').screenshot({ path: path.join(shots, 'turn-fr.png') });
  await page.locator('.rl-side').screenshot({ path: path.join(shots, 'side-fr.png') });
  const fr = await englishLeft(page, await englishOnly(page, 'fr'));
  eq(fr, [], 'English left on the French page');
  assert(await page.locator('time:text("15 h 10")').count() > 0, 'times as the UN writes them in French');
  assert((await page.locator('.rl-facts').textContent()).includes('4 octobre 2021'), 'the date in French');
  await axeClean(page, 'French');

  await page.selectOption('#rl-language', 'es');
  await page.locator('text=Desplegar todo').waitFor();
  eq(await page.evaluate(() => document.documentElement.lang), 'es', '<html lang> follows the choice');
  await page.fill('#rl-search', 'migrant');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(shots, 'desktop-es.png') });
  await page.locator('[data-turn="2"] .rl-turn-head').screenshot({ path: path.join(shots, 'turn-es.png') });
  const es = await englishLeft(page, await englishOnly(page, 'es'));
  eq(es, [], 'English left on the Spanish page');
  assert(await page.locator('time:text("16.30 horas")').count() > 0, 'times as the UN writes them in Spanish');
  assert((await page.locator('.rl-facts').textContent()).includes('4 de octubre de 2021'), 'the date in Spanish');
  await axeClean(page, 'Spanish');
  const phone = await page.context().newPage();
  await phone.setViewportSize({ width: 390, height: 844 });
  await phone.goto(base);
  await phone.waitForSelector('[data-turn]');
  await phone.screenshot({ path: path.join(shots, 'phone-es.png') });
  eq(await phone.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1), false, 'no horizontal scrolling on a phone (Spanish)');
  await phone.close();

  await page.reload();
  await page.waitForSelector('[data-turn]');
  eq(await page.evaluate(() => document.documentElement.lang), 'es', 'the choice survives a reload');
  eq(await page.inputValue('#rl-language'), 'es', 'the menu remembers Spanish');
}, { context: { locale: 'fr-FR', bypassCSP: true } }); // axe is injected as an inline script

test('the English-string check finds English on an English page (it can fail)', async (page) => {
  const english = await interfaceStrings(page, 'en');
  const left = await englishLeft(page, english);
  for (const s of ['Expand all', 'Speakers', 'Read pasted text', 'Search the record']) assert(left.includes(s), `finds "${s}": ${left.join(' | ')}`);
  eq(await page.evaluate(() => document.documentElement.lang), 'en', '<html lang> is English');
});

test('a viewer embedded with data-lang="fr" speaks French', async (page) => {
  const english = await englishOnly(page, 'fr');
  await page.goto(`${base}test-host-lang.html`);
  await page.waitForFunction(() => document.querySelector('[data-recordline]')?.shadowRoot?.querySelector('[data-turn]'));
  eq(await page.locator('[data-recordline] .rl-app').getAttribute('lang'), 'fr', 'the viewer says its language');
  await page.locator('[data-recordline] >> text=Tout déplier').click();
  eq(await englishLeft(page, english, '[data-recordline]'), [], 'English left in the French embed');
  await page.screenshot({ path: path.join(shots, 'embed-fr.png'), fullPage: false });
}, { url: base });

test('the iframe viewer with ?lang=es speaks Spanish', async (page) => {
  const english = await englishOnly(page, 'es');
  await page.goto(`${base}index.html?embed=1&lang=es&compact=0&src=examples/records/CMW_C_SR.464.txt`);
  await page.waitForSelector('[data-turn]');
  eq(await page.evaluate(() => document.documentElement.lang), 'es', '<html lang> in the iframe viewer');
  await page.click('text=Desplegar todo');
  eq(await englishLeft(page, english), [], 'English left in the Spanish iframe viewer');
  await page.screenshot({ path: path.join(shots, 'iframe-es.png') });
}, { url: base });

test('two language versions read side by side, aligned by paragraph number, each with its own search', async (page) => {
  await drop(page, [
    ['CERD_C_SR.1692.en.txt', fixture('versions/CERD_C_SR.1692.en.txt')],
    ['CERD_C_SR.1692.fr.txt', fixture('versions/CERD_C_SR.1692.fr.txt')],
    ['CCPR_C_SR.2638.en.txt', fixture('versions/CCPR_C_SR.2638.en.txt')],
    ['CCPR_C_SR.2638.fr.txt', fixture('versions/CCPR_C_SR.2638.fr.txt')],
  ]);
  await waitForLibrary(page, 4);
  await showLibrary(page);
  await page.click('[data-side-by-side="CCPR/C/SR.2638"]');
  await page.waitForSelector('[data-versions]');
  // Cells come in pairs, left then right: each numbered row holds the same number on both sides.
  const cells = await page.$$eval('[data-version-row]', (els) => els.map((e) => [e.dataset.column, e.dataset.number || '', e.querySelector('[data-paragraph-number]')?.dataset.paragraphNumber || '']));
  const rows = [];
  for (let i = 0; i < cells.length; i += 2) rows.push([cells[i], cells[i + 1]]);
  const numbered = rows.filter(([l]) => l[1]);
  eq(numbered.map(([l, r]) => [l[0], l[2], r[0], r[2]]), [['0', '1', '1', '1'], ['0', '2', '1', '2'], ['0', '3', '1', '3']], 'paragraphs 1-3 side by side');
  eq(await page.locator('[data-numbering-differs]').count(), 0, 'no warning where the numbering agrees');
  eq(await page.$$eval('.rl-version-head', (els) => els.map((e) => e.getAttribute('lang'))), ['en', 'fr'], 'each column in its language');
  await page.fill('[data-version-search="1"]', 'Azerbaïdjan');
  await page.waitForSelector('[data-version-count="1"]');
  assert((await page.locator('.rl-right mark').count()) > 0 && (await page.locator('.rl-left mark').count()) === 0, 'the French column searched alone');
  await page.fill('[data-version-search="0"]', 'Azerbaijan');
  await page.waitForSelector('.rl-left mark');
  await page.screenshot({ path: path.join(shots, 'versions.png'), fullPage: true });
  // Where one version reaches a paragraph the other does not, the page says so.
  await showLibrary(page);
  await page.click('[data-side-by-side="CERD/C/SR.1692"]');
  await page.waitForSelector('[data-numbering-differs]');
  const warning = await page.locator('[data-numbering-differs]').textContent();
  assert(warning.includes('4') && warning.includes('English'), `warning: ${warning}`);
});

test('the library, its search, a review and two versions speak French with no English left', async (page) => {
  await drop(page, [...reviewTexts(), ['CCPR_C_SR.2638.en.txt', fixture('versions/CCPR_C_SR.2638.en.txt')]]);
  await page.waitForFunction(() => document.querySelector('[data-view="library"]')?.textContent.includes('(5)'), null, { timeout: 30000 });
  const english = await englishOnly(page, 'fr');
  const check = async (what) => eq(await englishLeft(page, english), [], `English left in the French ${what}`);
  await showLibrary(page);
  assert((await page.locator('[data-library-size]').textContent()).includes('conservés dans ce navigateur'), 'the library speaks French');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: path.join(shots, 'library-fr.png'), fullPage: true });
  await check('library');
  await page.fill('[data-library-search]', 'Azerbaïdjan');
  await page.waitForSelector('[data-search-hit]');
  assert((await page.locator('[data-search-hit] .rl-cite').first().textContent()).includes('par. '), 'citations as French writes them');
  await check('library search');
  await page.fill('[data-library-search]', '');
  await page.click('[data-review="CMW/C/AZE/1"]');
  await page.waitForSelector('[data-meeting]');
  await page.screenshot({ path: path.join(shots, 'review-fr.png'), fullPage: true });
  await check('review');
  await showLibrary(page);
  await page.click('[data-side-by-side="CCPR/C/SR.2638"]');
  await page.waitForSelector('[data-versions]');
  await check('side-by-side view');
  await axeClean(page, 'French library');
}, { context: { locale: 'fr-FR', bypassCSP: true } });

test('a full storage quota is said, and the record stays on screen', async (page) => {
  await paste(page, OTHER);
  await page.waitForFunction(() => document.querySelector('[data-message]')?.textContent.includes('could not be kept in the library'), null, { timeout: 15000 });
  const said = await message(page);
  assert(said.includes("the browser's storage for this page is full"), `said: ${said}`);
  eq(await symbol(page), 'CRC/C/SR.1845', 'the record stays on screen');
  await paste(page, SEED);
  eq(await turns(page), 20, 'and the app goes on');
}, {
  setup: async (context) => {
    await context.addInitScript(() => {
      IDBObjectStore.prototype.put = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    });
  },
});

test('two versions of a long verbatim record are drawn a page of rows at a time', async (page) => {
  // Each version four times over (one record of a long sitting), so there are more rows than a page.
  const long = (f) => Array(4).fill(fixture(f)).join('\n\n');
  await drop(page, [['S_PV.10124.txt', long('whole/S_PV.10124.txt')], ['S_PV.10124.fr.txt', long('whole/S_PV.10124.fr.txt')]]);
  await waitForLibrary(page, 2);
  await showLibrary(page);
  await page.click('[data-side-by-side="S/PV.10124"]');
  await page.waitForSelector('[data-versions]');
  const rows = async () => (await page.locator('[data-version-row]').count()) / 2;
  const first = await rows();
  assert(first > 0 && first <= 300, `a first page of rows: ${first}`);
  eq(first, 300, 'one page of rows first');
  await page.click('[data-more-rows]');
  await page.waitForFunction((n) => document.querySelectorAll('[data-version-row]').length / 2 > n, first);
  eq(await page.locator('[data-numbering-differs]').count(), 0, 'a verbatim record numbers nothing: no warning');
});

test('two tabs making reviews keep both', async (page, context) => {
  await drop(page, reviewTexts());
  await waitForLibrary(page, 5);
  const other = await open(context);
  await waitForLibrary(other, 5);
  const make = async (p, name, symbols) => {
    await showLibrary(p);
    for (const s of symbols) await p.check(`[data-library-record][data-symbol="${s}"] input[type=checkbox]`);
    await p.fill('.rl-lib-make input[type=text]', name);
    await p.click('[data-make-review]');
    await p.waitForSelector('[data-meeting]');
  };
  await make(page, 'Mine', ['CMW/C/SR.100', 'CCPR/C/SR.2640']);
  await make(other, 'Theirs', ['CMW/C/SR.102', 'CCPR/C/SR.2640']);
  await page.waitForTimeout(300);
  await page.reload();
  await page.waitForSelector('[data-turn]');
  await waitForLibrary(page, 5);
  await showLibrary(page);
  eq((await page.$$eval('[data-review-kind="chosen"]', (els) => els.map((e) => e.dataset.review))).sort(), ['Mine', 'Theirs'], 'both tabs\' reviews');
  if (other.errors.length) throw new Error(other.errors.join('\n'));
});

let passed = 0;
let failed = 0;
// E2E_ONLY=words runs only the tests whose name contains them (for work on one test).
for (const t of tests.filter((t) => !process.env.E2E_ONLY || t.name.includes(process.env.E2E_ONLY))) {
  // The browser speaks English unless a test says otherwise (the interface follows it).
  const context = await browser.newContext({ locale: 'en-US', ...(t.options.context || {}) });
  let page;
  try {
    if (t.options.setup) await t.options.setup(context);
    page = await open(context, t.options.url);
    await t.fn(page, context);
    if (page.errors.length) throw new Error(page.errors.join('\n'));
    passed += 1;
    console.log(`ok   ${t.name}`);
  } catch (e) {
    failed += 1;
    console.log(`FAIL ${t.name}\n     ${String(e.message).split('\n').join('\n     ')}`);
    if (page) await page.screenshot({ path: path.join(shots, `failed-${passed + failed}.png`) }).catch(() => {});
  } finally {
    await context.close();
  }
}
await browser.close();
server.close();
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
