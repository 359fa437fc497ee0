// @ts-check

/**
 * Escapes text for a Slack message. Slack reads `<…>` as links and mentions (`<!channel>` notifies everyone in the
 * channel) and `&` as the start of an entity, so the three characters are escaped the way its guide asks; anything a
 * user wrote and the bot repeats back then stays text.
 * @param {string} text
 * @returns {string}
 */
export function escapeText(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The text of a mention without the mention of the bot it starts with (`<@U0123> hello` → `hello`).
 * @param {string} text
 * @param {string | undefined} botUserId
 * @returns {string}
 */
export function withoutMention(text, botUserId) {
  const mention = botUserId ? `<@${botUserId}>` : undefined;
  const trimmed = text.trim();
  if (mention && trimmed.startsWith(mention)) return trimmed.slice(mention.length).trim();
  return trimmed.replace(/^<@[A-Z0-9]+>\s*/, '');
}

/**
 * What the app's slash command asks of the core: `/mybot history 3` → `/history 3`, and `/mybot` alone → `/help`.
 * @param {string} text what the user typed after the command
 * @returns {string}
 */
export function commandText(text) {
  const words = text.trim().replace(/^\/+/, '');
  return words === '' ? '/help' : `/${words}`;
}

/**
 * The conversation a message belongs to, within Slack: its channel (or DM), or the thread it was written in. Each
 * thread is a conversation of its own, so it has its own sessions beside the channel's.
 * @param {object} message
 * @param {string} message.channel
 * @param {string} [message.thread_ts]
 * @returns {string}
 */
export function conversationOf({ channel, thread_ts }) {
  return thread_ts ? `${channel}/${thread_ts}` : channel;
}
