package dev.csmb.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.InvalidInputException;
import dev.csmb.api.ValidationResult;
import dev.csmb.api.Violation;
import dev.csmb.integrations.ProvisionResult;
import dev.csmb.integrations.http.HttpSettings;
import dev.csmb.integrations.http.Secret;
import dev.csmb.integrations.schema.SessionField;
import dev.csmb.integrations.schema.SessionSchema;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** What {@code provision notion} and {@code provision airtable} share: input, tokens, and how results print. */
final class ProvisionSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProvisionSupport() {
    }

    /** Reads and validates the configuration; an invalid one stops here, as it would stop {@code generate}. */
    static BuildConfiguration configuration(CsmbCli root, Path file) {
        BuildConfiguration configuration = ConfigFiles.read(root.engines().codec(), file, "--config");
        ValidationResult result = root.engines().engine().validate(configuration);
        if (!result.isValid()) {
            throw new InvalidInputException(result);
        }
        return configuration;
    }

    /** The token from the environment variable; a missing or malformed one is input the user can fix. */
    static Secret token(Map<String, String> env, String variable, String where) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(Violation.error(variable, "missing-token",
                    "is not set; export the " + where + " token as " + variable + " (it is never taken as a flag)"));
        }
        try {
            return Secret.of(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Violation.error(variable, "invalid-token", e.getMessage()));
        }
    }

    /** The service's defaults, pointed elsewhere when the variable is set (tests use a fake server). */
    static HttpSettings settings(HttpSettings defaults, Map<String, String> env, String variable) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            return defaults;
        }
        try {
            return defaults.withBaseUri(URI.create(value.trim()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Violation.error(variable, "invalid-url",
                    "must be an http or https URL with a host"));
        }
    }

    /** The dry run: each field, then the exact request body that would be sent. */
    static void printPlan(PrintWriter out, String what, SessionSchema schema, String request, JsonNode body) {
        out.println("Would create " + what + " with " + Words.count(schema.fields().size(), "field") + ":");
        int width = schema.fields().stream().mapToInt(f -> f.name().length()).max().orElse(0);
        for (SessionField field : schema.fields()) {
            String options = field.options().isEmpty() ? "" : "  " + String.join(", ", field.options());
            String kind = field.kind().name().toLowerCase(Locale.ROOT);
            out.println(("  " + pad(field.name(), width) + "  " + pad(kind, 16) + options).stripTrailing());
        }
        out.println();
        out.println("Request body (" + request + "):");
        out.println(pretty(body));
        out.println();
        out.println("Nothing was sent (--dry-run).");
    }

    /** The outcome of provisioning, then the lines the bot's {@code .env} needs. */
    static void printResult(CommandLine command, String what, ProvisionResult result) {
        PrintWriter out = command.getOut();
        out.println((result.created() ? "Created " : "Found ") + what + ": " + result.url());
        if (!result.added().isEmpty()) {
            out.println("Added " + Words.count(result.added().size(), "missing field") + ": " + names(result.added()));
        }
        Diagnostics diagnostics = Diagnostics.of(command);
        result.drift().wrongType().forEach(m -> diagnostics.warning(m + " (left as it is; change it by hand)"));
        out.println();
        out.println("Add these lines to the bot's .env:");
        result.envLines().forEach(out::println);
    }

    /** The outcome of {@code --check}; returns the exit code. */
    static int printCheck(PrintWriter out, String what, String where, Optional<ProvisionResult> found) {
        if (found.isEmpty()) {
            out.println("No " + what + " " + where + " yet; run without --check to create it.");
            return ProvisionCommand.DRIFT;
        }
        ProvisionResult result = found.get();
        List<String> lines = result.drift().lines();
        if (lines.isEmpty()) {
            out.println(what + " (" + result.url() + "): in sync with the configuration");
        } else {
            out.println(what + " (" + result.url() + "): " + Words.count(lines.size(), "difference"));
            lines.forEach(line -> out.println("  " + line));
        }
        result.envLines().forEach(out::println);
        return lines.isEmpty() ? CsmbCli.OK : ProvisionCommand.DRIFT;
    }

    private static String names(List<SessionField> fields) {
        return fields.stream().map(SessionField::name).collect(Collectors.joining(", "));
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    private static String pretty(JsonNode body) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
