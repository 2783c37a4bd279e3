// Reveals the start screen that scripts/postbuild.py pre-rendered into the page, if the start
// screen is the one asked for (a deep link or a reload mid-consultation shows "Loading…" instead,
// never the wrong screen), and lets it paint before the app's files are asked for, so they do not
// compete with it on a slow link.
if (/^(#\/?)?$/.test(location.hash)) {
  const start = document.querySelector('.prerendered');
  if (start) {
    start.hidden = false;
    document.documentElement.classList.add('start-ready');
    await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
  }
}
