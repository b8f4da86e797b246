// Runs inside test/pages/strict-csp.html (see test/element/loading.test.ts). Records every policy
// violation and error from the start, loads the builds named in `?load=` in that order, and
// lets the test mount countdowns once it has faked this window's clock.
const violations = [];
const errors = [];
document.addEventListener('securitypolicyviolation', (event) =>
  violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`),
);
window.addEventListener('error', (event) => errors.push(String(event.error ?? event.message)));
window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));

const BUILDS = {
  source: '/src/index.ts',
  'source-copy': '/src/index.ts?copy=2',
  bundle: '/node_modules/.cache/release-countdown-test/release-countdown.js',
  'bundle-copy': '/node_modules/.cache/release-countdown-test/release-countdown.js?copy=2',
};

const query = new URLSearchParams(location.search);
// An engine without Trusted Types has no window.trustedTypes; Lit then writes its templates
// without a policy.
if (query.get('trusted-types') === 'unsupported') {
  Object.defineProperty(window, 'trustedTypes', { value: undefined, configurable: true });
}

async function load() {
  const builds = (query.get('load') ?? 'source').split(',');
  for (const name of builds) {
    try {
      await import(BUILDS[name]);
    } catch (error) {
      errors.push(`loading ${name}: ${error}`);
    }
  }
}

window.loaded = load();

/** Adds countdowns with the given attributes, through DOM calls only (no HTML strings). */
window.mount = (list) =>
  list.map((attributes) => {
    const el = document.createElement('release-countdown');
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    document.body.append(el);
    return el;
  });

window.report = () => ({ violations: [...violations], errors: [...errors] });
