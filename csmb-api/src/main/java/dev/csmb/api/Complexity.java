package dev.csmb.api;

import java.util.Optional;

/** How elaborate the generated project is, and how demanding a platform is to run. */
@Stable
public enum Complexity implements CatalogId {
    BASIC("basic", "Basic"),
    INTERMEDIATE("intermediate", "Intermediate"),
    ADVANCED("advanced", "Advanced"),
    EXPERT("expert", "Expert");

    private final String id;
    private final String label;

    Complexity(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    /** The complexity with this wire id. */
    public static Optional<Complexity> fromId(String id) {
        return CatalogId.fromId(Complexity.class, id);
    }
}
