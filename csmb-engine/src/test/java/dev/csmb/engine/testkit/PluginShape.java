package dev.csmb.engine.testkit;

import dev.csmb.api.GeneratedSolution;

/**
 * The two things every platform adds besides its adapter, checked on a generated project with a message that says
 * what is missing and how to fix it: the shared Node.js runtime, and (when tests are included) a platform test.
 * {@link PlatformGeneratorContractTests} runs both; a plugin's own tests may call them on other configurations.
 */
public final class PluginShape {

    /** The runtime's wiring module: present exactly when a platform declared the shared runtime. */
    static final String RUNTIME_MARKER = "src/core/runtime.js";

    /** Where a platform's own tests live in the generated project. */
    static final String PLATFORM_TESTS = "test/platform/";

    private PluginShape() {
    }

    /** Fails unless the project holds the shared runtime, which a platform declares in {@code runtime(context)}. */
    public static void requireRuntime(GeneratedSolution solution) {
        if (solution.file(RUNTIME_MARKER).isEmpty()) {
            throw new AssertionError("platform '" + solution.platform().id() + "' declares no runtime: the project"
                    + " has no " + RUNTIME_MARKER + " (sessions, commands, src/index.js). Return"
                    + " Optional.of(RuntimeSpec.builder()...build()) from runtime(context); see docs/plugins.md,"
                    + " \"The two phases\".");
        }
    }

    /** Fails unless a project with tests holds at least one file under {@code test/platform/}. */
    public static void requirePlatformTest(GeneratedSolution solution) {
        if (!solution.configuration().options().includeTests()) {
            return;
        }
        boolean found = solution.files().stream().anyMatch(f -> f.path().startsWith(PLATFORM_TESTS));
        if (!found) {
            String id = solution.platform().id();
            throw new AssertionError("platform '" + id + "' contributes no platform test: with tests included the"
                    + " project needs a file under " + PLATFORM_TESTS + ". Add csmb/" + id
                    + "/test/platform/adapter.test.js(.hbs) and call context.render(\"test/platform/adapter.test.js\")"
                    + " in generate(context) when context.configuration().options().includeTests(); see"
                    + " docs/plugins.md, \"The platform test\".");
        }
    }
}
