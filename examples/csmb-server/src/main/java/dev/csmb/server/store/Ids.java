package dev.csmb.server.store;

import java.util.UUID;

/** Ids for stored things: random, so one id says nothing about another. */
final class Ids {

    private Ids() {
    }

    static String next() {
        return UUID.randomUUID().toString();
    }
}
