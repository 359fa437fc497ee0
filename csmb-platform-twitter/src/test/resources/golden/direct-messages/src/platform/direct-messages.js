// @ts-check
import { START, isNewer } from './ledger.js';

/** Events read per request; X allows 1 to 100. */
const PAGE_SIZE = 100;

/**
 * @typedef {<T>(endpoint: string, request: () => Promise<T>) => Promise<T>} CallX
 */

/**
 * Answers the bot account's direct messages. X's DM timeline has no `since_id`, so each poll reads the latest
 * page and keeps the events newer than the cursor; claims keep two instances from answering one message twice.
 * @param {object} deps
 * @param {import('./client.js').XClient} deps.client
 * @param {import('../core/chat.js').Chat} deps.chat
 * @param {import('../core/logger.js').Logger} deps.logger
 * @param {CallX} deps.call calls the API, waiting out rate limits
 * @param {string} deps.channel the platform's identity namespace
 */
export function createDirectMessages({ client, chat, logger, call, channel }) {
  return {
    /**
     * @param {import('./ledger.js').Ledger} ledger
     * @param {import('twitter-api-v2').UserV2} me
     */
    async poll(ledger, me) {
      const cursor = await ledger.cursor('direct-messages');
      const timeline = await call('dm_events', () =>
        client.listDmEvents({
          max_results: PAGE_SIZE,
          event_types: 'MessageCreate',
          'dm_event.fields': ['id', 'text', 'sender_id', 'dm_conversation_id', 'created_at'],
        }),
      );
      const events = timeline.events; // newest first
      const newest = events[0]?.id;
      if (cursor === undefined) {
        // As with mentions: what was written before the bot first ran is history.
        await ledger.advance('direct-messages', newest ?? START);
        return;
      }
      for (const event of events.filter((e) => isNewer(e.id, cursor)).reverse()) {
        if (event.event_type !== 'MessageCreate') continue;
        const { sender_id: senderId, dm_conversation_id: conversationId, text } = event;
        // The bot's own messages are in the same timeline.
        if (senderId === undefined || senderId === me.id || conversationId === undefined) continue;
        if (!(await ledger.claim('direct-messages', event.id))) continue;
        const replies = await chat.handle({ channel, userId: senderId, channelId: `dm:${conversationId}`, text });
        try {
          await call('dm_conversations/with/:participant_id/messages', () =>
            client.sendDmToParticipant(senderId, { text: replies.join('\n\n') }),
          );
        } catch (error) {
          logger.error({ error, eventId: event.id }, 'could not answer a direct message');
        }
      }
      if (newest) await ledger.advance('direct-messages', newest);
    },
  };
}
