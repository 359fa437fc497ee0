package dev.csmb.api;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A catalog entry with a stable wire id, as used in configuration files and on the command line.
 */
@Stable
public interface CatalogId {

    /** The stable wire id, for example {@code "session-management"}. */
    String id();

    /** A short human-readable label. */
    String label();

    /** Finds the constant of {@code type} with the given wire id. */
    static <E extends Enum<E> & CatalogId> Optional<E> fromId(Class<E> type, String id) {
        if (id == null) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.id().equals(id)).findFirst();
    }

    /** All wire ids of {@code type}, in catalog order. */
    static <E extends Enum<E> & CatalogId> List<String> ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(CatalogId::id).collect(Collectors.toUnmodifiableList());
    }
}
