// @ts-check
import pRetry, { AbortError } from 'p-retry';

/** WhatsApp refuses text bodies over 4096 characters; a longer reply is sent in parts. */
export const MAX_TEXT_LENGTH = 4096;

/**
 * Graph API error codes that mean the 24-hour customer-service window is closed: only an approved template message
 * may be sent to the user until they write again.
 */
const WINDOW_CLOSED_CODES = new Set([131047]);

/** A Graph API call that failed for good; its message names the call and Meta's reason, never the token. */
export class GraphApiError extends Error {
  name = 'GraphApiError';

  /**
   * @param {string} message
   * @param {number} status
   * @param {number | undefined} code Meta's error code, when the answer had one
   */
  constructor(message, status, code) {
    super(message);
    this.status = status;
    this.code = code;
  }

  /** Whether Meta refused because the user's last message is older than 24 hours. */
  get windowClosed() {
    return this.code !== undefined && WINDOW_CLOSED_CODES.has(this.code);
  }
}

/**
 * What GET /<media-id> answers: where to download the file and what it is.
 * @typedef {object} MediaInfo
 * @property {string} url valid for a few minutes, and only with the access token
 * @property {string} mime_type
 * @property {number} file_size bytes
 */

/**
 * The few Graph API calls the bot makes, over `fetch`, each retried with p-retry on network errors, 429 and 5xx
 * (another 4xx would fail the same way again, so it ends the call at once).
 * @param {object} options
 * @param {string} options.baseUrl e.g. https://graph.facebook.com/v26.0
 * @param {string} options.accessToken
 * @param {string} options.phoneNumberId
 * @param {import('../core/logger.js').Logger} options.logger
 * @param {typeof fetch} [options.fetch]
 * @param {number} [options.retries] attempts after the first
 * @param {number} [options.minTimeout] the first pause between attempts, in milliseconds; each next one doubles
 */
export function createGraphApi({ baseUrl, accessToken, phoneNumberId, logger, fetch = globalThis.fetch, retries = 4, minTimeout = 500 }) {
  const stopping = new AbortController();

  /**
   * @param {string} what the call, for logs and errors
   * @param {string} url
   * @param {RequestInit} [init]
   * @returns {Promise<Response>} an ok response
   */
  function call(what, url, init = {}) {
    return pRetry(
      async () => {
        const response = await fetch(url, {
          ...init,
          headers: { ...init.headers, authorization: `Bearer ${accessToken}` },
          signal: AbortSignal.any([stopping.signal, AbortSignal.timeout(15_000)]),
        });
        if (response.ok) return response;
        /** @type {any} */
        const answer = await response.json().catch(() => undefined);
        const reason = typeof answer?.error?.message === 'string' ? `: ${answer.error.message}` : '';
        const code = typeof answer?.error?.code === 'number' ? answer.error.code : undefined;
        const error = new GraphApiError(`${what} failed with HTTP ${response.status}${reason}`, response.status, code);
        throw response.status === 429 || response.status >= 500 ? error : new AbortError(error);
      },
      {
        retries,
        minTimeout,
        maxTimeout: 30_000,
        signal: stopping.signal,
        onFailedAttempt: ({ error, attemptNumber, retriesLeft }) => {
          if (retriesLeft > 0) logger.warn({ call: what, attempt: attemptNumber, outcome: error.message }, 'graph api call failed; retrying');
        },
      },
    );
  }

  return {
    /**
     * Sends a text message, in parts of at most {@link MAX_TEXT_LENGTH} characters.
     * @param {string} to the user's WhatsApp id (wa_id)
     * @param {string} text
     */
    async sendText(to, text) {
      for (let start = 0; start < text.length || start === 0; start += MAX_TEXT_LENGTH) {
        const body = {
          messaging_product: 'whatsapp',
          recipient_type: 'individual',
          to,
          type: 'text',
          text: { preview_url: false, body: text.slice(start, start + MAX_TEXT_LENGTH) },
        };
        const response = await call('send message', `${baseUrl}/${phoneNumberId}/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        await response.body?.cancel();
      }
    },

    /**
     * Looks up a received file.
     * @param {string} mediaId
     * @returns {Promise<MediaInfo>}
     */
    async mediaInfo(mediaId) {
      const response = await call('media lookup', `${baseUrl}/${encodeURIComponent(mediaId)}`);
      return /** @type {MediaInfo} */ (await response.json());
    },

    /**
     * Downloads a file from the URL {@link mediaInfo} gave, refusing more than `maxBytes` even when the size it was
     * announced with was smaller.
     * @param {string} url
     * @param {number} maxBytes
     * @returns {Promise<Uint8Array>}
     */
    async download(url, maxBytes) {
      const response = await call('media download', url);
      if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
        await response.body?.cancel();
        throw new GraphApiError(`media download is larger than ${maxBytes} bytes`, 413, undefined);
      }
      const data = new Uint8Array(await response.arrayBuffer());
      if (data.byteLength > maxBytes) throw new GraphApiError(`media download is larger than ${maxBytes} bytes`, 413, undefined);
      return data;
    },

    /** Cancels calls in flight and the pauses between retries, so shutdown does not wait for them. */
    stop() {
      stopping.abort();
    },
  };
}
