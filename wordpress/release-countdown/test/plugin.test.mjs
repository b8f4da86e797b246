// The plugin in a real WordPress 6.5.5 (WordPress Playground, offline), driven the way its users
// meet it: an author's posts saved through wp_insert_post, the REST API and the block editor;
// the pages visitors get, in headless Chromium with the clock stopped.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { chromiumArgs, executablePath } from '../../../test/chromium.mjs';
import { startWordPress } from './wordpress.mjs';

/** "Now" in every page, and the countdowns' target: exactly 3 days, 4 hours and 5 minutes later. */
const NOW = new Date('2026-12-01T12:00:00Z');
const TARGET = '2026-12-04T16:05:00Z';

/** Every documented attribute, and the global ones the element reads. */
const ALL_ATTRIBUTES =
  'date="2026-12-04T17:05" time-zone="Europe/Berlin" title="Season 2" released-text="Out now" ' +
  'units="days hours minutes seconds" format="blocks" unit-display="short" lang="en" repeat="P1Y" ' +
  'until="2030-01-01" released-for="PT1H" time-source="https://example.com/time" after="count-up" calendar ' +
  'class="classic" id="launch"';

let wordpress;
let browser;
/** Requests the browser tried to send anywhere but the test's WordPress: each is aborted. */
const outside = [];

before(async () => {
  wordpress = await startWordPress();
  browser = await chromium.launch({ executablePath, args: chromiumArgs });
  // Avatars (Gravatar) and the block editor's welcome guide (an image) are what WordPress's
  // own screens load from other sites: both are turned off.
  await wordpress.php(`
    $id = wp_insert_user( array( 'user_login' => 'author', 'user_pass' => 'author-password', 'role' => 'author' ) );
    update_user_meta( $id, $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
    update_option( 'show_avatars', 0 );
    echo json_encode( true );`);
});

after(async () => {
  await browser?.close();
  await wordpress?.close();
});

/** Saves `content` as the author, through wp_insert_post, and returns what was stored. */
async function saveAsAuthor(content) {
  return wordpress.php(`
    wp_set_current_user( get_user_by( 'login', 'author' )->ID );
    $id = wp_insert_post( array( 'post_title' => 'Countdown', 'post_status' => 'publish', 'post_content' => ${phpString(content)} ) );
    echo json_encode( get_post( $id )->post_content );`);
}

function phpString(text) {
  return `base64_decode( '${Buffer.from(text).toString('base64')}' )`;
}

/** The element's start tags in `html`, each as its attribute names and values. */
function countdownAttributes(html) {
  return [...html.matchAll(/<release-countdown\b([^>]*)>/g)].map(([, attributes]) =>
    Object.fromEntries(
      [...attributes.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [name, value ?? '']),
    ),
  );
}

