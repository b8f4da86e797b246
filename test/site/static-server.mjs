// A plain static file server, as any host of the site serves it (GitHub Pages, Netlify, a folder on
// a web server): each file as it is, its type from its extension, a folder's index.html, and 404
// for anything else. No build tool in between, so the site's tests see what its visitors get.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, relative, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.zip': 'application/zip',
};

/**
 * Serves the folder `root` on 127.0.0.1 under the path `base` ("/" for a site of its own,
 * "/release-countdown/" as a GitHub Pages project site is served). Returns the site's URL and
 * close().
 */
export async function serveStatic(root, { base = '/', host = '127.0.0.1', port = 0 } = {}) {
  const server = createServer(async (request, response) => {
    const file = await fileFor(root, base, request.url);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    } else if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    } else {
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': body.length,
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    }
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  return {
    url: `http://${host}:${server.address().port}${base}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}

/** The file a request path names inside `root`, or undefined: outside `base` or `root`, or missing. */
async function fileFor(root, base, url) {
  let path;
  try {
    path = decodeURIComponent(new URL(url, 'http://host').pathname);
  } catch {
    return undefined;
  }
  if (!path.startsWith(base)) return undefined;
  let file = join(root, path.slice(base.length));
  if (relative(root, file).split(sep).includes('..')) return undefined;
  let found = await stat(file).catch(() => undefined);
  if (found?.isDirectory()) {
    file = join(file, 'index.html');
    found = await stat(file).catch(() => undefined);
  }
  return found?.isFile() ? file : undefined;
}
