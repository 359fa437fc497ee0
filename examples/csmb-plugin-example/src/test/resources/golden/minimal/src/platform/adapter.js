// @ts-check
import { createInterface } from 'node:readline';
import { t } from '../core/i18n.js';

/** The pipe's identity namespace: its users are `jsonl-pipe:<userId>`, never a terminal or another platform's user. */
const CHANNEL = 'jsonl-pipe';
/** Every message from the pipe belongs to this conversation; sessions are kept per user and conversation. */
const CHANNEL_ID = 'pipe';
const BOT_NAME = "Pipe Bot";

/**
 * @typedef {object} Adapter
 * @property {() => Promise<void>} start connects and begins handing messages to chat.handle
 * @property {() => Promise<void>} stop stops receiving and waits for the replies in flight
 */

/**
 * Connects the chat core to the platform.
 * @param {object} deps
 * @param {import('../config.js').Config} deps.config
 * @param {import('../core/chat.js').Chat} deps.chat
 * @param {import('../core/commands.js').CommandRouter} deps.commands register platform-only commands here
 * @param {import('../core/logger.js').Logger} deps.logger
 * @param {import('../core/runtime.js').Runtime} [deps.runtime] the running core: store, events, sessions and,
 *   when the project serves HTTP, `http`
 * @param {() => void} deps.onEnd call when the platform ends by itself (end of input, a closed connection)
 * @returns {Adapter}
 */
export function createAdapter({ config, chat, logger, onEnd }) {
  /** @type {import('node:readline').Interface | undefined} */
  let lines;
  /** @type {Promise<void> | undefined} */
  let loop;

  // stdout carries only the answers, one JSON object per line; the logger writes to stderr.
  /** @param {Record<string, unknown>} record */
  const write = (record) => process.stdout.write(`${JSON.stringify(record)}\n`);

  /**
   * The message a line stands for: plain text from PIPE_USER, or a JSON object naming its text and user.
   * @param {string} line
   * @returns {import('../core/chat.js').IncomingMessage | undefined} undefined for a malformed JSON line
   */
  function parse(line) {
    if (!line.trimStart().startsWith('{')) {
      return { channel: CHANNEL, userId: config.platform.userId, channelId: CHANNEL_ID, text: line };
    }
    let value;
    try {
      value = JSON.parse(line);
    } catch {
      return undefined;
    }
    const userId = value.userId ?? config.platform.userId;
    if (typeof value.text !== 'string' || typeof userId !== 'string' || userId === '') return undefined;
    return { channel: CHANNEL, userId, channelId: CHANNEL_ID, text: value.text };
  }

  /** @param {import('node:readline').Interface} input */
  async function run(input) {
    // The async iterator queues lines, so each message is answered before the next is read: output stays in order.
    for await (const line of input) {
      if (line.trim() === '') continue;
      const message = parse(line);
      if (message === undefined) {
        write({ error: t('platform.badLine') });
        continue;
      }
      write({ userId: message.userId, replies: await chat.handle(message) });
    }
  }

  return {
    async start() {
      lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
      loop = run(lines).then(onEnd, (error) => {
        logger.error({ error }, 'reading stdin failed');
        onEnd();
      });
      logger.debug({ bot: BOT_NAME }, 'reading messages from stdin');
    },
    async stop() {
      lines?.close();
      await loop;
    },
  };
}
