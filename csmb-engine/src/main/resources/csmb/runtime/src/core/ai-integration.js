// @ts-check
import pRetry, { AbortError } from 'p-retry';
import { t } from './i18n.js';

/**
 * @typedef {object} AiConfig
 * @property {string} apiKey secret: sent as the Bearer token, never logged
 * @property {string} baseUrl without a trailing slash, e.g. "https://api.openai.com/v1"
 * @property {string} model
 * @property {number} timeoutMs
 * @property {number} contextMessages how many of the session's latest messages the model sees
 */

/**
 * @param {import('./env.js').EnvReader} env
 * @returns {AiConfig}
 */
export function readConfig(env) {
  const baseUrl = env.baseUrl('AI_BASE_URL', 'https://api.openai.com/v1');
  return {
    apiKey: env.required('AI_API_KEY', 'the API key of your OpenAI-compatible provider'),
    baseUrl,
    model: env.string('AI_MODEL', 'gpt-4o-mini'),
    timeoutMs: env.integer('AI_TIMEOUT_MS', { fallback: 30000, min: 1 }),
    contextMessages: env.integer('AI_CONTEXT_MESSAGES', { fallback: 20, min: 1, max: 1000 }),
  };
}

/**
 * One message of the conversation, as the chat completions API takes it.
 * @typedef {object} ChatMessage
 * @property {'system' | 'user' | 'assistant'} role
 * @property {string} content
 */

/**
 * What reply() gets as `context.ai`.
 * @typedef {object} AiContext
 * @property {ChatMessage[]} messages the session's latest messages, oldest first, ending with the user's new one
 * @property {(messages?: ChatMessage[]) => Promise<string>} ask asks the model (with `messages` by default, e.g.
 *   with a system prompt put first) and resolves to its answer; when the model fails or times out, to an apology
 *   for the user (the problem is logged). Never rejects
 */

/** The model could not answer: a network error, a timeout, an error status or an unexpected body. */
export class AiError extends Error {
  name = 'AiError';
}

/** Connection failures that usually pass: worth another try. Others (a refused port, a bad host) fail the same way. */
const TRANSIENT_CODES = new Set(['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'UND_ERR_SOCKET']);

/**
 * A client for an OpenAI-compatible chat completions API (`POST {baseUrl}/chat/completions`), over `fetch`. Rate
 * limits (429), server errors (5xx) and dropped connections are tried again with p-retry (doubling pauses), all within
 * `timeoutMs`; other failures end the call at once.
 * @param {object} deps
 * @param {AiConfig} deps.config
 * @param {typeof fetch} [deps.fetch] replaceable in tests
 * @param {number} [deps.retries] how many times a transient failure is tried again
 * @param {number} [deps.minRetryDelayMs] the first pause
 */
export function createAiClient({ config, fetch = globalThis.fetch, retries = 2, minRetryDelayMs = 500 }) {
  /**
   * One attempt.
   * @param {ChatMessage[]} messages
   * @param {AbortSignal} signal
   */
  async function attempt(messages, signal) {
    /** @type {Response} */
    let response;
    try {
      response = await fetch(`${config.baseUrl}/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${config.apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ model: config.model, messages }),
        signal,
      });
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      const failure = new AiError(timedOut ? `no answer within ${config.timeoutMs} ms` : `request failed: ${describe(error)}`);
      const code = error instanceof Error && error.cause instanceof Error ? /** @type {any} */ (error.cause).code : undefined;
      throw !timedOut && TRANSIENT_CODES.has(code) ? failure : new AbortError(failure);
    }
    if (!response.ok) {
      // The body often explains the status (a wrong model name, a quota); it never echoes the key.
      const detail = (await response.text().catch(() => '')).slice(0, 300);
      const failure = new AiError(`HTTP ${response.status} from ${config.baseUrl}: ${detail}`);
      throw response.status === 429 || response.status >= 500 ? failure : new AbortError(failure);
    }
    const body = /** @type {any} */ (await response.json().catch(() => undefined));
    const content = body?.choices?.[0]?.message?.content;
    if (typeof content !== 'string') throw new AbortError(new AiError('the answer has no choices[0].message.content'));
    return content.trim();
  }

  return {
    /**
     * @param {ChatMessage[]} messages
     * @returns {Promise<string>} the first choice's content, trimmed (may be empty)
     * @throws {AiError} with a message that names the problem but never the key
     */
    async complete(messages) {
      const signal = AbortSignal.timeout(config.timeoutMs);
      try {
        return await pRetry(() => attempt(messages, signal), { retries, minTimeout: minRetryDelayMs, signal });
      } catch (error) {
        if (error instanceof AiError) throw error;
        // The time ran out during a pause between attempts.
        throw new AiError(`no answer within ${config.timeoutMs} ms`, { cause: error });
      }
    },
  };
}

/** @param {unknown} error */
function describe(error) {
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return error instanceof Error ? `${error.message}${cause}` : String(error);
}

/**
 * Hands reply() the model as `context.ai`, with the session's latest messages as the conversation.
 * @param {import('./runtime.js').Runtime} runtime
 */
export function install({ config, logger, sessions, chat }) {
  const client = createAiClient({ config: config.aiIntegration });
  chat.addContextProvider(async ({ session }) => {
    const history = await sessions.history(session, config.aiIntegration.contextMessages);
    /** @type {ChatMessage[]} */
    const messages = history.map((m) => ({ role: m.role === 'bot' ? 'assistant' : 'user', content: m.text }));
    return {
      ai: {
        messages,
        async ask(conversation = messages) {
          try {
            return await client.complete(conversation);
          } catch (error) {
            logger.warn({ reason: describe(error), sessionId: session.id }, 'the model did not answer');
            return t('aiIntegration.unavailable');
          }
        },
      },
    };
  });
}
