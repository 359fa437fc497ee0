// @ts-check
import { randomUUID } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';

/** Visitor tokens say who they are for, so no other token signed with the same secret passes as one. */
const VISITOR_AUDIENCE = 'webchat-visitor';
/** A visitor who comes back within this time keeps their sessions; every visit starts the time again. */
const VISITOR_LIFETIME = '365d';
/** Ids the platform hands on: printable, no spaces, not too long (they end up in logs and in ADMIN_USERS). */
const USER_ID = /^[\w.@:+-]{1,128}$/;

/**
 * Signs and checks the tokens that tell visitors apart. A visitor's id is a random UUID inside a JWT signed with
 * WEBCHAT_SECRET (HS256), kept by the widget in the browser's storage: it cannot be guessed, and a changed or forged
 * token fails the signature check, so its holder is simply a new visitor.
 * With user authentication, the host site signs a token for each signed-in visitor with WEBCHAT_AUTH_SECRET, and
 * its `sub` (the site's own user id) is who they are; without such a token nobody can chat.
 * @param {import('./config.js').PlatformConfig} config
 */
export function createTokens(config) {
  const visitorKey = new TextEncoder().encode(config.secret);
  const userKey = new TextEncoder().encode(config.authSecret);

  return {
    /** A new visitor's id. */
    newVisitorId: () => randomUUID(),

    /**
     * A token for the visitor `id`, valid for a year.
     * @param {string} id
     * @returns {Promise<string>}
     */
    issue(id) {
      return new SignJWT({})
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(id)
        .setAudience(VISITOR_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(VISITOR_LIFETIME)
        .sign(visitorKey);
    },

    /**
     * The visitor id in a token this server signed, or undefined for anything else (absent, expired, forged).
     * @param {unknown} token
     * @returns {Promise<string | undefined>}
     */
    visitorOf(token) {
      return subject(token, visitorKey, VISITOR_AUDIENCE);
    },

    /**
     * The user id in a token the host site signed, or undefined when there is none or it does not verify.
     * @param {unknown} token
     * @returns {Promise<string | undefined>}
     */
    userOf(token) {
      return subject(token, userKey, undefined);
    },
  };
}

/**
 * @param {unknown} token
 * @param {Uint8Array} key
 * @param {string | undefined} audience
 * @returns {Promise<string | undefined>}
 */
async function subject(token, key, audience) {
  if (typeof token !== 'string' || token === '' || token.length > 4096) return undefined;
  try {
    // Only HS256: a token cannot choose a weaker algorithm ("none") or a key of its own.
    const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'], audience });
    return typeof payload.sub === 'string' && USER_ID.test(payload.sub) ? payload.sub : undefined;
  } catch {
    return undefined;
  }
}
