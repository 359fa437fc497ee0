package dev.csmb.api;

/** How serious a {@link Violation} is: errors stop generation, warnings do not. */
public enum Severity {
    ERROR,
    WARNING
}
