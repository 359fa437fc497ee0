package dev.csmb.engine.internal.runtime;

import static dev.csmb.engine.internal.runtime.DeclaredModule.module;

import dev.csmb.api.SessionSink;

/**
 * The modules of the configuration's session sink: the shared writer ({@code src/core/session-sink.js}: event
 * subscription, a queue per session, rate limit, retries, row ids in the store's settings) with the harness of the
 * sink suites ({@code test/support/session-sink.js}: a fake service, bots writing to it), and one module per service
 * with its client, variables, README section and suite. The variable names are the ones {@code csmb provision} prints.
 */
final class SinkModules {

    static final RuntimeModule SESSION_SINK = module("session-sink").when(Selection::hasSessionSink)
            .files("src/core/session-sink.js")
            .tests("test/support/session-sink.js")
            .dependency("p-retry", PriorityModules.P_RETRY)
            .dependency("rate-limiter-flexible", PriorityModules.RATE_LIMITER_FLEXIBLE)
            .build();

    static final RuntimeModule NOTION_SINK = module("notion-sink")
            .when(s -> s.sessionSink() == SessionSink.NOTION)
            .installs()
            .tests("test/integrations/notion-sink.test.js")
            .dependency("@notionhq/client", "^5.26.0")
            .env(EnvVars.optional("NOTION_SINK", "on", "Whether sessions are written to Notion: on, or off to run the bot"
                            + " without it (local development; the ids may then stay empty)."),
                    EnvVars.requiredSecret("NOTION_TOKEN", "The Notion integration's secret (notion.so/profile/"
                            + "integrations); share the Chat Sessions page with it. Sent as a Bearer token, never logged."),
                    EnvVars.required("NOTION_DATA_SOURCE_ID", "The Chat Sessions data source, as printed by"
                            + " `csmb provision notion`."),
                    EnvVars.optional("NOTION_BASE_URL", "https://api.notion.com", "The Notion API's address;"
                            + " change it only to point the bot at a test server."))
            .readme().build();

    static final RuntimeModule AIRTABLE_SINK = module("airtable-sink")
            .when(s -> s.sessionSink() == SessionSink.AIRTABLE)
            .installs()
            .tests("test/integrations/airtable-sink.test.js")
            .env(EnvVars.optional("AIRTABLE_SINK", "on", "Whether sessions are written to Airtable: on, or off to run"
                            + " the bot without it (local development; the ids may then stay empty)."),
                    EnvVars.requiredSecret("AIRTABLE_TOKEN", "An Airtable personal access token with"
                            + " data.records:write on the base (airtable.com/create/tokens); never logged."),
                    EnvVars.required("AIRTABLE_BASE_ID", "The base holding the Chat Sessions table (app...), as"
                            + " printed by `csmb provision airtable`."),
                    EnvVars.required("AIRTABLE_TABLE_ID", "The Chat Sessions table (tbl...), as printed by"
                            + " `csmb provision airtable`; its name works too."),
                    EnvVars.optional("AIRTABLE_BASE_URL", "https://api.airtable.com", "The Airtable API's"
                            + " address; change it only to point the bot at a test server."))
            .readme().build();

    private SinkModules() {
    }
}
