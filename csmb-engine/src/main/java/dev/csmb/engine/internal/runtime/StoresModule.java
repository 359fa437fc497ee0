package dev.csmb.engine.internal.runtime;

import dev.csmb.spi.EnvVar;
import java.util.List;

/** The session stores: memory (bounded, LRU) and SQLite ({@code node:sqlite}), one contract suite for both. */
final class StoresModule implements RuntimeModule {

    @Override
    public String id() {
        return "stores";
    }

    @Override
    public boolean applies(Selection selection) {
        return true;
    }

    @Override
    public List<String> files(Selection selection) {
        return List.of("src/core/stores/index.js", "src/core/stores/memory.js", "src/core/stores/sqlite.js");
    }

    @Override
    public List<String> testFiles(Selection selection) {
        return List.of("test/stores/contract.test.js", "test/stores/memory.test.js", "test/stores/sqlite.test.js");
    }

    @Override
    public List<EnvVar> envVars(Selection selection) {
        return List.of(
                EnvVars.optional("SESSION_STORE", selection.store(), "Where sessions and messages are kept: memory"
                        + " (lost on restart) or sqlite (a file that survives restarts)"
                        + ("redis".equals(selection.store()) ? " or redis (shared by every instance)." : ".")),
                EnvVars.optional("SQLITE_PATH", "data/sessions.db", "The SQLite database file used when"
                        + " SESSION_STORE=sqlite; relative to the folder you start the bot in."),
                EnvVars.optional("MEMORY_MAX_SESSIONS", "1000", "The most sessions the memory store keeps; beyond"
                        + " that the least recently used one is dropped."));
    }
}
