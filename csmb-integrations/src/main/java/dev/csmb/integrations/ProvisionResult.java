package dev.csmb.integrations;

import dev.csmb.integrations.schema.SchemaDrift;
import dev.csmb.integrations.schema.SessionField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What provisioning made or found: where to open it, the ids a generated bot needs (as its environment variable
 * names), and how the table compares with the schema.
 *
 * @param service the service's name, {@code "Notion"} or {@code "Airtable"}
 * @param url     where people open the database or table
 * @param env     environment variable name to id, in the order a {@code .env} file lists them
 * @param created true when this run created the database or table, false when it already existed
 * @param added   fields this run added to an existing table
 * @param drift   differences left after this run (or found by a check); wrong types are only reported
 */
public record ProvisionResult(String service, String url, Map<String, String> env, boolean created,
        List<SessionField> added, SchemaDrift drift) {

    public ProvisionResult {
        Objects.requireNonNull(service, "service must not be null");
        Objects.requireNonNull(url, "url must not be null");
        env = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(env, "env must not be null")));
        added = List.copyOf(Objects.requireNonNull(added, "added must not be null"));
        Objects.requireNonNull(drift, "drift must not be null");
    }

    /** {@code NAME=value} lines for the generated bot's {@code .env}. */
    public List<String> envLines() {
        List<String> lines = new ArrayList<>();
        env.forEach((name, value) -> lines.add(name + "=" + value));
        return List.copyOf(lines);
    }
}
