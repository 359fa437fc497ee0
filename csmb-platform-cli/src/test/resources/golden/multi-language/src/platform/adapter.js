// @ts-check
import { createInterface } from 'node:readline';
import { t } from '../core/i18n.js';

/** Every message from the terminal belongs to this channel; sessions are kept per user and channel. */
const CHANNEL_ID = 'terminal';
const BOT_NAME = "My CLI Bot";

/**
 * @typedef {object} Adapter
 * @property {() => Promise<void>} start begins receiving messages
 * @property {() => Promise<void>} stop stops receiving and lets in-flight replies finish
 */

/**
 * Connects the chat core to the terminal: a readline REPL that sends each line to the core and prints
 * the replies. The REPL owns /quit, which ends the program but leaves the session open for next time.
 * @param {object} deps
 * @param {import('../config.js').Config} deps.config
 * @param {import('../core/chat.js').Chat} deps.chat
 * @param {import('../core/commands.js').CommandRouter} deps.commands
 * @param {import('../core/logger.js').Logger} deps.logger
 * @param {() => void} deps.onEnd called when the REPL ends by itself: /quit, Ctrl-C or end of input
 * @param {NodeJS.ReadableStream} [deps.input] defaults to stdin
 * @param {NodeJS.WritableStream} [deps.output] defaults to stdout
 * @returns {Adapter}
 */
export function createAdapter({
  config,
  chat,
  commands,
  logger,
  onEnd,
  input = process.stdin,
  output = process.stdout,
}) {
  /** @type {import('node:readline').Interface | undefined} */
  let rl;
  /** @type {Promise<void> | undefined} */
  let loop;
  let quitting = false;

  commands.register({
    name: 'quit',
    description: () => t('platform.quit.description'),
    run: () => {
      quitting = true;
      return t('platform.quit.done');
    },
  });

  /** @param {string} text */
  const print = (text) => output.write(`${text}\n`);

  /** @param {import('node:readline').Interface} repl */
  async function run(repl) {
    // The async iterator queues lines, so piped input is handled one line at a time, in order.
    for await (const line of repl) {
      const replies = await chat.handle({ userId: config.platform.userId, channelId: CHANNEL_ID, text: line });
      replies.forEach(print);
      if (quitting) break;
      repl.prompt();
    }
    repl.close();
  }

  return {
    async start() {
      const terminal = 'isTTY' in input && input.isTTY === true;
      rl = createInterface({ input, output, terminal, prompt: terminal ? '> ' : '' });
      // Without this listener readline only pauses on Ctrl-C; closing ends the loop and the program.
      rl.on('SIGINT', () => rl?.close());
      print(t('platform.banner', { name: BOT_NAME, user: config.platform.userId }));
      rl.prompt();
      loop = run(rl).then(onEnd, (error) => {
        logger.error('terminal input failed', { error });
        onEnd();
      });
      logger.debug('terminal ready');
    },
    async stop() {
      rl?.close();
      await loop;
    },
  };
}
