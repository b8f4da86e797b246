// A static file server for the fixture tests: URL prefixes mapped to folders.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/** Serves `folders` ({ '/prefix/': '/absolute/folder/' }) on 127.0.0.1, on a free port. */
export async function serveFolders(folders) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    // The browser asks for one on its own; a 404 would be a console error.
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const prefix = Object.keys(folders).find((candidate) => path.startsWith(candidate));
    const relative = prefix && normalize(path.slice(prefix.length));
    if (!relative || relative.startsWith('..')) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(join(folders[prefix], relative));
      response.writeHead(200, { 'Content-Type': TYPES[extname(relative)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
