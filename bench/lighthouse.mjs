// `npm run lighthouse`: Lighthouse on every page of the built demo site (dist/site/, made by
// `npm run build`), served by a plain static file server on 127.0.0.1, with the mobile and the
// desktop preset, in the system Chromium. Each page is audited --runs times (default 3); the medians
// and the spread go to bench/lighthouse.md (--out another file), with the audits that did not pass;
// --page embed.html audits only that page. Not part of `npm test`: the scores depend on the
// machine's load.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumArgs, executablePath } from '../test/chromium.mjs';
import { serveStatic } from '../test/site/static-server.mjs';

/**
 * The iframe page with the query a post on a platform without scripts would give it: a classic
 * countdown with a title, years ahead (the page shows its error, not a countdown, without one).
 */
const EMBED_QUERY =
  'date=2031-03-12T09:00&time-zone=Europe/Paris&title=Midnight%20Harbor%2C%20Season%202&theme=classic&unit-display=short';
const ALL_PAGES = ['index.html', 'builder.html', 'themes.html', 'blog.html', `embed.html?${EMBED_QUERY}`];
const FORM_FACTORS = { mobile: undefined, desktop: desktopConfig };
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const TARGETS = { mobile: { performance: 98 }, desktop: { performance: 100 } };

/**
 * Audits only the server can pass: a static site cannot compress its own responses or set their
 * cache lifetime. The static file server here does neither; a host should.
 */
const HOST_AUDITS = {
  'uses-text-compression':
    'serve .html, .js and .css with Content-Encoding: gzip or br (e.g. nginx `gzip on; gzip_types text/css text/javascript;`)',
  'uses-long-cache-ttl':
    'serve the hashed files (`*-<hash>.js`, `*-<hash>.css`) with Cache-Control: public, max-age=31536000, immutable, and release-countdown.js and the pages with a short max-age or no-cache',
};

/**
 * Audits a page fails on purpose, by page: not counted as failures, and listed with the reason
 * (its SEO score is lower for them).
 */
const BY_DESIGN = {
  'embed.html': {
    'is-crawlable':
      'noindex: the iframe page is a countdown shown inside posts, not a page worth a search result of its own',
    'robots-txt':
      "its CSP's connect-src 'none' also stops Lighthouse, which fetches robots.txt from inside the page " +
      '(GoogleChrome/lighthouse#4386); the site serves a valid one',
  },
};

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    out: { type: 'string', default: 'bench/lighthouse.md' },
    // `--page embed.html` (repeatable) audits only the pages named, without their query.
    page: { type: 'string', multiple: true },
  },
});
const RUNS = Number(options.runs);
const pageName = (page) => page.split('?')[0];
const PAGES = options.page ? ALL_PAGES.filter((page) => options.page.includes(pageName(page))) : ALL_PAGES;
if (PAGES.length === 0)
  throw new Error(`No page named ${options.page.join(', ')}; the pages: ${ALL_PAGES.map(pageName)}`);

const SITE = new URL('../dist/site/', import.meta.url);
if (!existsSync(new URL('index.html', SITE))) {
  throw new Error('dist/site/ is missing: run npm run build first (npm run lighthouse does).');
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** One Lighthouse run: the four category scores (0–100), CLS, and the audits that did not pass. */
async function audit(url, port, config) {
  const { lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error' }, config);
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round(lhr.categories[id].score * 100)]));
  const failed = [];
  for (const category of CATEGORIES) {
    for (const { id, weight } of lhr.categories[category].auditRefs) {
      const result = lhr.audits[id];
      const scored = result.scoreDisplayMode === 'binary' || result.scoreDisplayMode === 'numeric';
      // A metric (weight > 0 in performance) shows in the score itself; the rest are listed.
      if (!scored || result.score === null || result.score >= 0.9 || (category === 'performance' && weight > 0))
        continue;
      failed.push({ id, title: result.title, value: result.displayValue ?? '' });
    }
  }
  const metric = (id) => lhr.audits[id].numericValue;
  return {
    scores,
    cls: metric('cumulative-layout-shift'),
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    failed,
  };
}

const load = () => loadavg()[0].toFixed(1);
const loadBefore = load();
const started = new Date();
const results = [];
const server = await serveStatic(fileURLToPath(SITE));
const baseUrl = server.url;
const chrome = await chromeLauncher.launch({ chromePath: executablePath, chromeFlags: chromiumArgs });

