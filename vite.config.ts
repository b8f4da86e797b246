import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { DEFAULT_RELEASE_TIME, defaultReleaseDate } from './demo/default-date.js';

const LICENSE_BANNER =
  '/*! release-countdown, MIT License. Includes Lit (BSD-3-Clause, Copyright Google LLC) and Luxon (MIT, Copyright JS Foundation and other contributors). */';

const SOURCE_DIR = fileURLToPath(new URL('./src/', import.meta.url));
const SOURCE_ENTRY = fileURLToPath(new URL('./src/index.ts', import.meta.url));
const EMBED_FILE = fileURLToPath(new URL('./dist/release-countdown.js', import.meta.url));
const EMBED_NAME = 'release-countdown.js';
const FALLBACK_SOURCE = fileURLToPath(new URL('./src/release-countdown.css', import.meta.url));
const FALLBACK_NAME = 'release-countdown.css';
const THEMES_DIR = fileURLToPath(new URL('./demo/themes/', import.meta.url));

/**
 * The demo site's pages load `release-countdown.js` and `release-countdown.css` next to them, the
 * files `npm run build` makes, the way a blog would: served as they are by `npm start`, copied
 * into dist/site/ with the five themes' files (`themes/<name>.css`, which the builder's snippets
 * and other hosts' pages can link) by the site's build. In the static site, pages that import
 * the source while developing get the built file too.
 */
function embedFile(): Plugin {
  const read = () => {
    if (!existsSync(EMBED_FILE)) throw new Error(`${EMBED_FILE} is missing: run npm run build first.`);
    return readFileSync(EMBED_FILE);
  };
  return {
    name: 'release-countdown-embed-file',
    enforce: 'pre',
    configureServer(server) {
      server.middlewares.use(`/${EMBED_NAME}`, (_request, response) => {
        response.setHeader('Content-Type', 'text/javascript');
        response.end(read());
      });
      server.middlewares.use(`/${FALLBACK_NAME}`, (_request, response) => {
        response.setHeader('Content-Type', 'text/css');
        response.end(readFileSync(FALLBACK_SOURCE));
      });
    },
    resolveId(source, importer) {
      if (this.environment.mode !== 'build' || !importer) return null;
      // A script imports the entry as index.js (TypeScript's spelling), a page as index.ts.
      const resolved = fileURLToPath(new URL(source, `file://${importer}`)).replace(/\.js$/, '.ts');
      return resolved === SOURCE_ENTRY ? { id: `./${EMBED_NAME}`, external: true } : null;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: EMBED_NAME, source: read() });
      this.emitFile({ type: 'asset', fileName: FALLBACK_NAME, source: fallbackStylesheet() });
      for (const file of readdirSync(THEMES_DIR).filter((name) => name.endsWith('.css'))) {
        this.emitFile({ type: 'asset', fileName: `themes/${file}`, source: readFileSync(`${THEMES_DIR}${file}`) });
      }
    },
  };
}

/**
 * Stylesheet text without its comments and spacing, which are for reading the source. Only
 * whitespace next to `{ } ;` and after `:` goes, so selectors keep their descendant combinators
 * (and `[format='text' i]` its flag) and `var()` fallbacks their exact text.
 */
function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** The embed file ships the element's stylesheet minified. */
function minifiedStyles(): Plugin {
  return {
    name: 'release-countdown-minified-styles',
    transform(code, id) {
      if (!id.endsWith('/release-countdown.styles.ts')) return null;
      // No source map: only the literal, the module's last statement, changes.
      const minifiedCode = code.replace(/css`([^`]*)`/, (_literal, text: string) => `css\`${minifyCss(text)}\``);
      return { code: minifiedCode, map: null };
    },
  };
}

/**
 * release-countdown.css, the no-jump fallback rules of src/release-countdown.css, as a page links
 * it: minified (its comments explain the source to whoever edits it), under one line that says
 * what it is. The same bytes beside the embed file in dist/ and in the site.
 */
function fallbackStylesheet(): string {
  const banner = '/*! release-countdown.css: room for <release-countdown> before its script runs. MIT License. */';
  return `${banner}\n${minifyCss(readFileSync(FALLBACK_SOURCE, 'utf8'))}\n`;
}

/** Writes release-countdown.css beside the embed file. */
function fallbackStylesheetFile(): Plugin {
  return {
    name: 'release-countdown-fallback-stylesheet',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: FALLBACK_NAME, source: fallbackStylesheet() });
    },
  };
}

const LUXON_DIR = fileURLToPath(new URL('./node_modules/luxon/src', import.meta.url));
// Modules are known by their real paths, also where node_modules is a link.
const LUXON_SOURCE = `${existsSync(LUXON_DIR) ? realpathSync(LUXON_DIR) : LUXON_DIR}/`;

/**
 * Luxon modules the embed file never runs. DateTime's class keeps every method, so its
 * `fromFormat` family (the token parser) and `until` (Interval) would pull about 3 KB of gzip
 * into the file although the element calls neither:
 * it parses with fromISO, fromRFC2822 and fromSQL, and formats with toLocaleString. These
 * modules are replaced by ones whose exports throw if ever called. Only the embed file is built
 * so: the npm modules import the whole of Luxon. `test/element/bundle.test.ts` runs the built file
 * through every path that reaches Luxon.
 */
const LUXON_UNUSED = ['interval.js', 'impl/tokenParser.js'];

