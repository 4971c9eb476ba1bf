// Trunk post-build hook: writes recordline.html, the whole app in one file that works
// opened from disk (file://) with no network: styles inlined, the JS glue as a data: URL
// module, the WebAssembly gzip-compressed and base64-encoded, inflated in the browser with
// DecompressionStream. (Module scripts and fetch() are refused for file:// pages, so
// Trunk's own index.html cannot run from disk; see ../shared/TOOLCHAIN.md.)
//
//   node scripts/single-file.mjs [DIR]     (DIR: $TRUNK_STAGING_DIR, else dist)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const read = (name) => fs.readFileSync(path.join(dir, name));

// index.html: the Content Security Policy names the hash of Trunk's inline loader script.
let page = read('index.html').toString('utf8');
const inline = page.match(/<script type="module">([\s\S]*?)<\/script>/);
if (!inline) throw new Error('single-file: the loader script of index.html was not found');
const hash = crypto.createHash('sha256').update(inline[1]).digest('base64');
page = page.replace('__LOADER_HASH__', `'sha256-${hash}'`);
fs.writeFileSync(path.join(dir, 'index.html'), page);

// sw.js: its version is a hash of the app's files, so each build replaces the last cleanly.
const files = ['recordline-web.js', 'recordline-web_bg.wasm', 'index.html', 'base.css', 'app.css', 'timeline.css', 'library.css', 'print.css'];
const version = crypto.createHash('sha256');
for (const f of files) version.update(read(f));
const sw = read('sw.js').toString('utf8').replace('__RECORDLINE_VERSION__', version.digest('hex').slice(0, 16));
fs.writeFileSync(path.join(dir, 'sw.js'), sw);

let html = page;

const sheets = [...html.matchAll(/<link rel="stylesheet" href="\.?\/?([^"]+)"[^>]*>/g)].map((m) => read(m[1]).toString('utf8'));
html = html.replace(/<link rel="stylesheet"[^>]*>\s*/g, '');
html = html.replace(/<link rel="(modulepreload|preload|manifest)"[^>]*>/g, '');
html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, '');
html = html.replace('</head>', `<style>\n${sheets.join('\n')}\n</style>\n</head>`);

const glue = read('recordline-web.js').toString('base64');
const wasm = zlib.gzipSync(read('recordline-web_bg.wasm'), { level: 9 }).toString('base64');
const loader = `<script type="module">
// The worker that reads files imports the same glue (src/ui/worker.rs).
globalThis.__recordlineGlue = "data:text/javascript;base64,${glue}";
const { default: init } = await import(globalThis.__recordlineGlue);
const packed = "${wasm}";
const bytes = Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));
const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
await init({ module_or_path: new Response(stream, { headers: { "content-type": "application/wasm" } }) });
</script>`;
const before = html;
html = html.replace(/<script type="module">[\s\S]*?<\/script>/, () => loader);
if (html === before) throw new Error('single-file: the loader script of index.html was not found');
fs.writeFileSync(path.join(dir, 'recordline.html'), html);
console.log(`single-file: recordline.html, ${(html.length / 1024).toFixed(0)} KB`);
