// Copies into build/ what the plugin serves and the repository makes elsewhere: the embed file
// that `npm run build` writes to dist/, and the five theme stylesheets of demo/themes/. They are
// copies, so git ignores build/.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const build = new URL('build/', import.meta.url);
const embed = new URL('dist/release-countdown.js', root);
if (!existsSync(embed)) {
  throw new Error('dist/release-countdown.js is missing: run npm run build in the repository root first.');
}
mkdirSync(new URL('themes/', build), { recursive: true });
copyFileSync(embed, new URL('release-countdown.js', build));
const themes = new URL('demo/themes/', root);
for (const file of readdirSync(themes).filter((name) => name.endsWith('.css'))) {
  copyFileSync(new URL(file, themes), new URL(`themes/${file}`, build));
}