try {
  for (const page of PAGES) {
    for (const [formFactor, config] of Object.entries(FORM_FACTORS)) {
      const runs = [];
      // Interleaving the pages would not help: each run loads one page in a fresh tab.
      for (let run = 0; run < RUNS; run += 1) runs.push(await audit(baseUrl + page, chrome.port, config));
      results.push({ page, formFactor, runs });
      await writeReport();
      const scores = CATEGORIES.map((id) => median(runs.map((r) => r.scores[id]))).join(' / ');
      console.log(`${pageName(page)} ${formFactor}: ${scores}, CLS ${median(runs.map((r) => r.cls)).toFixed(3)}`);
    }
  }
} finally {
  await chrome.kill();
  await server.close();
}
console.log(`Wrote ${options.out}`);

/** "98" when every run agrees, "98 (96–99)" otherwise, bold when it misses its target. */
function cell(values, target) {
  const middle = median(values);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const text = low === high ? `${middle}` : `${middle} (${low}–${high})`;
  return middle < target ? `**${text}**` : text;
}

/** Writes the table of the rows done so far: a long run leaves a report even if stopped. */
async function writeReport() {
  const lines = [
    '# Lighthouse on the demo site',
    '',
    `\`npm run lighthouse\` on ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC: Lighthouse 12.2.3, ` +
      `${RUNS} runs per page and form factor, medians (and the spread when the runs differ), ` +
      `the built demo site served by a plain static file server on 127.0.0.1, the system Chromium, ` +
      `${cpus().length} cores, load average ${loadBefore} before and ${load()} after. ` +
      'Targets: accessibility, best practices and SEO 100; performance 98 on mobile and 100 on desktop; CLS 0. ' +
      'A bold cell misses its target.',
    '',
    '| page | form factor | performance | accessibility | best practices | SEO | CLS | LCP, ms | TBT, ms |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const { page, formFactor, runs } of results) {
    const performanceTarget = TARGETS[formFactor].performance;
    const cells = CATEGORIES.map((id) =>
      cell(
        runs.map((r) => r.scores[id]),
        id === 'performance' ? performanceTarget : 100,
      ),
    );
    const cls = median(runs.map((r) => r.cls));
    // The two metrics that move the performance score most, to tell where a miss comes from.
    const [lcp, tbt] = ['lcp', 'tbt'].map((key) => Math.round(median(runs.map((r) => r[key]))));
    lines.push(
      `| ${pageName(page)} | ${formFactor} | ${cells.join(' | ')} | ${cls === 0 ? '0' : `**${cls.toPrecision(1)}**`} | ${lcp} | ${tbt} |`,
    );
  }

  const failures = new Map();
  const host = new Set();
  for (const { page, formFactor, runs } of results) {
    for (const { failed } of runs) {
      for (const { id, title, value } of failed) {
        if (HOST_AUDITS[id]) {
          host.add(id);
          continue;
        }
        if (BY_DESIGN[pageName(page)]?.[id]) continue;
        const where = `${pageName(page)} ${formFactor}`;
        const key = `${id}|${where}`;
        if (!failures.has(key)) failures.set(key, { id, title, where, value, count: 0 });
        failures.get(key).count += 1;
      }
    }
  }
  lines.push('', '## Audits that did not pass', '');
  if (failures.size === 0) lines.push('None, apart from those failed on purpose and the host audits below.');
  for (const { id, title, where, value, count } of failures.values()) {
    lines.push(`- \`${id}\` (${title}) on ${where}, in ${count} of ${RUNS} runs${value ? `: ${value}` : ''}`);
  }
  lines.push(
    '',
    '## Failed on purpose',
    '',
    ...Object.entries(BY_DESIGN).flatMap(([name, audits]) =>
      Object.entries(audits).map(([id, why]) => `- \`${id}\` on ${name}: ${why}.`),
    ),
    '',
    '## For the host to configure',
    '',
    'Not counted as failures of the project: only the server that hosts the pages can pass these.',
    '',
  );
  for (const [id, advice] of Object.entries(HOST_AUDITS)) {
    lines.push(`- \`${id}\`${host.has(id) ? ' (flagged in this run)' : ''}: ${advice}.`);
  }
  await writeFile(options.out, `${lines.join('\n')}\n`);
}
