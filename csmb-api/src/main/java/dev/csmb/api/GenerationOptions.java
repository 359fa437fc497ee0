package dev.csmb.api;

/**
 * Which optional parts the generated project gets. Every option is on by default.
 *
 * @param includeTests         the project's own {@code node --test} suites
 * @param includeDocumentation README sections beyond setup, and extra docs for larger teams
 * @param includeDocker        Dockerfile and docker-compose.yml
 * @param includeCI            a GitHub Actions workflow
 */
@Stable
public record GenerationOptions(boolean includeTests, boolean includeDocumentation, boolean includeDocker,
                                boolean includeCI) {

    private static final GenerationOptions DEFAULTS = new GenerationOptions(true, true, true, true);

    /** Every option on. */
    public static GenerationOptions defaults() {
        return DEFAULTS;
    }

    /** A copy with {@code includeTests} changed. */
    public GenerationOptions withIncludeTests(boolean value) {
        return new GenerationOptions(value, includeDocumentation, includeDocker, includeCI);
    }

    /** A copy with {@code includeDocumentation} changed. */
    public GenerationOptions withIncludeDocumentation(boolean value) {
        return new GenerationOptions(includeTests, value, includeDocker, includeCI);
    }

    /** A copy with {@code includeDocker} changed. */
    public GenerationOptions withIncludeDocker(boolean value) {
        return new GenerationOptions(includeTests, includeDocumentation, value, includeCI);
    }

    /** A copy with {@code includeCI} changed. */
    public GenerationOptions withIncludeCI(boolean value) {
        return new GenerationOptions(includeTests, includeDocumentation, includeDocker, value);
    }
}
