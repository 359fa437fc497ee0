// @ts-check
import { createInterface } from 'node:readline';
import { HOST_CHANNEL } from '../core/commands.js';
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
 * @param {import('../core/runtime.js').Runtime} [deps.runtime] the running core: store, events, sessions and,
 *   when the project serves HTTP, `http`
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
  /** @type {Promise<void>} every line read so far, handled one after another in the order they came */
  let handled = Promise.resolve();
  let inputClosed = false;
  // Set by /quit, Ctrl-C and stop(): lines not started yet are dropped, the one in flight still gets its answer.
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
  const print = (text) => output.write(`${printable(text)}\n`);

  /** @param {string} line */
  async function handle(line) {
    if (quitting) return;
    const message = { channel: HOST_CHANNEL, userId: config.platform.userId, channelId: CHANNEL_ID, text: line };
    const replies = await chat.handle(message);
    replies.forEach(print);
    if (quitting) rl?.close();
    // After the end of input readline is closed, and prompting then would throw.
    else if (!inputClosed) rl?.prompt();
  }

  /** Stops reading; the replies in flight still finish, and `onEnd` runs after the last one. */
  function quit() {
    quitting = true;
    rl?.close();
  }

  return {
    async start() {
      const terminal = 'isTTY' in input && input.isTTY === true;
      const repl = createInterface({ input, output, terminal, prompt: terminal ? '> ' : '' });
      rl = repl;
      // Piped input arrives faster than replies: readline emits every line at once, so they are chained here and
      // answered one at a time, in order.
      repl.on('line', (line) => {
        handled = handled
          .then(() => handle(line))
          .catch((error) => logger.error({ error }, 'terminal input failed'));
      });
      // Without this listener readline only pauses on Ctrl-C; closing ends the program once the replies are out.
      repl.on('SIGINT', quit);
      repl.on('close', () => {
        inputClosed = true;
        void handled.then(onEnd);
      });
      print(t('platform.banner', { name: BOT_NAME, user: config.platform.userId }));
      repl.prompt();
      logger.debug('terminal ready');
    },
    async stop() {
      quit();
      await handled;
    },
  };
}

/** Control characters other than tab and newline, DEL, the C1 controls and the bidirectional overrides. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes text safe to print on a terminal. Messages come from users, other systems and the model, and a terminal
 * obeys escape sequences in what it prints: `ESC ] 2 ; … BEL` retitles the window, others move the cursor, rewrite
 * lines or hide text. So every control character except tab and newline is shown as a visible symbol instead
 * (ESC as ␛, BEL as ␇, a C1 control as \u{9b}); Unicode's bidirectional overrides likewise, so text cannot appear
 * reordered. Packages such as strip-ansi remove only well-formed ANSI sequences, and silently: a lone BEL, a
 * backspace or a carriage return that overwrites the line would pass.
 * @param {string} text
 * @returns {string}
 */
export function printable(text) {
  return text.replace(/\r\n/g, '\n').replace(UNPRINTABLE, (char) => {
    const code = char.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return `\\u{${code.toString(16)}}`;
  });
}