function luxonWithoutUnusedModules(): Plugin {
  const prefix = '\0luxon-unused:';
  return {
    name: 'release-countdown-luxon-without-unused-modules',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer?.startsWith(LUXON_SOURCE) || !source.startsWith('.')) return null;
      const path = fileURLToPath(new URL(source, `file://${importer}`)).slice(LUXON_SOURCE.length);
      return LUXON_UNUSED.includes(path) ? prefix + path : null;
    },
    load(id) {
      if (!id.startsWith(prefix)) return null;
      const path = id.slice(prefix.length);
      const source = readFileSync(LUXON_SOURCE + path, 'utf8');
      const names = [...source.matchAll(/^export (?:function|class) (\w+)/gm)].map((match) => match[1]);
      const unused = `() => { throw new Error('release-countdown: Luxon\\'s ${path} is not in the embed file'); }`;
      return [
        `const unused = ${unused};`,
        ...names.map((name) => `export const ${name} = unused;`),
        /^export default /m.test(source) ? 'export default unused;' : '',
      ].join('\n');
    },
  };
}

const DEMO_PAGES = ['index', 'builder', 'themes', 'blog', 'embed'];

/**
 * The embed builder's page comes with its date and time fields filled (demo/default-date.ts):
 * filled by the script after the first paint, their text would change size (a layout shift), and
 * the script would need to run before the form looks ready. A page built days ago holds an older
 * date, which the script replaces with one of the same shape.
 */
function builderDefaults(): Plugin {
  return {
    name: 'release-countdown-builder-defaults',
    transformIndexHtml(html, { path }) {
      if (path !== '/builder.html') return html;
      const values = { date: defaultReleaseDate(new Date()), time: DEFAULT_RELEASE_TIME };
      return Object.entries(values).reduce((page, [id, value]) => {
        const tag = `<input id="${id}" `;
        if (page.split(tag).length !== 2) throw new Error(`demo/builder.html: expected one ${tag.trim()}`);
        return page.replace(tag, `${tag}value="${value}" `);
      }, html);
    },
  };
}

/**
 * The npm modules, beside the embed file in dist/: readable ES2022 that imports `lit` and `luxon`,
 * so that an app bundling them ships one copy. `index.js` defines the element, `element.js` is the
 * class alone (the source module is release-countdown.ts, but that file name is the embed file's),
 * `react.js` is index.js under the name that carries the React JSX type.
 */
const NPM_ENTRIES = {
  index: 'src/index.ts',
  element: 'src/element/release-countdown.ts',
  react: 'src/react.ts',
};

// `npm start` serves demo/ (pages import the TypeScript source, except the blog, which loads the
// built file). `npm run build` writes the one self-registering embed file,
// dist/release-countdown.js, and release-countdown.css beside it (this file's last config, which
// empties dist/ first), then (mode "npm") the npm modules, then (mode "demo") the site, static,
// to dist/site/.
export default defineConfig(({ command, mode }): UserConfig => {
  if (mode === 'npm') {
    return {
      build: {
        target: 'es2022',
        // The embed file, built just before, stays.
        emptyOutDir: false,
        minify: false,
        lib: { entry: NPM_ENTRIES, formats: ['es'], fileName: (_format, entry) => `${entry}.js` },
        rolldownOptions: {
          external: [/^lit($|\/)/, /^luxon($|\/)/],
          preserveEntrySignatures: 'allow-extension',
        },
      },
    };
  }
  if (command === 'serve' || mode === 'demo') {
    return {
      root: 'demo',
      // Relative URLs, so the static site works from any folder of any host.
      base: './',
      // The demo pages import the source as ../src/…, which the browser asks for as /src/….
      resolve: { alias: { '/src/': SOURCE_DIR } },
      plugins: [embedFile(), builderDefaults()],
      // The dependency scan reads the pages' scripts; the blog's release-countdown.js is served by
      // embedFile(), not a file the scan can resolve, and the blog imports nothing else.
      optimizeDeps: { entries: DEMO_PAGES.filter((page) => page !== 'blog').map((page) => `${page}.html`) },
      build: {
        target: 'es2022',
        outDir: '../dist/site',
        // Only dist/site/: the embed file and the npm modules built before it stay.
        emptyOutDir: true,
        // Everything beside the pages and release-countdown.js, so that "./release-countdown.js"
        // means the same file from a page and from a script.
        assetsDir: '',
        modulePreload: { polyfill: false },
        rolldownOptions: {
          input: Object.fromEntries(
            DEMO_PAGES.map((page) => [page, fileURLToPath(new URL(`./demo/${page}.html`, import.meta.url))]),
          ),
        },
      },
    };
  }
  return {
    plugins: [minifiedStyles(), luxonWithoutUnusedModules(), fallbackStylesheetFile()],
    // Luxon's modules rather than its one-file build, so that the ones never run can be left out.
    resolve: { alias: { luxon: `${LUXON_SOURCE}luxon.js` } },
    build: {
      target: 'es2022',
      lib: {
        entry: 'src/index.ts',
        formats: ['es'],
        fileName: () => EMBED_NAME,
      },
      minify: 'oxc',
      rolldownOptions: {
        // Library mode keeps whitespace and annotations in ES output unless told otherwise;
        // this file is for pages, not for further bundling.
        output: {
          minify: true,
          comments: { annotation: false, jsdoc: false, legal: false },
          banner: LICENSE_BANNER,
        },
      },
    },
  };
});
