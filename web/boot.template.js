// Starts the Local Therapy Decision Aid. Written into the build by xtask/src/postbuild.rs, which
// fills in the JS glue and the wasm that Trunk built (from the page's own preload links); it takes
// the place of Trunk's inline loader, so the Content-Security-Policy needs no 'unsafe-inline'.
// The start-up guard (web/guard.js) runs first: where it found this browser lacking, nothing is
// asked for; where loading or starting fails, it shows its notice instead of an endless
// "Loading…". The import is dynamic, so that revealing the start screen (above, when the page has
// one) does not wait for the glue. No top-level await: promises only, which more browsers parse.
const painted = typeof startScreenPainted === 'undefined' ? Promise.resolve() : startScreenPainted;
const startFailed = (error) => {
  if (typeof window.ltaStartFailed === 'function') window.ltaStartFailed(error);
  else console.error(error);
};
if (!window.ltaUnsupported) {
  painted
    .then(() => import(__GLUE__))
    .then((bindings) => bindings.default({ module_or_path: __WASM__ }).then((wasm) => {
      window.wasmBindings = bindings;
      dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
    }))
    .catch(startFailed);
}
