// @ts-check

/** The most characters Discord accepts in one message's content. */
export const MAX_MESSAGE_LENGTH = 2000;

/**
 * Splits a reply into pieces Discord accepts, breaking at the last line break (else the last space) before the
 * limit so words and lines stay whole where they can. discord.js 14 has no helper for this any more (v13's
 * `Util.splitMessage` was removed). Lengths count UTF-16 code units, as Discord does; a surrogate pair is never cut.
 * @param {string} text
 * @param {number} [max]
 * @returns {string[]} at least one piece; none longer than `max`
 */
export function splitMessage(text, max = MAX_MESSAGE_LENGTH) {
  /** @type {string[]} */
  const pieces = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n', max);
    if (cut <= 0) cut = rest.lastIndexOf(' ', max);
    if (cut <= 0) cut = max;
    // Never between the two halves of a surrogate pair (an emoji, say).
    const code = rest.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^[\n ]/, '');
  }
  pieces.push(rest);
  return pieces;
}
