// @ts-check
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { startServer } from './support.js';

const REDIS = {};
const skip = false;

describe('the widget and the demo page', { skip, timeout: 30_000 }, () => {
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  before(async () => {
    server = await startServer({ ...REDIS, WEBCHAT_ALLOWED_ORIGINS: 'https://shop.example' });
  });
  after(() => server?.stop());

  it('serves the demo page with the one script tag', async () => {
    const response = await fetch(`${server.url}/`);
    assert.equal(response.status, 200);
    assert.match(String(response.headers.get('content-type')), /^text\/html/);
    assert.match(await response.text(), /\/webchat\/widget\.js/);
  });

  it('serves the widget, its stylesheet and the socket.io client', async () => {
    /** @type {[string, RegExp][]} */
    const files = [
      ['/webchat/widget.js', /javascript/],
      ['/webchat/widget.css', /^text\/css/],
      ['/socket.io/socket.io.min.js', /javascript/],
    ];
    for (const [path, type] of files) {
      const response = await fetch(`${server.url}${path}`);
      assert.equal(response.status, 200, path);
      assert.match(String(response.headers.get('content-type')), type, path);
    }
  });

  it('sends the widget its texts from the locale files, with CORS only for allowed sites', async () => {
    const english = await fetch(`${server.url}/webchat/strings.json`, { headers: { Origin: 'https://shop.example' } });
    assert.equal(english.headers.get('access-control-allow-origin'), 'https://shop.example');
    const body = /** @type {Record<string, any>} */ (await english.json());
    assert.equal(body.locale, 'en');
    const catalog = JSON.parse(await readFile(new URL('../../locales/platform.en.json', import.meta.url), 'utf8'));
    assert.equal(body.texts.send, catalog['platform.widget.send']);
    assert.equal(body.texts.log, catalog['platform.widget.log']);
    const foreign = await fetch(`${server.url}/webchat/strings.json`, { headers: { Origin: 'https://evil.example' } });
    assert.equal(foreign.headers.get('access-control-allow-origin'), null);
    const response = await fetch(`${server.url}/webchat/strings.json`, { headers: { 'Accept-Language': 'de-DE,de;q=0.9' } });
    const german = /** @type {Record<string, any>} */ (await response.json());
    assert.equal(german.locale, 'de');
    assert.equal(german.texts.send, 'Senden');
  });

  it('shows messages as text only: the widget never parses HTML', async () => {
    const source = await readFile(new URL('../../public/webchat/widget.js', import.meta.url), 'utf8');
    assert.match(source, /\.textContent = message\.text/);
    assert.doesNotMatch(source, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
  });
});
