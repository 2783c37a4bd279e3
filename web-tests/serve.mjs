// The static server for the browser tests and the engine walks: serves one folder on 127.0.0.1,
// plainly, like GitHub Pages minus HTTPS and compression. It answers as Python's
// `http.server` did before it (the same Content-Type for every file the site ships, Content-Length,
// Last-Modified, 304 to If-Modified-Since, no Cache-Control, no ETag, no compression), so that what
// the browsers cache and what the service worker sees stay as they were. Unlike Python's, it
// lists no folder (a folder without index.html is a 404).
//
//   node serve.mjs DIR [PORT]   (PORT 0 or absent: a free port the system picks)
//
// Prints "serving DIR at http://127.0.0.1:PORT/" once it accepts connections. It sets no signal
// handlers on purpose: SIGTERM or SIGINT end it at once, connections and all, which is what the
// offline checks rely on when they stop it to see the service worker answer alone.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';

/** Content-Type by file extension: the values Python's http.server sent for these files. */
const CONTENT_TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.txt': 'text/plain',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.ico': 'image/vnd.microsoft.icon',
};
const OTHER_CONTENT_TYPE = 'application/octet-stream';

/** An error page in the shape Python's server sent (a small HTML page, connection closed). */
function sendError(res, status, message, extraHeaders = {}) {
  const body = Buffer.from(
    `<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Error ${status}</title></head>\n` +
      `<body><h1>Error ${status}</h1><p>${message}</p></body>\n</html>\n`,
  );
  res.writeHead(status, message, {
    Connection: 'close',
    'Content-Type': 'text/html;charset=utf-8',
    'Content-Length': body.length,
    ...extraHeaders,
  });
  res.end(body);
}

/**
 * The file or folder a request path names under `root`, or null when the path cannot name one.
 * As in Python's server: the query and fragment are dropped, the path is percent-decoded, and
 * empty, "." and ".." parts are skipped, so nothing outside `root` can be reached.
 */
function localPath(root, requestUrl) {
  const pathOnly = requestUrl.split('?')[0].split('#')[0];
  let decoded;
  try {
    decoded = decodeURIComponent(pathOnly);
  } catch {
    return null;
  }
  const parts = decoded.split('/').filter((part) => part !== '' && part !== '.' && part !== '..');
  return join(root, ...parts);
}

/** Stat that answers null for anything missing or unreadable. */
async function statOrNull(file) {
  try {
    return await stat(file);
  } catch {
    return null;
  }
}

/** Answers one request: a file, index.html for a folder, a redirect to add a folder's slash, or 404. */
async function answer(root, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendError(res, 501, `Unsupported method ('${req.method}')`);
    return;
  }
  const pathOnly = req.url.split('?')[0].split('#')[0];
  let file = localPath(root, req.url);
  let info = file === null ? null : await statOrNull(file);
  if (info?.isDirectory()) {
    if (!pathOnly.endsWith('/')) {
      // A folder asked for without its slash: relative links inside it need the slash.
      const query = req.url.slice(pathOnly.length);
      res.writeHead(301, { Location: `${pathOnly}/${query}`, 'Content-Length': 0 });
      res.end();
      return;
    }
    file = join(file, 'index.html');
    info = await statOrNull(file);
  } else if (pathOnly.endsWith('/')) {
    // A file asked for as if it were a folder.
    info = null;
  }
  if (!info?.isFile()) {
    sendError(res, 404, 'File not found');
    return;
  }
  // HTTP dates have whole seconds: compare in whole seconds, as Python did.
  const modified = new Date(Math.floor(info.mtimeMs / 1000) * 1000);
  const since = req.headers['if-modified-since'];
  if (since !== undefined && req.headers['if-none-match'] === undefined) {
    const sinceTime = Date.parse(since);
    if (!Number.isNaN(sinceTime) && modified.getTime() <= sinceTime) {
      res.writeHead(304);
      res.end();
      return;
    }
  }
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] || OTHER_CONTENT_TYPE,
    'Content-Length': info.size,
    'Last-Modified': modified.toUTCString(),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  // A file removed between stat and read: end the response rather than the server.
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

const [dirArgument, portArgument] = process.argv.slice(2);
if (!dirArgument) {
  console.error('usage: node serve.mjs DIR [PORT]');
  process.exit(2);
}
const root = resolve(dirArgument);
const rootInfo = await statOrNull(root);
if (!rootInfo?.isDirectory()) {
  console.error(`serve.mjs: ${root} is not a folder`);
  process.exit(2);
}
const port = Number(portArgument || 0);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`serve.mjs: '${portArgument}' is not a port number`);
  process.exit(2);
}

const server = createServer((req, res) => {
  answer(root, req, res).catch((error) => {
    console.error(`serve.mjs: ${req.url}: ${error.message}`);
    if (!res.headersSent) sendError(res, 500, 'Internal server error');
    else res.destroy();
  });
});
server.on('error', (error) => {
  console.error(`serve.mjs: cannot serve on 127.0.0.1:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`serving ${root} at http://127.0.0.1:${server.address().port}/`);
});
