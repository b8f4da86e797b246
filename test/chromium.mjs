// The system Chromium every browser test and the benchmark run in (Debian: apt-get install
// chromium; CHROME_PATH picks another), with the flags a root user on a closed network needs.
// Nothing downloads a browser.
export const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
