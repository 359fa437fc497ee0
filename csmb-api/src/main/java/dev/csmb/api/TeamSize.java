package dev.csmb.api;

import java.util.Optional;

/** How many people will work on the generated project; shapes the extras it gets. */
@Stable
public enum TeamSize implements CatalogId {
    SOLO("solo", "Solo"),
    SMALL("small", "Small team (2-5)"),
    MEDIUM("medium", "Medium team (6-15)"),
    LARGE("large", "Large team (16-50)"),
    ENTERPRISE("enterprise", "Enterprise (50+)");

    private final String id;
    private final String label;

    TeamSize(String id, String label) {
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

    /** The team size with this wire id. */
    public static Optional<TeamSize> fromId(String id) {
        return CatalogId.fromId(TeamSize.class, id);
    }
}
