package dev.csmb.engine.codec;

import dev.csmb.api.CatalogId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Resolves wire ids to catalog constants, reporting each unknown id and each repeated one. */
final class CatalogIds {

    private CatalogIds() {
    }

    /** The constants for {@code ids}, in the order given; every bad entry is reported on {@code field[i]}. */
    static <E extends Enum<E> & CatalogId> List<E> resolve(Class<E> type, String what, String field,
                                                            List<String> ids, Problems problems) {
        List<E> values = new ArrayList<>(ids.size());
        List<String> seen = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String entry = Fields.entry(field, i);
            Optional<E> value = resolve(type, what, entry, id, problems);
            int first = seen.indexOf(id);
            if (value.isPresent() && first >= 0) {
                problems.add(entry, Fields.DUPLICATE, MessageText.quote(id) + " is listed twice (first as "
                        + Fields.entry(field, first) + "); list each " + what + " once");
            }
            value.ifPresent(values::add);
            seen.add(id);
        }
        return values;
    }

    /** The constant for one id; empty when {@code id} is {@code null} (not given) or unknown (reported). */
    static <E extends Enum<E> & CatalogId> Optional<E> resolve(Class<E> type, String what, String field, String id,
                                                                Problems problems) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<E> value = CatalogId.fromId(type, id);
        if (value.isEmpty()) {
            List<String> valid = CatalogId.ids(type);
            problems.add(field, Fields.UNKNOWN_ID, MessageText.quote(id) + " is not a " + what
                    + Suggestions.hint(id, valid)
                    + "; valid ids: " + String.join(", ", valid));
        }
        return value;
    }
}
