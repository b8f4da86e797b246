// `npm run build`, last step: the plugin as dist/release-countdown-wordpress.zip, the file a site's
// admin uploads through Plugins → Add New → Upload Plugin. WordPress expects one top folder, which
// becomes wp-content/plugins/release-countdown/. Inside it: the plugin's own files, and in build/
// what the repository makes elsewhere, the embed file that `npm run build` wrote to dist/ and the
// five theme stylesheets of demo/themes/. Not the plugin's tests or their dependencies.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { zip } from '../zip.mjs';

const root = new URL('../../', import.meta.url);
const plugin = new URL('./', import.meta.url);
const embed = new URL('dist/release-countdown.js', root);
const themes = new URL('demo/themes/', root);
const FOLDER = 'release-countdown/';
const ZIP_FILE = new URL('dist/release-countdown-wordpress.zip', root);

if (!existsSync(embed)) {
  throw new Error('dist/release-countdown.js is missing: run npm run build in the repository root first.');
}

/** A folder of the plugin, and every file under it, as zip entries named from the top folder. */
function folderEntries(url, name) {
  const entries = [{ name }];
  for (const item of readdirSync(url, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (item.isDirectory()) entries.push(...folderEntries(new URL(`${item.name}/`, url), `${name}${item.name}/`));
    else entries.push({ name: `${name}${item.name}`, data: readFileSync(new URL(item.name, url)) });
  }
  return entries;
}

const themeFiles = readdirSync(themes)
  .filter((file) => file.endsWith('.css'))
  .sort();
const entries = [
  { name: FOLDER },
  { name: `${FOLDER}release-countdown.php`, data: readFileSync(new URL('release-countdown.php', plugin)) },
  { name: `${FOLDER}readme.txt`, data: readFileSync(new URL('readme.txt', plugin)) },
  ...folderEntries(new URL('block/', plugin), `${FOLDER}block/`),
  { name: `${FOLDER}build/` },
  { name: `${FOLDER}build/release-countdown.js`, data: readFileSync(embed) },
  { name: `${FOLDER}build/themes/` },
  ...themeFiles.map((file) => ({ name: `${FOLDER}build/themes/${file}`, data: readFileSync(new URL(file, themes)) })),
];
writeFileSync(ZIP_FILE, zip(entries));
