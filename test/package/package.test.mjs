// The packed package (npm run test:package packs it first): exactly the intended files (not the
// site or the WordPress zip that the build writes beside them), every package.json field pointing
// at one of them, type declarations that check in a React 19 project and in one without React,
// and a custom-elements.json that the README's tables agree with.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { FIXTURES, PACKED_DIR, ROOT, packedFiles, packedJson } from './packed.mjs';

const packed = (path) => readFileSync(new URL(path, `file://${PACKED_DIR}`), 'utf8');

describe('the packed files', () => {
  it('are the README, the licence, package.json, the modules, the embed file and its CSS, the manifest, the declarations and the static site generator integrations', () => {
    const declarations = readdirSync(new URL('src/', `file://${ROOT}`), { recursive: true })
      .filter((name) => name.endsWith('.ts'))
      .map((name) => `dist/types/${name.replace(/\.ts$/, '.d.ts')}`);
    const expected = [
      'LICENSE',
      'README.md',
      'package.json',
      'dist/custom-elements.json',
      'dist/element.js',
      'dist/index.js',
      'dist/react.js',
      'dist/release-countdown.css',
      'dist/release-countdown.js',
      'integrations/eleventy/index.d.ts',
      'integrations/eleventy/index.js',
      'integrations/hugo/layouts/partials/release-countdown/assets.html',
      'integrations/hugo/layouts/partials/release-countdown/date-line.html',
      'integrations/hugo/layouts/partials/release-countdown/gmt-offset.html',
      'integrations/hugo/layouts/shortcodes/release-countdown.html',
      'integrations/jekyll/_includes/release-countdown.html',
      ...declarations,
    ];
    assert.deepEqual(packedFiles(), expected.sort());
  });

  it('leave out the site and the WordPress plugin, which the build also writes to dist/', () => {
    assert.deepEqual(
      packedFiles().filter((path) => path.startsWith('dist/site/') || path.endsWith('.zip')),
      [],
    );
  });

  it('include every file package.json names', () => {
    const files = new Set(packedFiles());
    const pkg = packedJson('package.json');
    const named = [pkg.main, pkg.module, pkg.types, pkg.unpkg, pkg.jsdelivr, pkg.customElements, ...pkg.sideEffects];
    for (const target of Object.values(pkg.exports)) {
      named.push(...(typeof target === 'string' ? [target] : Object.values(target)));
    }
    for (const path of named) assert.ok(files.has(path.replace(/^\.\//, '')), `${path} is not in the package`);
  });

  it('map each entry to the right module', () => {
    const { exports, sideEffects, unpkg, jsdelivr } = packedJson('package.json');
    assert.deepEqual(exports['.'], { types: './dist/types/index.d.ts', default: './dist/index.js' });
    assert.deepEqual(exports['./element'], {
      types: './dist/types/element/release-countdown.d.ts',
      default: './dist/element.js',
    });
    assert.deepEqual(exports['./react'], { types: './dist/types/react.d.ts', default: './dist/react.js' });
    assert.deepEqual(exports['./bundle'], { types: './dist/types/index.d.ts', default: './dist/release-countdown.js' });
    assert.deepEqual(exports['./eleventy'], {
      types: './integrations/eleventy/index.d.ts',
      default: './integrations/eleventy/index.js',
    });
    assert.deepEqual(sideEffects, ['./dist/index.js', './dist/react.js', './dist/release-countdown.js']);
    assert.equal(unpkg, 'dist/release-countdown.js');
    assert.equal(jsdelivr, 'dist/release-countdown.js');
  });

  it('keep lit and luxon as imports in the npm modules, and inline them in the embed file', () => {
    // assert.ok, not assert.match: a failure would print the whole minified file.
    const imports = (module, specifier) => new RegExp(`(?:import|from)\\s*["']${specifier}["']`).test(module);
    const defines = (module) => /customElements\.define\(["'`]release-countdown["'`]/.test(module);
    const element = packed('dist/element.js');
    assert.ok(imports(element, 'lit') && imports(element, 'luxon'), 'element.js imports lit and luxon');
    assert.ok(!element.includes('customElements.define'), 'element.js registers nothing');
    assert.ok(defines(packed('dist/index.js')), 'index.js registers <release-countdown>');
    const embed = packed('dist/release-countdown.js');
    assert.ok(!imports(embed, 'lit') && !imports(embed, 'luxon'), 'the embed file inlines lit and luxon');
    assert.ok(defines(embed), 'the embed file registers <release-countdown>');
  });
});

describe('the packed type declarations', () => {
  // Both with skipLibCheck off, so that the declarations themselves are checked too.
  for (const [project, what] of [
    ['react/tsconfig.json', 'a React 19 project (JSX, from release-countdown/react)'],
    ['tsconfig.json', 'a project without React (npm + Vite, and release-countdown/element)'],
  ]) {
    it(`type-check ${what}`, () => {
      const tsc = new URL('node_modules/typescript/bin/tsc', `file://${ROOT}`).pathname;
      try {
        execFileSync(process.execPath, [tsc, '-p', `${FIXTURES}${project}`], { encoding: 'utf8' });
      } catch (error) {
        assert.fail(`tsc -p test/frameworks/${project}:\n${error.stdout}`);
      }
    });
  }
});

/** The element's declaration in the packed custom-elements.json. */
function manifestElement() {
  const manifest = packedJson('dist/custom-elements.json');
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement);
  assert.equal(elements.length, 1);
  return elements[0];
}

/** One list of the element's manifest entry: `attributes`, `cssParts`, `slots`, `events`… */
function manifestMembers(key) {
  return manifestElement()[key];
}

describe('the packed custom-elements.json', () => {
  it('describes <release-countdown>, its definition and its class module', () => {
    const manifest = packedJson('dist/custom-elements.json');
    const element = manifestElement();
    assert.equal(element.tagName, 'release-countdown');
    assert.ok(element.summary);
    const definitions = manifest.modules.flatMap((module) =>
      (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition'),
    );
    assert.deepEqual(definitions, [
      {
        kind: 'custom-element-definition',
        name: 'release-countdown',
        declaration: { name: 'ReleaseCountdown', module: 'dist/element.js' },
      },
    ]);
  });

  it('gives every attribute its property, and every attribute of the class its type and default', () => {
    for (const attribute of manifestElement().attributes) {
      assert.ok(attribute.fieldName, `${attribute.name} has a property`);
      assert.ok(attribute.description, `${attribute.name} has a description`);
      if (attribute.name === 'title' || attribute.name === 'lang') continue;
      assert.ok(attribute.type?.text, `${attribute.name} has a type`);
      assert.ok(attribute.default, `${attribute.name} has a default`);
    }
  });

  it('lists no private member', () => {
    assert.deepEqual(
      manifestElement().members.filter((member) => member.privacy === 'private' || member.name.startsWith('#')),
      [],
    );
  });
});

/** The rows of the README table whose header starts with `firstHeader`, as arrays of cells. */
function readmeTable(firstHeader) {
  const lines = readFileSync(new URL('README.md', `file://${ROOT}`), 'utf8').split('\n');
  const start = lines.findIndex((line) => line.startsWith(`| ${firstHeader} |`));
  assert.ok(start >= 0, `the README has a table headed "${firstHeader}"`);
  const rows = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, -1)
        .split(' | ')
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

/** The first `code` span of a README cell. */
const code = (cell) => /`([^`]+)`/.exec(cell)?.[1];

describe('the README tables, against custom-elements.json', () => {
  it('list every attribute with its property', () => {
    const rows = readmeTable('attribute').filter(([attribute]) => !attribute.includes('(set by the element)'));
    assert.deepEqual(
      rows.map(([attribute, property]) => [code(attribute), code(property)]).sort(),
      manifestElement()
        .attributes.map(({ name, fieldName }) => [name, fieldName])
        .sort(),
    );
  });

  it('list every public property', () => {
    const documented = new Set(readmeTable('attribute').map(([, property]) => code(property)));
    const readonly = readmeTable('attribute')
      .filter(([, property]) => property.includes('(read-only)'))
      .map(([, property]) => code(property));
    const members = manifestElement().members.filter((member) => member.kind === 'field');
    assert.deepEqual(
      members.filter((member) => !documented.has(member.name)).map((member) => member.name),
      [],
    );
    assert.deepEqual(
      readonly,
      members.filter((member) => member.readonly).map((member) => member.name),
    );
  });

  for (const [header, key] of [
    ['part', 'cssParts'],
    ['slot', 'slots'],
    ['event', 'events'],
  ]) {
    it(`list every ${header}`, () => {
      assert.deepEqual(
        readmeTable(header)
          .map(([name]) => code(name))
          .sort(),
        manifestMembers(key)
          .map(({ name }) => name)
          .sort(),
      );
    });
  }

  it('list every CSS custom property with its default', () => {
    assert.deepEqual(
      readmeTable('CSS custom property')
        .map(([name, fallback]) => [code(name), code(fallback)])
        .sort(),
      manifestElement()
        .cssProperties.map(({ name, default: fallback }) => [name, fallback])
        .sort(),
    );
  });
});
