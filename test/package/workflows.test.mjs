// The two GitHub workflows a maintainer expects (.github/workflows/): pages.yml builds the site and
// deploys dist/site/ to GitHub Pages; release.yml, on a version tag, attaches the embed file, its
// CSS and the WordPress zip to the release and publishes the package. They call only npm scripts
// that package.json has and that the project's documentation names (README.md, and CONTRIBUTING.md
// where the commands for contributors live), and attach only files that `npm run build` writes.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';

const ROOT = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, ROOT), 'utf8');
const workflow = (name) => parse(read(`.github/workflows/${name}`));
const { scripts } = JSON.parse(read('package.json'));
/** Where a reader looks for the commands: the README, and the contributors' guide once it exists. */
const documentation = ['README.md', 'CONTRIBUTING.md']
  .filter((path) => existsSync(new URL(path, ROOT)))
  .map(read)
  .join('\n');

/** Every step of every job, in order. */
const steps = (flow) => Object.values(flow.jobs).flatMap((job) => job.steps ?? []);
/** The npm commands a workflow runs, such as "npm ci", "npm test", "npm run build", "npm publish". */
const npmCommands = (flow) =>
  steps(flow).flatMap(({ run }) =>
    [...(run ?? '').matchAll(/\bnpm (ci|test|publish|run [\w:-]+)(?![\w:-])/g)].map(([command]) => command),
  );
/** The one step that uses `action` (owner/name, any version). */
const stepUsing = (flow, action) => {
  const found = steps(flow).filter(({ uses }) => uses?.split('@')[0] === action);
  assert.equal(found.length, 1, `one step uses ${action}`);
  return found[0];
};

for (const name of ['pages.yml', 'release.yml']) {
  describe(`.github/workflows/${name}`, () => {
    it('runs only npm scripts that package.json has', () => {
      const commands = npmCommands(workflow(name));
      assert.ok(commands.includes('npm ci') && commands.includes('npm run build'), commands.join(', '));
      for (const command of commands) {
        const script = command === 'npm test' ? 'test' : /^npm run (.+)$/.exec(command)?.[1];
        if (script) assert.ok(scripts[script], `${command}: package.json has no script "${script}"`);
      }
    });

    it('runs only commands that README.md or CONTRIBUTING.md names', () => {
      // npm publish is the maintainer's, run by this workflow only: no reader of the documentation runs it.
      for (const command of npmCommands(workflow(name)).filter((command) => command !== 'npm publish')) {
        const named = new RegExp(`${command.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w:-])`);
        assert.match(documentation, named, `${command} is not named in README.md or CONTRIBUTING.md`);
      }
    });

    it("uses only GitHub's own actions, each at a major version", () => {
      for (const { uses } of steps(workflow(name)).filter((step) => step.uses)) {
        assert.match(uses, /^actions\/[\w-]+@v\d+$/);
      }
    });
  });
}

describe('the Pages workflow', () => {
  const flow = workflow('pages.yml');

  it('builds on every push to main, then deploys the built site, dist/site/', () => {
    assert.deepEqual(flow.on.push.branches, ['main']);
    const build = npmCommands(flow);
    assert.deepEqual(build.slice(0, 2), ['npm ci', 'npm run build']);
    stepUsing(flow, 'actions/configure-pages');
    assert.equal(stepUsing(flow, 'actions/upload-pages-artifact').with.path, 'dist/site');
    const deploy = Object.values(flow.jobs).find((job) =>
      job.steps.some(({ uses }) => uses?.startsWith('actions/deploy-pages@')),
    );
    assert.ok(deploy.needs, 'the deployment waits for the build');
    assert.equal(deploy.environment.name, 'github-pages');
    assert.deepEqual(flow.permissions, { contents: 'read', pages: 'write', 'id-token': 'write' });
  });
});

describe('the release workflow', () => {
  const flow = workflow('release.yml');
  const runs = steps(flow).map(({ run }) => run ?? '');
  const attaching = runs.findIndex((run) => run.includes('gh release create'));
  const publishing = runs.findIndex((run) => /^npm publish\b/.test(run.trim()));

  it('runs on a version tag', () => {
    assert.deepEqual(flow.on, { push: { tags: ['v*'] } });
  });

  it('attaches the embed file, its CSS and the WordPress zip, as npm run build writes them', () => {
    assert.ok(attaching > runs.indexOf('npm run build') && runs.indexOf('npm run build') >= 0, 'after the build');
    const attached = runs[attaching].match(/\bdist\/\S+/g);
    assert.deepEqual(attached, [
      'dist/release-countdown.js',
      'dist/release-countdown.css',
      'dist/release-countdown-wordpress.zip',
    ]);
    // npm run test:package builds before it runs this file: the names are the build's own.
    for (const file of attached) assert.ok(existsSync(new URL(file, ROOT)), `npm run build writes ${file}`);
    assert.equal(flow.permissions.contents, 'write');
  });

  it('publishes the package with the NPM_TOKEN secret, last', () => {
    assert.equal(publishing, runs.length - 1);
    assert.equal(steps(flow)[publishing].env.NODE_AUTH_TOKEN, '${{ secrets.NPM_TOKEN }}');
    assert.equal(stepUsing(flow, 'actions/setup-node').with['registry-url'], 'https://registry.npmjs.org');
  });
});
