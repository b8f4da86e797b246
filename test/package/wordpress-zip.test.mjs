// dist/release-countdown-wordpress.zip, which `npm run build` writes: what a site's admin uploads
// through Plugins → Add New → Upload Plugin. WordPress unpacks it into wp-content/plugins/ and
// reads the plugin from its one top folder; the plugin test installs this same file in a real
// WordPress (npm run test:wordpress), and this one checks what is in it.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { unzip, zip } from '../../wordpress/zip.mjs';

const ROOT = new URL('../../', import.meta.url);
const ZIP = new URL('dist/release-countdown-wordpress.zip', ROOT);
const PLUGIN = new URL('wordpress/release-countdown/', ROOT);

function entries() {
  if (!existsSync(ZIP)) throw new Error('dist/release-countdown-wordpress.zip is missing: run npm run build.');
  return new Map(unzip(readFileSync(ZIP)).map(({ name, data }) => [name, data]));
}

describe('the WordPress plugin zip', () => {
  it('holds the plugin in one folder, release-countdown/, and nothing of its tests', () => {
    const themes = readdirSync(new URL('demo/themes/', ROOT)).filter((file) => file.endsWith('.css'));
    assert.deepEqual(
      [...entries().keys()].sort(),
      [
        'release-countdown/',
        'release-countdown/block/',
        'release-countdown/block/block.json',
        'release-countdown/block/editor.js',
        'release-countdown/build/',
        'release-countdown/build/release-countdown.js',
        'release-countdown/build/themes/',
        ...themes.map((file) => `release-countdown/build/themes/${file}`),
        'release-countdown/readme.txt',
        'release-countdown/release-countdown.php',
      ].sort(),
    );
  });

  it('carries the embed file that npm run build made, byte for byte', () => {
    assert.ok(
      entries()
        .get('release-countdown/build/release-countdown.js')
        .equals(readFileSync(new URL('dist/release-countdown.js', ROOT))),
    );
  });

  it('carries the plugin files as they are in the repository', () => {
    for (const file of ['release-countdown.php', 'readme.txt', 'block/block.json', 'block/editor.js']) {
      assert.ok(
        entries()
          .get(`release-countdown/${file}`)
          .equals(readFileSync(new URL(file, PLUGIN))),
        file,
      );
    }
  });

  it("has a main file whose header WordPress reads, with the readme's version", () => {
    const php = entries().get('release-countdown/release-countdown.php').toString('utf8');
    const header = (field) => new RegExp(`^ \\* ${field}:[ \\t]*(.+)$`, 'm').exec(php)?.[1].trim();
    assert.equal(header('Plugin Name'), 'Release Countdown');
    assert.equal(header('Requires at least'), '6.5');
    const readme = entries().get('release-countdown/readme.txt').toString('utf8');
    const stableTag = /^Stable tag:\s*(.+)$/m.exec(readme)?.[1].trim();
    const { version } = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8'));
    assert.deepEqual([header('Version'), stableTag], [version, version]);
  });

  it('tells the admin in its readme to upload this zip', () => {
    const readme = entries().get('release-countdown/readme.txt').toString('utf8');
    const installation = /== Installation ==([\s\S]*?)\n== /.exec(readme)?.[1] ?? '';
    assert.match(installation, /release-countdown-wordpress\.zip/);
    assert.match(installation, /Plugins → Add New → Upload Plugin/);
  });
});

describe('zip and unzip (wordpress/zip.mjs)', () => {
  it('give back the same names and bytes, and the same archive for the same files', () => {
    const files = [
      { name: 'folder/' },
      { name: 'folder/empty.txt', data: '' },
      { name: 'folder/naïve “quoted”.txt', data: 'Ünïcode\n'.repeat(1000) },
      { name: 'folder/bytes.bin', data: Buffer.from([0, 255, 1, 254]) },
    ];
    const archive = zip(files);
    assert.deepEqual(
      unzip(archive).map(({ name, data }) => [name, data.toString('hex')]),
      files.map(({ name, data = '' }) => [name, Buffer.from(data).toString('hex')]),
    );
    assert.ok(zip(files).equals(archive), 'no date or other varying byte');
  });

  it('refuses a damaged archive, naming the entry', () => {
    const archive = zip([{ name: 'a.txt', data: 'a'.repeat(100) }]);
    // The first byte of the stored data, just after the 30-byte header and the name.
    archive[30 + 'a.txt'.length] ^= 0xff;
    assert.throws(() => unzip(archive), /a\.txt/);
  });
});
