// Recordline for host pages: add this one script, and every <div data-recordline> on the
// page becomes a viewer (see README, "Embedding by script"). It loads the app's
// WebAssembly from beside this file; nothing else is requested.
import init from './recordline-web.js';

// The worker that reads files imports the same glue (src/ui/worker.rs).
globalThis.__recordlineGlue = new URL('./recordline-web.js', import.meta.url).href;

await init({ module_or_path: new URL('./recordline-web_bg.wasm', import.meta.url) });
