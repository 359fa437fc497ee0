package dev.csmb.integrations.airtable;

import java.util.Objects;

/**
 * An Airtable base the token can see.
 *
 * @param id              the base id ({@code app…})
 * @param name            its name
 * @param permissionLevel the token's access, for example {@code create} or {@code read}
 */
public record AirtableBase(String id, String name, String permissionLevel) {

    public AirtableBase {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(permissionLevel, "permissionLevel must not be null");
    }
}
