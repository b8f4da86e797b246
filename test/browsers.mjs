// The three browser engines every test/**/*.test.ts file runs in (web-test-runner.config.mjs):
// the system Chromium, Firefox ESR and WebKitGTK's MiniBrowser, all from Debian packages
// (.ci/run installs them). Nothing downloads a browser. Each launcher is named after its engine
// and version, which web-test-runner prints beside its results.
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import os from 'node:os';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteerCore from 'puppeteer-core';
import { chromiumArgs, executablePath as chromiumPath } from './chromium.mjs';

/** FIREFOX_PATH picks another Firefox (puppeteer-core drives it through WebDriver BiDi). */
const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
/** WEBKIT_PATH picks another WebKitGTK MiniBrowser, WEBKIT_DRIVER_PATH another WebKitWebDriver. */
const miniBrowserPath = process.env.WEBKIT_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';

/**
 * Test files that need a facility only Chromium has, and why. They run in Chromium alone; every
 * other test file runs in all three engines. CONTRIBUTING.md lists them.
 */
export const CHROMIUM_ONLY = {
  'test/element/many-elements.test.ts':
    'reads the JavaScript heap after forced garbage collection and the listeners of window and ' +
    'document through the DevTools protocol (the heap and listeners commands), which Firefox and ' +
    'WebKit do not offer',
};

/** "Chromium 156.0.8078.114" from `chromium --version` (whose Debian wrapper adds more words). */
function versionOf(executable, pattern) {
  const output = execFileSync(executable, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const match = pattern.exec(output);
  if (!match) throw new Error(`Cannot read the version of ${executable} from: ${output}`);
  return match[1];
}

/** Names a launcher once web-test-runner initializes it, so an engine that is not run is not asked. */
function namedOnStart(launcher, name) {
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (...args) => {
    await initialize(...args);
    launcher.name = name();
  };
  return launcher;
}

export function chromium() {
  return namedOnStart(
    chromeLauncher({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
    () => `Chromium ${versionOf(chromiumPath, /Chromium (\S+)/)}`,
  );
}

export function firefox() {
  return namedOnStart(
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
    }),
    () => `Firefox ${versionOf(firefoxPath, /Firefox (\S+)/)}`,
  );
}

/** A port no one listens on now, for WebKitWebDriver. */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts Xvfb on a display it picks itself (-displayfd), and resolves with its number. */
function startXvfb(children) {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  children.push(xvfb);
  return new Promise((resolve, reject) => {
    let stderr = '';
    xvfb.stderr.on('data', (chunk) => (stderr += chunk));
    xvfb.on('error', (error) => reject(new Error(`Cannot start Xvfb (apt-get install xvfb): ${error.message}`)));
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}: ${stderr}`)));
    let display = '';
    xvfb.stdio[3].on('data', (chunk) => {
      display += chunk;
      if (display.endsWith('\n')) resolve(display.trim());
    });
  });
}

/** Resolves once the WebDriver server at `port` answers /status, or rejects after 20 s. */
async function driverReady(port, driver) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer on port ${port} within 20 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * MiniBrowser through WebKitWebDriver, on an Xvfb display of its own. The launcher starts both
 * servers when web-test-runner first needs WebKit and stops them when it stops, or when Node
 * exits or is told to (SIGTERM, SIGHUP: web-test-runner itself only handles SIGINT). Each server
 * leads a process group of its own, which is ended by its id: the driver's group holds the
 * MiniBrowser it opened, which outlives the driver otherwise.
 */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({
      hostname: '127.0.0.1',
      path: '/',
      // Exactly what WebKitWebDriver accepts: any other vendor key fails to match.
      capabilities: {
        'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] },
      },
    });
    this.children = [];
    this.killChildren = () => {
      for (const child of this.children.splice(0)) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // The group has already ended.
        }
      }
    };
    this.exitOnSignal = (signal) => process.exit(128 + os.constants.signals[signal]);
  }

  async initialize(config) {
    await super.initialize(config);
    process.on('exit', this.killChildren);
    for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, this.exitOnSignal);
    const display = await startXvfb(this.children);
    const port = await freePort();
    const driver = spawn(webkitDriverPath, [`--port=${port}`, '--host=local'], {
      detached: true,
      env: { ...process.env, DISPLAY: `:${display}` },
      stdio: 'ignore',
    });
    this.children.push(driver);
    await new Promise((resolve, reject) => {
      driver.once('spawn', resolve);
      driver.once('error', (error) =>
        reject(new Error(`Cannot start ${webkitDriverPath} (apt-get install webkit2gtk-driver): ${error.message}`)),
      );
    });
    await driverReady(port, driver);
    this.options.port = port;
    this.name = 'WebKit';
  }

  /** The engine's version is only known from the session WebKitWebDriver opens. */
  async createDriverManager() {
    const manager = await super.createDriverManager();
    this.name = `WebKit ${this.driver.capabilities.browserVersion} (WebKitGTK MiniBrowser)`;
    return manager;
  }

  async stop() {
    await super.stop();
    this.killChildren();
    process.off('exit', this.killChildren);
    for (const signal of ['SIGTERM', 'SIGHUP']) process.off(signal, this.exitOnSignal);
  }
}

export function webkit() {
  return new WebKitLauncher();
}