/** A page in its own context, the clock stopped at NOW, every request off this machine aborted. */
async function openPage(url, { clock = true } = {}) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  // Generous, because one PHP worker serves every request, on a 2-core machine that may be busy.
  context.setDefaultTimeout(120_000);
  await context.route('**', (route) => {
    const { hostname } = new URL(route.request().url());
    if (hostname === '127.0.0.1' || route.request().url().startsWith('data:')) return route.continue();
    outside.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  if (clock) {
    // Installed a moment earlier: an installed clock can only be paused at a time ahead of it.
    await page.clock.install({ time: NOW.getTime() - 1000 });
    await page.clock.pauseAt(NOW);
  }
  if (url) await page.goto(url, { waitUntil: 'domcontentloaded' });
  return page;
}

async function logInAsAuthor(page) {
  await page.goto(`${wordpress.url}/wp-login.php`, { waitUntil: 'domcontentloaded' });
  await page.fill('#user_login', 'author');
  await page.fill('#user_pass', 'author-password');
  await Promise.all([page.waitForURL(/\/wp-admin\//, { waitUntil: 'commit' }), page.click('#wp-submit')]);
}

/** Resolves when every countdown on the page has rendered; waits on the elements' own promises. */
async function countdownsRendered(page) {
  await page.evaluate(async () => {
    await customElements.whenDefined('release-countdown');
    await Promise.all([...document.querySelectorAll('release-countdown')].map((el) => el.updateComplete));
  });
}

describe('without the plugin', () => {
  it("removes the element and the script from an author's post: the problem the plugin solves", async () => {
    const saved = await saveAsAuthor(
      '<script type="module" src="https://cdn.example/release-countdown.js"></script>\n' +
        '<release-countdown date="2030-01-01T00:00:00Z" title="X"></release-countdown>',
    );
    assert.equal(saved.trim(), '');
  });
});

describe('with the plugin', () => {
  before(async () => {
    const active = await wordpress.php(`
      require_once ABSPATH . 'wp-admin/includes/plugin.php';
      activate_plugin( 'release-countdown/release-countdown.php' );
      echo json_encode( is_plugin_active( 'release-countdown/release-countdown.php' ) );`);
    assert.equal(active, true);
  });

  it('lets an author keep the element with every documented attribute, without unfiltered_html', async () => {
    const content = `<release-countdown ${ALL_ATTRIBUTES}>December 4, 2026 at 5:05 PM (Europe/Berlin)<a slot="released" href="/watch">Watch now</a><span slot="calendar">Remind me</span></release-countdown>`;
    assert.equal(await saveAsAuthor(content), content);
    const canPostHtml = await wordpress.php(
      `echo json_encode( user_can( get_user_by( 'login', 'author' ), 'unfiltered_html' ) );`,
    );
    assert.equal(canPostHtml, false);
  });

  it('still removes event handlers, styles, other attributes, scripts and javascript: URLs', async () => {
    const saved = await saveAsAuthor(
      '<release-countdown date="2030-01-01T00:00:00Z" onclick="alert(1)" style="color:red" data-x="1" ' +
        'time-source="javascript:alert(1)"><script>alert(1)</script><img src="x" onerror="alert(1)">' +
        '<a slot="released" href="/watch" onmouseover="alert(1)">Watch</a></release-countdown>',
    );
    assert.equal(
      saved,
      '<release-countdown date="2030-01-01T00:00:00Z" time-source="alert(1)">alert(1)<img src="x">' +
        '<a slot="released" href="/watch">Watch</a></release-countdown>',
    );
  });

  it('lets an author keep the element through the REST API, as the block editor saves', async () => {
    const page = await openPage(null, { clock: false });
    await logInAsAuthor(page);
    await page.goto(`${wordpress.url}/wp-admin/post-new.php`, { waitUntil: 'domcontentloaded' });
    const content = `<release-countdown date="${TARGET}" title="Season 2" onclick="alert(1)">December 4, 2026</release-countdown>`;
    const post = await page.evaluate(
      (content) =>
        window.wp.apiFetch({
          path: '/wp/v2/posts?context=edit',
          method: 'POST',
          data: { title: 'REST', content, status: 'publish' },
        }),
      content,
    );
    assert.equal(
      post.content.raw,
      `<release-countdown date="${TARGET}" title="Season 2">December 4, 2026</release-countdown>`,
    );
    await page.context().close();
  });

  describe('a published post', () => {
    let postUrl;
    before(async () => {
      const content =
        `<release-countdown class="classic" date="${TARGET}" title="Season 2">December 4, 2026 at 4:05 PM (UTC)</release-countdown>\n` +
        `[release_countdown date="${TARGET}" format="compact" class="badge"]`;
      postUrl = await wordpress.php(`
        wp_set_current_user( get_user_by( 'login', 'author' )->ID );
        $id = wp_insert_post( array( 'post_title' => 'Two countdowns', 'post_status' => 'publish', 'post_content' => ${phpString(content)} ) );
        echo json_encode( get_permalink( $id ) );`);
      // The theme's first page is slow to make (its caches are empty): made once before timing anything.
      await fetch(postUrl, { signal: AbortSignal.timeout(120_000) });
    });

    it('loads the module once, and the stylesheets of the themes it uses', async () => {
      const page = await openPage(null);
      const requested = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(postUrl, { waitUntil: 'domcontentloaded' });
      await countdownsRendered(page);
      const modules = await page.locator('script[type="module"][src*="release-countdown.js"]').count();
      assert.equal(modules, 1);
      const plugin = '/wp-content/plugins/release-countdown/build/';
      assert.deepEqual(requested.filter((path) => path.startsWith(plugin)).sort(), [
        `${plugin}release-countdown.js`,
        `${plugin}themes/badge.css`,
        `${plugin}themes/classic.css`,
      ]);
      await page.context().close();
    });

    it('upgrades the countdowns, which show the right remaining time', async () => {
      const page = await openPage(postUrl);
      await countdownsRendered(page);
      const box = page.locator('release-countdown.classic');
      assert.deepEqual(await box.locator('[part~="value"]').allTextContents(), ['3', '4', '5', '0']);
      assert.equal(await box.locator('[part="title"]').textContent(), 'Season 2');
      assert.equal(await page.locator('release-countdown.badge .shown').textContent(), '3d 04:05:00');
      // The classic theme's stylesheet applies: its box is dark.
      const background = await box.evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.equal(background, 'rgb(31, 41, 55)');
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });

    it('a page without a countdown loads neither the module nor a theme', async () => {
      const page = await openPage(`${wordpress.url}/?p=1`);
      const html = await page.content();
      assert.ok(html.includes('Hello world'), 'the sample post is shown');
      assert.ok(!html.includes('release-countdown'), 'nothing of the plugin is on the page');
      await page.context().close();
    });
  });

  describe('the shortcode', () => {
    it('renders the element with the attributes given and the date line inside', async () => {
      const html = await wordpress.php(
        `echo json_encode( do_shortcode( '[release_countdown date="2030-03-12T09:00" time-zone="Asia/Tokyo" title="Midnight Harbor" calendar tittle="ignored"]' ) );`,
      );
      assert.equal(
        html,
        '<release-countdown date="2030-03-12T09:00" time-zone="Asia/Tokyo" title="Midnight Harbor" calendar>' +
          'March 12, 2030 9:00 am (Asia/Tokyo)</release-countdown>',
      );
    });

    it('escapes what the author wrote', async () => {
      const html = await wordpress.php(
        `echo json_encode( do_shortcode( '[release_countdown date="2030-03-12" title="Tom & <b>Jerry</b>"]' ) );`,
      );
      assert.match(html, /title="Tom &amp; &lt;b&gt;Jerry&lt;\/b&gt;"/);
    });
  });

  describe('the block', () => {
    let page;
    let canvas;
    before(async () => {
      page = await openPage(null, { clock: false });
      await logInAsAuthor(page);
      await page.goto(`${wordpress.url}/wp-admin/post-new.php`, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => window.wp?.blocks?.getBlockType('release-countdown/countdown'));
      await page.evaluate(() => {
        window.wp.data.dispatch('core/editor').editPost({ title: 'Block', status: 'publish' });
        const block = window.wp.blocks.createBlock('release-countdown/countdown', {
          date: '2030-03-12T09:00',
          timeZone: 'Asia/Tokyo',
          fallback: 'March 12, 2030 at 9:00 AM (Asia/Tokyo)',
          className: 'is-style-classic',
        });
        window.wp.data.dispatch('core/block-editor').insertBlocks(block);
        window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
      });
      const iframe = await page.$('iframe[name="editor-canvas"]');
      canvas = iframe ? page.frameLocator('iframe[name="editor-canvas"]') : page;
    });
    after(async () => {
      await page?.context().close();
    });

    it('shows the live countdown in the editor, and follows the sidebar', async () => {
      await canvas.locator('release-countdown.classic [part="countdown"]').waitFor();
      const sidebar = page.locator('.block-editor-block-inspector');
      await sidebar.getByLabel('Title').fill('Midnight Harbor');
      await canvas.locator('release-countdown [part="title"]', { hasText: 'Midnight Harbor' }).waitFor();
      await sidebar.getByLabel('Count up after release').check();
      await sidebar.getByLabel('Seconds').uncheck();
      for (const label of [
        'Date and time',
        'Time zone',
        'Released text',
        'Format',
        'Label length',
        '“Add to calendar” link',
      ]) {
        assert.equal(await sidebar.getByLabel(label).count(), 1, label);
      }
    });

    it('saves the element itself, which WordPress reads back as a valid block', async () => {
      await page.evaluate(() => window.wp.data.dispatch('core/editor').savePost());
      await page.waitForFunction(() => {
        const editor = window.wp.data.select('core/editor');
        return !editor.isSavingPost() && editor.didPostSaveRequestSucceed();
      });
      const saved = await page.evaluate(() => window.wp.data.select('core/editor').getCurrentPostId());
      const content = await wordpress.php(`echo json_encode( get_post( ${Number(saved)} )->post_content );`);
      assert.equal(
        content,
        '<!-- wp:release-countdown/countdown {"className":"is-style-classic"} -->\n' +
          '<release-countdown class="classic is-style-classic" date="2030-03-12T09:00" time-zone="Asia/Tokyo" ' +
          'title="Midnight Harbor" units="days hours minutes" after="count-up">March 12, 2030 at 9:00 AM (Asia/Tokyo)</release-countdown>\n' +
          '<!-- /wp:release-countdown/countdown -->',
      );
      const valid = await page.evaluate((content) => window.wp.blocks.parse(content)[0].isValid, content);
      assert.equal(valid, true);
    });

    it('and the shortcode renders the same element', async () => {
      const html = await wordpress.php(
        `echo json_encode( do_shortcode( '[release_countdown class="classic is-style-classic" date="2030-03-12T09:00" time-zone="Asia/Tokyo" title="Midnight Harbor" units="days hours minutes" after="count-up"]' ) );`,
      );
      const content = await wordpress.php(
        `echo json_encode( get_posts( array( 'post_status' => 'publish', 's' => 'Block', 'numberposts' => 1 ) )[0]->post_content );`,
      );
      assert.deepEqual(countdownAttributes(html), countdownAttributes(content));
    });
  });

  it('no request left this machine', () => {
    assert.deepEqual(outside, []);
  });
});
