// @ts-check
import { t } from './i18n.js';
import { shortId, statusName } from './sessions.js';

/** @typedef {import('./types.js').Scope} Scope */

/**
 * The channel of the person at the bot's own machine (the terminal chat). Commands that touch the host, such as
 * reading a local file, are for this channel only: a message from anywhere else comes over the network.
 */
export const HOST_CHANNEL = 'terminal';

/**
 * Who may run a command, declared with it instead of checked inside it. A caller may run it when the message came
 * through one of `channels`, or when `admins` is true and the caller is an admin (ADMIN_USERS, which names users
 * with their channel, e.g. `webhook:ops`). Without `access` everyone may.
 * @typedef {object} Access
 * @property {readonly string[]} [channels] e.g. [HOST_CHANNEL]
 * @property {boolean} [admins]
 */

/**
 * What a command runs with: the caller's scope (ids carry their channel, e.g. `terminal:local`), the text after the
 * name, and the channel the message came through.
 * @typedef {object} CommandInput
 * @property {Scope} scope
 * @property {string} args
 * @property {string} channel
 */

/**
 * @typedef {object} Command
 * @property {string} name the word after the slash, lower case
 * @property {string} [args] how to write its arguments in help, e.g. "<id>"
 * @property {string | (() => string)} description one line for /help; a function is called each time /help is
 *   shown, so a text from t() follows the user's locale
 * @property {Access} [access] who may run it; everyone when absent
 * @property {(input: CommandInput) => Promise<string> | string} run returns the reply
 */

/**
 * @typedef {ReturnType<typeof createCommandRouter>} CommandRouter
 */

/**
 * A registry of slash commands. /help is generated from it, so a registered command is always documented.
 */
export function createCommandRouter() {
  /** @type {Map<string, Command>} */
  const commands = new Map();
  /** @type {(userId: string) => boolean} */
  let isAdmin = () => false;

  /**
   * @param {Command} command
   * @param {CommandInput} input
   */
  const mayRun = ({ access }, { scope, channel }) =>
    !access || (access.channels?.includes(channel) ?? false) || (access.admins === true && isAdmin(scope.userId));

  const router = {
    /**
     * Adds a command; a later command with the same name replaces the earlier one.
     * @param {Command} command
     */
    register(command) {
      commands.set(command.name.toLowerCase(), command);
      return router;
    },

    /**
     * Decides who is an admin, for commands with `access.admins` (user authentication or custom-commands set it;
     * without them nobody is).
     * @param {(userId: string) => boolean} check
     */
    setAdminCheck(check) {
      isAdmin = check;
    },

    /** @returns {Command[]} the commands in the order they were registered */
    list() {
      return [...commands.values()];
    },

    /**
     * Whether the text is a command (starts with a slash) rather than a message.
     * @param {string} text
     */
    isCommand(text) {
      return text.trimStart().startsWith('/');
    },

    /**
     * Runs the command in `text`, e.g. "/resume 1a2b", when the caller may (see {@link Access}).
     * @param {string} text
     * @param {Scope} scope
     * @param {string} channel the channel the message came through
     * @returns {Promise<string>} the reply
     */
    async handle(text, scope, channel) {
      const [, name = '', args = ''] = /^\/(\S*)\s*([\s\S]*)$/.exec(text.trim()) ?? [];
      const command = commands.get(name.toLowerCase());
      if (!command) return t('commands.unknown', { name });
      const input = { scope, args: args.trim(), channel };
      if (!mayRun(command, input)) return t('commands.notHere', { name: command.name });
      return command.run(input);
    },
  };

  router.register({
    name: 'help',
    description: () => t('commands.help.description'),
    // Lists what the caller may run, so nobody is shown a command only to be refused.
    run: (input) =>
      [t('commands.help.title'), ...router.list().filter((command) => mayRun(command, input)).map(helpLine)].join('\n'),
  });
  return router;
}

/**
 * Registers the session commands: /new, /sessions, /resume, /history, /end, /archive.
 * @param {CommandRouter} router
 * @param {import('./sessions.js').SessionManager} sessions
 * @param {object} [options]
 * @param {number} [options.historyLimit] how many messages /history shows
 */
export function registerSessionCommands(router, sessions, { historyLimit = 20 } = {}) {
  router
    .register({
      name: 'new',
      description: () => t('commands.new.description'),
      run: async ({ scope }) => t('sessions.started', { id: shortId(await sessions.start(scope)) }),
    })
    .register({
      name: 'sessions',
      description: () => t('commands.sessions.description'),
      run: async ({ scope }) => {
        const list = await sessions.list(scope);
        if (list.length === 0) return t('commands.sessions.none');
        const lines = list.map((s) =>
          t('commands.sessions.line', {
            marker: s.status === 'active' ? '*' : ' ',
            id: shortId(s),
            status: statusName(s.status).padEnd(9),
            count: String(s.messageCount).padStart(3),
            time: formatTime(s.updatedAt),
          }),
        );
        return [t('commands.sessions.title'), ...lines, t('commands.sessions.hint')].join('\n');
      },
    })
    .register({
      name: 'resume',
      args: '<id>',
      description: () => t('commands.resume.description'),
      run: async ({ scope, args }) => {
        const session = await sessions.resume(scope, args);
        return t('commands.resume.done', { id: shortId(session), count: session.messageCount });
      },
    })
    .register({
      name: 'history',
      description: () => t('commands.history.description', { limit: historyLimit }),
      run: async ({ scope }) => {
        const { session } = await sessions.current(scope);
        if (!session) return t('commands.history.noActive');
        const messages = await sessions.history(session, historyLimit);
        if (messages.length === 0) return t('commands.history.empty', { id: shortId(session) });
        const you = t('commands.history.user');
        const bot = t('commands.history.bot');
        return [
          t('commands.history.title', { id: shortId(session), shown: messages.length, total: session.messageCount }),
          ...messages.map((m) => `  ${m.role === 'user' ? you : bot}: ${m.text}`),
        ].join('\n');
      },
    })
    .register({
      name: 'end',
      description: () => t('commands.end.description'),
      run: async ({ scope }) => {
        const session = await sessions.end(scope);
        return session ? t('commands.end.done', { id: shortId(session) }) : t('commands.end.none');
      },
    })
    .register({
      name: 'archive',
      args: '<id>',
      description: () => t('commands.archive.description'),
      run: async ({ scope, args }) => t('commands.archive.done', { id: shortId(await sessions.archive(scope, args)) }),
    });
  return router;
}

/**
 * @param {Command} command
 * @returns {string} e.g. "  /resume <id> - Continue a paused or completed session"
 */
function helpLine({ name, args, description }) {
  return `  /${name}${args ? ` ${args}` : ''} - ${typeof description === 'function' ? description() : description}`;
}

/**
 * @param {number} epochMs
 * @returns {string} e.g. "2025-01-31 14:05 UTC"
 */
function formatTime(epochMs) {
  return `${new Date(epochMs).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
