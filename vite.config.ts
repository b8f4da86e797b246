import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const LICENSE_BANNER =
  '/*! release-countdown, MIT License. Includes Lit (BSD-3-Clause, Copyright Google LLC) and Luxon (MIT, Copyright JS Foundation and other contributors). */';

// `npm start` serves demo/ (it imports the TypeScript source); `npm run build` writes the one
// self-registering embed file, dist/release-countdown.js, with Lit and Luxon inlined.
export default defineConfig(({ command }) =>
  command === 'serve'
    ? {
        root: 'demo',
        // The demo pages import the source as ../src/…, which the browser asks for as /src/….
        resolve: { alias: { '/src/': fileURLToPath(new URL('./src/', import.meta.url)) } },
      }
    : {
        build: {
          target: 'es2022',
          lib: {
            entry: 'src/index.ts',
            formats: ['es'],
            fileName: () => 'release-countdown.js',
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
      },
);
