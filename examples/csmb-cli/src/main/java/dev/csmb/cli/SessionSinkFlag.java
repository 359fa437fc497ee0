package dev.csmb.cli;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.CatalogId;
import dev.csmb.api.SessionSink;
import dev.csmb.engine.escape.MessageText;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --session-sink ID} for {@code generate} and {@code validate}: where the generated bot also writes one row per
 * session. It replaces a configuration file's {@code sessionSink}; an unknown id is a parameter error (exit 2)
 * naming the flag and the valid ids.
 */
final class SessionSinkFlag {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--session-sink", paramLabel = "SINK", order = 31,
            completionCandidates = CatalogCandidates.SessionSinks.class,
            description = {"Where the bot also writes one row per session: ${COMPLETION-CANDIDATES}; default: none.",
                    "`csmb provision notion|airtable` creates the table and prints the ids the bot needs."})
    String sessionSink;

    /** {@code configuration} with this flag's sink, or unchanged when the flag is not given. */
    BuildConfiguration applyTo(BuildConfiguration configuration) {
        if (sessionSink == null) {
            return configuration;
        }
        SessionSink sink = SessionSink.fromId(sessionSink).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "--session-sink " + MessageText.quote(sessionSink) + " is not a session sink;"
                + " valid ids: " + String.join(", ", CatalogId.ids(SessionSink.class))));
        return configuration.withSessionSink(sink);
    }
}
