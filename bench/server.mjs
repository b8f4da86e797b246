import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { benchPage } from './page.mjs';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.gif': 'image/gif',
};

/** Only what pages load: the packages, our build and the in-page harness. */
const SERVED_DIRECTORIES = ['node_modules', 'dist', join('bench', 'page')];

/**
 * A static server on 127.0.0.1 at a random port. `/page?contender=…&n=…&target=…[&layout=…]` is a
 * generated benchmark page; any other path is a file under the repository root.
 */
export async function startServer(rootDir) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    try {
      if (url.pathname === '/page') {
        const html = benchPage({
          contenderId: url.searchParams.get('contender'),
          n: Number(url.searchParams.get('n')),
          targetMs: Number(url.searchParams.get('target')),
          layout: url.searchParams.get('layout') ?? 'all-on-screen',
        });
        return send(response, 200, CONTENT_TYPES['.html'], html);
      }
      const relative = normalize(decodeURIComponent(url.pathname)).replace(/^[/\\]+/, '');
      if (!SERVED_DIRECTORIES.some((dir) => relative.startsWith(dir + sep))) {
        return send(response, 404, 'text/plain', 'not served');
      }
      const body = await readFile(join(rootDir, relative));
      return send(response, 200, CONTENT_TYPES[extname(relative)] ?? 'application/octet-stream', body);
    } catch (error) {
      return send(response, error.code === 'ENOENT' ? 404 : 500, 'text/plain', String(error.message));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

function send(response, status, type, body) {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}
