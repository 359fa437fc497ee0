package dev.csmb.engine.internal.runtime;

import dev.csmb.api.Feature;

/**
 * The stores' key-value settings ({@code getSetting}, {@code setSetting}, {@code listSettings}): small texts kept
 * beside the sessions, such as a user's language, admin-added commands and named branches. It has no files of its
 * own; its flag {@code module.settings} switches the settings on in the store templates and the contract test, so a
 * project whose modules keep no settings has none.
 */
final class SettingsModule implements RuntimeModule {

    @Override
    public String id() {
        return "settings";
    }

    @Override
    public boolean applies(Selection selection) {
        return selection.has(Feature.MULTI_LANGUAGE) || selection.has(Feature.CUSTOM_COMMANDS)
                || selection.has(Feature.CONVERSATION_BRANCHING);
    }
}
