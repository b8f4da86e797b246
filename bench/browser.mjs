import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from '../test/chromium.mjs';

export const CHROME_PATH = executablePath;
export const CHROME_ARGS = chromiumArgs;

/**
 * Starts the system Chromium with exactly CHROME_ARGS and attaches Playwright to its default
 * profile with `noDefaults`. Letting Playwright launch it would add switches that turn off
 * background-tab throttling and enable focus emulation, which keeps every tab "visible"; a
 * benchmark of hidden tabs needs the browser a user has.
 */
export async function startBrowser() {
  const profileDir = await mkdtemp(join(tmpdir(), 'release-countdown-bench-'));
  const chrome = spawn(
    CHROME_PATH,
    [
      ...CHROME_ARGS,
      '--remote-debugging-port=0',
      `--user-data-dir=${profileDir}`,
      '--window-size=1920,1080',
      'about:blank',
    ],
    // Its own process group, so that closing it ends its renderers too: a renderer left behind
    // keeps ticking a page of a thousand countdowns and skews every later measurement.
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  const killGroup = () => {
    try {
      process.kill(-chrome.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  process.once('exit', killGroup);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      killGroup();
      process.exit(130);
    });
  }
  const endpoint = await new Promise((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${stderr}`)), 30_000);
    chrome.once('error', reject);
    chrome.stderr.on('data', (chunk) => {
      stderr += chunk;
      const match = stderr.match(/DevTools listening on (ws:\/\/\S+)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
  const browser = await chromium.connectOverCDP(endpoint, { noDefaults: true, isLocal: true });
  const context = browser.contexts()[0];
  const version = browser.version();
  return {
    version,
    /** Opens a tab in the foreground with a DevTools session on it. */
    async openTab() {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
      return { page, cdp, close: () => closeTab(page, cdp) };
    },
    /** Opens an empty tab in front of the others. */
    openBlankTab: () => context.newPage(),
    async close() {
      await browser.close().catch(() => {});
      killGroup();
      await new Promise((resolve) => (chrome.exitCode === null ? chrome.once('exit', resolve) : resolve()));
      await rm(profileDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
}

/**
 * Closes a tab even when its page has hung the renderer's main thread (a contender can keep it
 * busy for minutes at N=1000): after 3 s, the renderer is crashed, which DevTools handles off
 * the main thread.
 */
async function closeTab(page, cdp) {
  const closing = page.close({ runBeforeUnload: false }).catch(() => {});
  const closedInTime = await Promise.race([closing.then(() => true), sleep(3000).then(() => false)]);
  if (closedInTime) return;
  cdp.send('Page.crash').catch(() => {});
  await closing;
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
