// @ts-check
import { Client, isHTTPResponseError, LogLevel, RequestTimeoutError } from '@notionhq/client';
import { createSessionSink, httpVerdict, networkFailure, readSwitch, retryAfterMs } from './session-sink.js';

/** Notion allows about 3 requests a second per integration. */
const REQUESTS_PER_SECOND = 3;

/** How long one request may take before it counts as failed (and is tried again when that is safe). */
const TIMEOUT_MS = 10_000;

/**
 * @typedef {object} NotionSinkConfig
 * @property {boolean} enabled false with NOTION_SINK=off: nothing is written (local development, tests)
 * @property {string} token secret: the integration's token, sent as the Bearer token and never logged
 * @property {string} dataSourceId the "Chat Sessions" data source (`csmb provision notion` prints it)
 * @property {string} baseUrl the API's address, without a trailing slash
 */

/**
 * @param {import('./env.js').EnvReader} env
 * @returns {NotionSinkConfig}
 */
export function readConfig(env) {
  const baseUrl = env.baseUrl('NOTION_BASE_URL', 'https://api.notion.com');
  const { enabled, read } = readSwitch(env, 'NOTION_SINK');
  return {
    enabled,
    token: read('NOTION_TOKEN', 'the internal integration secret from https://www.notion.so/profile/integrations'),
    dataSourceId: read('NOTION_DATA_SOURCE_ID', 'the data source id that `csmb provision notion` printed'),
    baseUrl,
  };
}

/**
 * Rich text in Notion's shape. The sink's texts are short (a title, a summary of at most 500 characters), well
 * under Notion's 2,000 characters per text object.
 * @param {string} content
 */
const richText = (content) => [{ type: /** @type {const} */ ('text'), text: { content } }];

/**
 * A session row as Notion page properties. Started and Last Activity are `created_time` and `last_edited_time`
 * properties: Notion keeps them itself, so they are not written.
 * @param {import('./session-sink.js').SessionRow} row
 */
export function notionProperties(row) {
  return {
    ...(row.title === undefined ? {} : { Session: { title: richText(row.title) } }),
    Platform: { select: { name: row.platform } },
    Status: { select: { name: row.status } },
    User: { rich_text: richText(row.user) },
    ...(row.summary === undefined ? {} : { Summary: { rich_text: richText(row.summary) } }),
    Messages: { number: row.messages },
    Duration: { number: row.durationSeconds },
  };
}

/**
 * What a failed Notion call means: 429 and 5xx are worth another try (429 surely did nothing), 404 means the page
 * is gone, a timeout or a dropped connection may have reached Notion.
 * @param {unknown} error
 * @returns {import('./session-sink.js').Verdict}
 */
export function classify(error) {
  if (isHTTPResponseError(error)) {
    const headers = error.headers;
    const retryAfter = headers instanceof Headers ? headers.get('retry-after') : undefined;
    return httpVerdict(error.status, retryAfterMs(retryAfter));
  }
  if (RequestTimeoutError.isRequestTimeoutError(error)) {
    return { transient: true, surelyNotDone: false, gone: false, retryAfterMs: undefined };
  }
  const { network, notSent } = networkFailure(error);
  return { transient: network, surelyNotDone: notSent, gone: false, retryAfterMs: undefined };
}

/**
 * Writes one page per session into the Notion data source, through the official client (API version 2025-09-03:
 * pages are created with a `data_source_id` parent). The client's own retries are off: the session sink retries,
 * so every service is tried again the same way.
 * @param {import('./runtime.js').Runtime} runtime
 * @returns {import('./runtime.js').Installed}
 */
export function install(runtime) {
  const { enabled, token, dataSourceId, baseUrl } = runtime.config.notionSink;
  if (!enabled) return {};
  const notion = new Client({
    auth: token,
    baseUrl,
    timeoutMs: TIMEOUT_MS,
    retry: false,
    logLevel: LogLevel.WARN,
    // The client's warnings go to the bot's log; the sink logs every failure itself, with the session id.
    logger: (level, message, extraInfo) => runtime.logger.debug({ sink: 'notion', level, extraInfo }, message),
  });
  const sink = createSessionSink({
    runtime,
    requestsPerSecond: REQUESTS_PER_SECOND,
    writer: {
      namespace: 'notionSink',
      classify,
      async create(row) {
        const page = await notion.pages.create({
          parent: { type: 'data_source_id', data_source_id: dataSourceId },
          properties: notionProperties(row),
        });
        return page.id;
      },
      async update(pageId, row) {
        await notion.pages.update({ page_id: pageId, properties: notionProperties(row) });
      },
    },
  });
  return { stop: () => sink.stop() };
}
