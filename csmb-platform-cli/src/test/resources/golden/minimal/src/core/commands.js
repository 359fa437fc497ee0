// @ts-check
import { shortId } from './sessions.js';

/** @typedef {import('./types.js').Scope} Scope */

/**
 * @typedef {object} Command
 * @property {string} name the word after the slash, lower case
 * @property {string} [args] how to write its arguments in help, e.g. "<id>"
 * @property {string} description one line for /help
 * @property {(input: { scope: Scope, args: string }) => Promise<string> | string} run returns the reply
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

  const router = {
    /**
     * Adds a command; a later command with the same name replaces the earlier one.
     * @param {Command} command
     */
    register(command) {
      commands.set(command.name.toLowerCase(), command);
      return router;
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
     * Runs the command in `text`, e.g. "/resume 1a2b".
     * @param {string} text
     * @param {Scope} scope
     * @returns {Promise<string>} the reply
     */
    async handle(text, scope) {
      const [, name = '', args = ''] = /^\/(\S*)\s*([\s\S]*)$/.exec(text.trim()) ?? [];
      const command = commands.get(name.toLowerCase());
      if (!command) return `Unknown command /${name}. Type /help to see the commands.`;
      return command.run({ scope, args: args.trim() });
    },
  };

  router.register({
    name: 'help',
    description: 'Show the commands',
    run: () =>
      ['Commands:', ...router.list().map((c) => `  /${c.name}${c.args ? ` ${c.args}` : ''} - ${c.description}`)].join(
        '\n',
      ),
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
      description: 'Start a new session (the current one is paused)',
      run: async ({ scope }) => `Started session ${shortId(await sessions.start(scope))}.`,
    })
    .register({
      name: 'sessions',
      description: 'List your sessions, most recent first',
      run: async ({ scope }) => {
        const list = await sessions.list(scope);
        if (list.length === 0) return 'No sessions yet. Send a message to start one.';
        const lines = list.map(
          (s) =>
            `${s.status === 'active' ? '*' : ' '} ${shortId(s)}  ${s.status.padEnd(9)}  ` +
            `${String(s.messageCount).padStart(3)} messages  last used ${formatTime(s.updatedAt)}`,
        );
        return ['Your sessions (* = active):', ...lines, 'Use /resume <id> to switch.'].join('\n');
      },
    })
    .register({
      name: 'resume',
      args: '<id>',
      description: 'Continue a paused or completed session',
      run: async ({ scope, args }) => {
        const session = await sessions.resume(scope, args);
        return `Resumed session ${shortId(session)} (${session.messageCount} messages). /history shows them.`;
      },
    })
    .register({
      name: 'history',
      description: `Show the last ${historyLimit} messages of the active session`,
      run: async ({ scope }) => {
        const { session } = await sessions.current(scope);
        if (!session) return 'No active session. Send a message to start one, or /resume <id>.';
        const messages = await sessions.history(session, historyLimit);
        if (messages.length === 0) return `Session ${shortId(session)} has no messages yet.`;
        return [
          `Session ${shortId(session)}, last ${messages.length} of ${session.messageCount} messages:`,
          ...messages.map((m) => `  ${m.role === 'user' ? 'you' : 'bot'}: ${m.text}`),
        ].join('\n');
      },
    })
    .register({
      name: 'end',
      description: 'Complete the active session',
      run: async ({ scope }) => {
        const session = await sessions.end(scope);
        return session
          ? `Completed session ${shortId(session)}. Your next message starts a new one.`
          : 'No active session to end.';
      },
    })
    .register({
      name: 'archive',
      args: '<id>',
      description: 'Hide a session that is not active from /sessions',
      run: async ({ scope, args }) => `Archived session ${shortId(await sessions.archive(scope, args))}.`,
    });
  return router;
}

/**
 * @param {number} epochMs
 * @returns {string} e.g. "2025-01-31 14:05 UTC"
 */
function formatTime(epochMs) {
  return `${new Date(epochMs).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
