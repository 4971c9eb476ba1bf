// Browser side of the benchmark (scripts/bench.sh): in Debian's headless Chromium, against
// the built app (dist/), prints
//   - parse throughput inside WebAssembly for the seed and the largest verbatim record;
//   - the sizes of the built app (raw, gzip, brotli) and of the single offline file.
// Not measured yet (issue 6): drop-to-paint against plain paragraphs, and the ~5 MB input.
// Output: one "key: value" line per figure, for bench.sh to combine with the native figures.

import { chromium } from 'playwright-core';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const dist = path.resolve(process.argv[2] || path.join(root, 'dist'));
const corpus = process.env.RECORDLINE_CORPUS || path.join(root, '../shared/corpus');
const SEED = fs.readFileSync(path.join(root, 'tests/fixtures/CMW_C_SR.464.md'), 'utf8');
const LARGEST = fs.readFileSync(path.join(corpus, 'pdf/A_79_PV.29.txt'), 'utf8');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  let file = path.join(dist, url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname));
  if (!fs.existsSync(file)) { res.writeHead(404).end(); return; }
  res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] });
const out = (k, v) => console.log(`${k}: ${v}`);

async function freshPage(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  return { context, page };
}

// 1. Parse inside WebAssembly.
{
  const { context, page } = await freshPage(base);
  await page.waitForSelector('[data-turn]');
  for (const [name, text, runs] of [['seed', SEED, 200], ['verbatim_A_79_PV.29', LARGEST, 50]]) {
    const ms = await page.evaluate(([t, n]) => { window.wasmBindings.bench_parse(t, 5); return window.wasmBindings.bench_parse(t, n) / n; }, [text, runs]);
    out(`wasm_parse_ms ${name}`, ms.toFixed(3));
    out(`wasm_parse_mb_s ${name}`, (Buffer.byteLength(text) / ms / 1000).toFixed(1));
  }
  await context.close();
}

// 4. Sizes.
for (const f of ['recordline-web_bg.wasm', 'recordline-web.js', 'recordline.html']) {
  const bytes = fs.readFileSync(path.join(dist, f));
  out(`size ${f}`, `${bytes.length} raw, ${zlib.gzipSync(bytes, { level: 9 }).length} gzip, ${zlib.brotliCompressSync(bytes).length} brotli`);
}

await browser.close();
server.close();
