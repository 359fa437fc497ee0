// @ts-check
// A small Slack on 127.0.0.1 for the platform tests (node --test also loads this file; it defines no test of its own).
// It answers the Web API calls Bolt makes (form-encoded POSTs to /api/<method> with a Bearer token) and records them,
// takes what respond() posts to a command's response_url, and plays Slack's side of Socket
// Mode: apps.connections.open hands out a ws:// URL, the socket says `hello` and carries envelopes, and the app acks
// each envelope by its id. Shapes follow Slack's API reference and @slack/web-api's and
// @slack/socket-mode's sources.
import { once } from 'node:events';
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';

export const TEAM_ID = 'T0TEST';
export const BOT_USER_ID = 'U0BOT';
export const BOT_TOKEN = 'xoxb-test-token';
export const APP_TOKEN = 'xapp-test-token';

/**
 * A Web API call as Slack received it.
 * @typedef {object} ApiCall
 * @property {string} method e.g. `chat.postMessage`
 * @property {Record<string, unknown>} args the form fields, JSON values (`blocks`) parsed
 * @property {string | undefined} authorization the Authorization header
 */

/**
 * What respond() posted to a response_url.
 * @typedef {object} Response
 * @property {string} path
 * @property {Record<string, any>} body
 */

/**
 * Waits until `check` returns something, for up to `ms`.
 * @template T
 * @param {() => T | undefined} check
 * @param {string} what for the failure message
 * @param {number} [ms]
 * @returns {Promise<T>}
 */
export async function eventually(check, what, ms = 5000) {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((resolve) => setTimeout(resolve, 10))) {
    const value = check();
    if (value !== undefined && value !== false) return value;
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * Starts the fake on a free loopback port.
 * @param {object} [options]
 * @param {string} [options.authError] answer auth.test with this error (`invalid_auth`) instead of success
 */
export async function startFakeSlack({ authError } = {}) {
  /** @type {ApiCall[]} */
  const calls = [];
  /** @type {Response[]} */
  const responses = [];
  /** @type {string[]} the order things happened in: `ack:<envelope id>`, `respond:<path>`, `api:<method>` */
  const log = [];
  let ts = 1_700_000_000;

  const server = createServer((request, response) => {
    void (async () => {
      const chunks = [];
      for await (const chunk of request) chunks.push(chunk);
      const text = Buffer.concat(chunks).toString('utf8');
      const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
      if (path.startsWith('/api/')) {
        const method = path.slice('/api/'.length);
        const args = Object.fromEntries(
          [...new URLSearchParams(text)].map(([name, value]) => [name, /^[[{]/.test(value) ? JSON.parse(value) : value]),
        );
        calls.push({ method, args, authorization: request.headers.authorization });
        log.push(`api:${method}`);
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(answer(method, args)));
      } else if (path.startsWith('/respond/')) {
        responses.push({ path, body: JSON.parse(text) });
        log.push(`respond:${path}`);
        response.writeHead(200, { 'content-type': 'text/plain' }).end('');
      } else {
        response.writeHead(404).end();
      }
    })();
  });

  /**
   * @param {string} method
   * @param {Record<string, unknown>} args
   */
  function answer(method, args) {
    switch (method) {
      case 'auth.test':
        if (authError) return { ok: false, error: authError };
        return { ok: true, url: 'https://test.slack.com/', team: 'Test', user: 'bot', team_id: TEAM_ID, user_id: BOT_USER_ID, bot_id: 'B0BOT' };
      case 'apps.connections.open':
        return { ok: true, url: `ws://127.0.0.1:${port}/link` };
      case 'chat.postMessage':
        ts += 1;
        return { ok: true, channel: args.channel, ts: `${ts}.000100`, message: { type: 'message', text: args.text, user: BOT_USER_ID, ts: `${ts}.000100` } };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  // Socket Mode: envelopes go to the app that connected last (the tests run one app at a time, or start a second
  // one to hand it what the first already had).
  const sockets = new WebSocketServer({ server, path: '/link' });
  /** @type {import('ws').WebSocket | undefined} */
  let socket;
  /** @type {Map<string, (payload: unknown) => void>} */
  const acks = new Map();
  sockets.on('connection', (ws) => {
    socket = ws;
    ws.on('message', (data) => {
      const { envelope_id: id, payload } = JSON.parse(String(data));
      log.push(`ack:${id}`);
      acks.get(id)?.(payload);
      acks.delete(id);
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: 'A0TEST' } }));
  });
  let envelopes = 0;

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    /** The value for SLACK_API_URL. */
    apiUrl: `${url}/api/`,
    calls,
    responses,
    log,
    /** A response_url for a command or a button, under this fake. */
    responseUrl: () => `${url}/respond/${log.length}-${Math.random().toString(16).slice(2)}`,
    /**
     * The messages posted to a channel so far.
     * @param {string} channel
     */
    posted: (channel) => calls.filter((c) => c.method === 'chat.postMessage' && c.args.channel === channel),
    /**
     * Resolves once the app holds a Socket Mode connection (`count` apps, when several are connected).
     * @param {number} [count]
     */
    connected: (count = 1) => eventually(() => socket?.readyState === 1 && sockets.clients.size >= count, `${count} Socket Mode connections`),
    /**
     * Sends an envelope over the socket, as Slack does, and resolves with the app's ack payload.
     * @param {'events_api' | 'slash_commands' | 'interactive'} type
     * @param {Record<string, unknown>} payload
     * @param {number} [retryAttempt] more than 0 for Slack's redelivery of an envelope it saw no ack for
     * @returns {Promise<unknown>}
     */
    send(type, payload, retryAttempt = 0) {
      if (!socket) throw new Error('no Socket Mode connection');
      envelopes += 1;
      const id = `envelope-${envelopes}`;
      const acked = new Promise((resolve) => acks.set(id, resolve));
      socket.send(JSON.stringify({ envelope_id: id, type, payload, accepts_response_payload: type !== 'events_api', retry_attempt: retryAttempt, retry_reason: retryAttempt > 0 ? 'timeout' : '' }));
      return acked;
    },
    async close() {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

/** @typedef {Awaited<ReturnType<typeof startFakeSlack>>} FakeSlack */
