//! Running asynchronous browser work (service-worker messages, fetches) from effects and handlers.

use std::future::Future;

/// Runs `task` to completion on the browser's event loop.
pub fn spawn(task: impl Future<Output = ()> + 'static) {
    wasm_bindgen_futures::spawn_local(task);
}
