package dev.csmb.server.api;

import dev.csmb.engine.escape.MessageText;

/** Ids from the request, as error messages show them: printable and never long. */
final class Ids {

    private static final int MAX_SHOWN = 64;

    private Ids() {
    }

    static String shown(String id) {
        String cut = id.length() > MAX_SHOWN ? id.substring(0, MAX_SHOWN) + "…" : id;
        return MessageText.name(cut);
    }
}
