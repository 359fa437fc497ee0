package dev.csmb.api;

/** How serious a {@link Violation} is: errors stop generation, warnings do not. */
@Stable
public enum Severity {
    ERROR,
    WARNING
}
