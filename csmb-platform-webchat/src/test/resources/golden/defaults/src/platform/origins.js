// @ts-check

/**
 * Whether a browser on `origin` may open the chat. Browsers send `Origin` with every WebSocket and cross-site request,
 * and a page cannot forge it, so it tells which site the widget runs on. The server's own pages (same host) are
 * always allowed; other sites only when listed in WEBCHAT_ALLOWED_ORIGINS. A request without `Origin` is not from a
 * cross-site page (a same-site long-polling GET, or a program, which could send any header anyway) and is let in:
 * the visitor token, not the origin, is what identifies a visitor.
 * @param {string | undefined} origin the request's Origin header
 * @param {string | undefined} host the request's Host header
 * @param {readonly string[]} allowed
 * @returns {boolean}
 */
export function originAllowed(origin, host, allowed) {
  if (origin === undefined) return true;
  if (allowed.includes(origin)) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}
