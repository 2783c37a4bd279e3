// Start-up guard of the Local Therapy Decision Aid: before any of the app's code or WebAssembly is
// asked for, checks that this browser has what the app needs, and if not shows the notice that
// the build pre-rendered into the page (the browser is too old, which browsers work, that the care
// team can print the summary) instead of an inert start screen or an endless "Loading…".
//
// It runs before the loader (a deferred classic script, listed first; xtask/src/postbuild.rs puts
// it there) and is written in the JavaScript of 2009 (ES5: no let, const, arrows or modules), so
// that it parses and runs in any browser old enough to need it. The loader reads
// `window.ltaUnsupported` and asks for nothing when it is set; when loading or starting fails, it
// calls `window.ltaStartFailed`.
//
// The names below are the ones content/data/bundle.toml lists (support.guard_checks) and the
// README's "Supported browsers" explains; tests/tooling.rs checks all three agree, and
// `xtask check-support` checks that the built wasm uses no WebAssembly feature beyond the
// ones tested here and that each tiny module needs exactly its feature.
(function () {
  'use strict';

  // The magic number and version of every WebAssembly module.
  var HEADER = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];

  // Tiny modules, each valid only in a browser that has one WebAssembly feature the app's wasm
  // uses (Rust enables them by default): a type section, one function, its body.
  var WASM_FEATURES = {
    // () -> () { ref.null extern; drop }
    'reference-types': [0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00,
      0x0a, 0x07, 0x01, 0x05, 0x00, 0xd0, 0x6f, 0x1a, 0x0b],
    // () -> () { memory.fill(0, 0, 0) }, with a memory of no pages
    'bulk-memory': [0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00,
      0x05, 0x03, 0x01, 0x00, 0x00,
      0x0a, 0x0d, 0x01, 0x0b, 0x00, 0x41, 0x00, 0x41, 0x00, 0x41, 0x00, 0xfc, 0x0b, 0x00, 0x0b],
    // () -> (i32, i32) { i32.const 0; i32.const 0 }
    'multivalue': [0x01, 0x06, 0x01, 0x60, 0x00, 0x02, 0x7f, 0x7f, 0x03, 0x02, 0x01, 0x00,
      0x0a, 0x08, 0x01, 0x06, 0x00, 0x41, 0x00, 0x41, 0x00, 0x0b],
    // () -> i32 { i32.extend8_s(i32.const 0) }
    'sign-ext': [0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f, 0x03, 0x02, 0x01, 0x00,
      0x0a, 0x07, 0x01, 0x05, 0x00, 0x41, 0x00, 0xc0, 0x0b],
    // () -> i32 { i32.trunc_sat_f32_s(f32.const 0) }
    'nontrapping-float-to-int': [0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f, 0x03, 0x02, 0x01, 0x00,
      0x0a, 0x0b, 0x01, 0x09, 0x00, 0x43, 0x00, 0x00, 0x00, 0x00, 0xfc, 0x00, 0x0b]
  };

  function module(body) {
    return new Uint8Array(HEADER.concat(body));
  }

  // Each check answers true when the browser has what it names; one that throws counts as false.
  var CHECKS = [
    ['module-scripts', function () {
      return 'noModule' in document.createElement('script');
    }],
    ['webassembly', function () {
      return typeof WebAssembly === 'object' && typeof WebAssembly.validate === 'function';
    }],
    // Running WebAssembly is what the page's Content-Security-Policy allows with
    // 'wasm-unsafe-eval'; a browser that does not know that word blocks it: Chrome and Edge
    // before 97 refuse to compile, Safari before 16 to instantiate (so both are tried, on an
    // empty module). Firefox before 102 applied no policy to WebAssembly at all.
    ['webassembly-allowed', function () {
      return new WebAssembly.Instance(new WebAssembly.Module(module([])), {}) instanceof WebAssembly.Instance;
    }],
    ['text-encoding', function () {
      return typeof TextDecoder === 'function' && typeof TextEncoder === 'function';
    }],
    ['promises-and-fetch', function () {
      return typeof Promise === 'function' && typeof fetch === 'function';
    }]
  ];
  for (var name in WASM_FEATURES) {
    if (Object.prototype.hasOwnProperty.call(WASM_FEATURES, name)) {
      CHECKS.push([name, validates(WASM_FEATURES[name])]);
    }
  }

  function validates(body) {
    return function () {
      return WebAssembly.validate(module(body));
    };
  }

  function missing() {
    var found = [];
    for (var i = 0; i < CHECKS.length; i += 1) {
      var has = false;
      try {
        has = CHECKS[i][1]() === true;
      } catch (error) {
        has = false;
      }
      if (!has) {
        found.push(CHECKS[i][0]);
      }
    }
    return found;
  }

  // Shows the notice: `reason` is "too-old" or "failed" (which paragraph), `details` the names
  // of what was missing or the error, for whoever looks after the device.
  function show(reason, details) {
    var notice = document.getElementById('unsupported');
    if (!notice) {
      return;
    }
    var parts = notice.querySelectorAll('[data-when]');
    for (var i = 0; i < parts.length; i += 1) {
      parts[i].hidden = parts[i].getAttribute('data-when') !== reason;
    }
    var detail = notice.querySelector('[data-details]');
    if (detail) {
      detail.textContent = details;
    }
    // The start screen (if it was revealed) and "Loading…" give way to the notice.
    var hide = document.querySelectorAll('#loading-shell > .loading-shell, #loading-shell > .prerendered');
    for (var j = 0; j < hide.length; j += 1) {
      hide[j].hidden = true;
    }
    document.documentElement.className = document.documentElement.className.replace(/\bstart-ready\b/, '');
    // The start screen it replaces was the page's main landmark: now the notice is.
    notice.setAttribute('role', 'main');
    notice.hidden = false;
    var heading = notice.querySelector('h1');
    if (heading) {
      document.title = heading.textContent;
    }
  }

  // In the single-file edition this script is inline in <head>, before the notice is parsed.
  function whenReady(then) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', then);
    } else {
      then();
    }
  }

  var lacking = missing();
  if (lacking.length > 0) {
    window.ltaUnsupported = lacking;
    whenReady(function () {
      show('too-old', lacking.join(', '));
    });
  }
  window.ltaStartFailed = function (error) {
    whenReady(function () {
      show('failed', String(error && error.message ? error.message : error));
    });
  };
})();
