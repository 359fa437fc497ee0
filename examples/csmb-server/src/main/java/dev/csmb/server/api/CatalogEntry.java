package dev.csmb.server.api;

import dev.csmb.api.CatalogId;
import java.util.Collection;
import java.util.List;

/**
 * A catalog value (priority, feature, team size, complexity) as JSON.
 *
 * @param id    the wire id used in configurations
 * @param label the label to show
 */
public record CatalogEntry(String id, String label) {

    static List<CatalogEntry> of(Collection<? extends CatalogId> values) {
        return values.stream().map(v -> new CatalogEntry(v.id(), v.label())).toList();
    }
}
