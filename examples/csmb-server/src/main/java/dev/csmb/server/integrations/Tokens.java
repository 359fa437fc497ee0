package dev.csmb.server.integrations;

import dev.csmb.api.InvalidInputException;
import dev.csmb.api.Violation;
import dev.csmb.integrations.http.Secret;

/**
 * The caller's Notion or Airtable token, from the request's {@code Authorization: Bearer …} header. It is used for
 * this request only: never stored, never logged ({@link Secret} redacts itself), never echoed in an error.
 */
final class Tokens {

    static final String FIELD = "Authorization";
    private static final String BEARER = "Bearer ";

    private Tokens() {
    }

    static Secret fromHeader(String header, String service) {
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new InvalidInputException(Violation.error(FIELD, "missing-token",
                    "send the " + service + " token as 'Authorization: Bearer <token>'"));
        }
        try {
            return Secret.of(header.substring(BEARER.length()).trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Violation.error(FIELD, "invalid-token", e.getMessage()));
        }
    }
}
