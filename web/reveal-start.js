// Reveals the start screen that xtask/src/postbuild.rs pre-rendered into the page, if the start
// screen is the one asked for (a deep link or a reload mid-consultation shows "Loading…" instead,
// never the wrong screen) and the start-up guard (web/guard.js) found nothing missing, and lets it
// paint before the app's files are asked for, so they do not compete with it on a slow link. The
// loader below waits for `startScreenPainted`.
const startScreenPainted = new Promise((painted) => {
  const start = !window.ltaUnsupported && /^(#\/?)?$/.test(location.hash) && document.querySelector('.prerendered');
  if (!start) {
    painted();
    return;
  }
  start.hidden = false;
  document.documentElement.classList.add('start-ready');
  requestAnimationFrame(() => setTimeout(painted, 0));
});
