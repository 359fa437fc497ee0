// @ts-check
import { t } from './i18n.js';
import { SHORT_ID_LENGTH, shortId, statusName } from './sessions.js';

/** @typedef {import('./types.js').Scope} Scope */

/** What a branch name may look like: letters, digits, `-` and `_`, up to 32 characters. */
const NAME = /^[\p{L}\p{N}_-]{1,32}$/u;

/** The name the session a first branch was forked from gets, so /switch main returns to it. */
const MAIN = 'main';

/**
 * A named branch: a session of its own, forked from another one.
 * @typedef {object} Branch
 * @property {string} name
 * @property {string} sessionId
 * @property {string} [parentId] the session it was forked from
 */

/**
 * The store settings namespace of one scope's branches, keyed by branch name. Ids are URI-encoded so no user or
 * channel id can reach into another scope's namespace.
 * @param {Scope} scope
 */
const namespaceOf = ({ userId, channelId }) =>
  `branches/${encodeURIComponent(userId)}/${encodeURIComponent(channelId)}`;

/**
 * Conversation branching: `/branch <name>` forks the active session into a new session holding a copy of its
 * history so far, and continues there; `/branches` lists the scope's branches, `/switch <name>` goes to one.
 * A branch is an ordinary session (so /sessions, /history and /resume work on it); its name is kept in the store's
 * settings.
 * @param {import('./runtime.js').Runtime} runtime
 */
export function install({ store, sessions, commands }) {
  /**
   * @param {Scope} scope
   * @returns {Promise<Branch[]>} sorted by name
   */
  async function branchesOf(scope) {
    return (await store.listSettings(namespaceOf(scope))).map(({ key, value }) => ({ name: key, ...JSON.parse(value) }));
  }

  /**
   * @param {Scope} scope
   * @param {Branch} branch
   */
  async function save(scope, { name, ...rest }) {
    await store.setSetting(namespaceOf(scope), name, JSON.stringify(rest));
  }

  commands
    .register({
      name: 'branch',
      args: '<name>',
      description: () => t('conversationBranching.branch.description'),
      run: async ({ scope, args }) => {
        if (!NAME.test(args)) return t('conversationBranching.badName');
        const branches = await branchesOf(scope);
        if (branches.some((b) => b.name === args)) return t('conversationBranching.exists', { name: args });
        const { session: parent } = await sessions.current(scope);
        if (!parent) return t('conversationBranching.noActive');
        if (!branches.some((b) => b.sessionId === parent.id || b.name === MAIN)) {
          await save(scope, { name: MAIN, sessionId: parent.id });
        }
        const history = await sessions.history(parent, parent.messageCount);
        const fork = await sessions.start(scope);
        // The copies keep their times; they are not new messages, so no messageRecorded events are emitted.
        for (const message of history) await store.appendMessage({ ...message, sessionId: fork.id });
        await store.saveSession({ ...fork, messageCount: history.length });
        await save(scope, { name: args, sessionId: fork.id, parentId: parent.id });
        return t('conversationBranching.branch.done', { name: args, id: shortId(fork), count: history.length });
      },
    })
    .register({
      name: 'branches',
      description: () => t('conversationBranching.branches.description'),
      run: async ({ scope }) => {
        const { session: active } = await sessions.current(scope);
        const lines = [];
        for (const branch of await branchesOf(scope)) {
          const session = await store.getSession(branch.sessionId);
          if (!session) continue; // dropped by the memory store's bound
          const parentId = branch.parentId?.slice(0, SHORT_ID_LENGTH);
          lines.push(
            t('conversationBranching.line', {
              marker: session.id === active?.id ? '*' : ' ',
              name: branch.name,
              id: shortId(session),
              status: statusName(session.status),
              from: parentId ? t('conversationBranching.from', { id: parentId }) : '',
            }).trimEnd(),
          );
        }
        if (lines.length === 0) return t('conversationBranching.none');
        return [t('conversationBranching.branches.title'), ...lines].join('\n');
      },
    })
    .register({
      name: 'switch',
      args: '<name>',
      description: () => t('conversationBranching.switch.description'),
      run: async ({ scope, args }) => {
        const branch = (await branchesOf(scope)).find((b) => b.name === args);
        if (!branch) return t('conversationBranching.unknown', { name: args });
        const session = await sessions.resume(scope, branch.sessionId);
        const { name } = branch;
        return t('conversationBranching.switch.done', { name, id: shortId(session), count: session.messageCount });
      },
    });
}
