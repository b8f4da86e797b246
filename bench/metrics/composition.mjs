import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import { build } from 'vite';

/** What a minified byte of the bundle is counted under: one of our modules, or a package. */
function groupOf(source) {
  if (!source) return '(banner and glue)';
  const ours = source.match(/(?:^|\/)src\/(.+)$/);
  if (ours && !source.includes('node_modules/')) return `src/${ours[1]}`;
  const inPackage = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  return inPackage ? inPackage[1] : source;
}

/**
 * Builds the embed file again into `outDir` with a source map, as `npm run build` does, and
 * counts its minified bytes by the module they come from: each byte belongs to the last
 * mapping at or before it. Returns rows of { group, raw, gzipAlone } (gzipAlone: that group's
 * bytes gzipped on their own, which overstates its share, since parts compress better together).
 */
export async function embedComposition(rootDir, outDir) {
  await build({
    root: rootDir,
    configFile: join(rootDir, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, sourcemap: true },
  });
  const code = await readFile(join(outDir, 'release-countdown.js'), 'utf8');
  const map = new SourceMapConsumer(JSON.parse(await readFile(join(outDir, 'release-countdown.js.map'), 'utf8')));

  const lineStarts = [0];
  for (let index = code.indexOf('\n'); index !== -1; index = code.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  const mappings = [];
  map.eachMapping(({ generatedLine, generatedColumn, source }) =>
    mappings.push({ at: lineStarts[generatedLine - 1] + generatedColumn, group: groupOf(source) }),
  );
  mappings.sort((a, b) => a.at - b.at);

  const slices = new Map();
  const add = (group, text) => slices.set(group, (slices.get(group) ?? '') + text);
  add(groupOf(null), code.slice(0, mappings[0]?.at ?? code.length));
  mappings.forEach(({ at, group }, index) => add(group, code.slice(at, mappings[index + 1]?.at ?? code.length)));

  return [...slices]
    .map(([group, text]) => ({ group, raw: Buffer.byteLength(text), gzipAlone: gzipSync(text, { level: 9 }).length }))
    .sort((a, b) => b.raw - a.raw);
}
