// Starts the Local Therapy Decision Aid. Written into the build by scripts/postbuild.py, which
// fills in the JS glue and the wasm that Trunk built (from the page's own preload links); it takes
// the place of Trunk's inline loader, so the Content-Security-Policy needs no 'unsafe-inline'.
// The import is dynamic, so that revealing the start screen (above) does not wait for the glue.
const bindings = await import(__GLUE__);
const wasm = await bindings.default({ module_or_path: __WASM__ });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
