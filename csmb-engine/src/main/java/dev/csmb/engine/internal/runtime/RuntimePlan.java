package dev.csmb.engine.internal.runtime;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.Feature;
import dev.csmb.spi.EnvVar;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides, in one place, what the shared Node.js runtime contributes to a project: which files, which npm
 * packages, which environment variables, and which store is the default.
 *
 * <p>Internal: not API. STUB: the real plan is being written.
 */
public final class RuntimePlan {

    private RuntimePlan() {
    }

    /** The runtime files for this configuration; {@code features} are the effective (supported) ones. */
    public static List<PlannedFile> files(BuildConfiguration configuration, Set<Feature> features) {
        return List.of(PlannedFile.of("package.json"));
    }

    /** npm runtime dependencies the runtime itself needs, name to version range. */
    public static Map<String, String> dependencies(BuildConfiguration configuration, Set<Feature> features) {
        return Map.of();
    }

    /** npm development dependencies the runtime itself needs (typescript, @types/node, …). */
    public static Map<String, String> devDependencies(BuildConfiguration configuration, Set<Feature> features) {
        return Map.of("typescript", "~5.9.3", "@types/node", "^22.19.0");
    }

    /** Environment variables the runtime reads, in documentation order. */
    public static List<EnvVar> envVars(BuildConfiguration configuration, Set<Feature> features) {
        return List.of();
    }

    /** The default session store: {@code "memory"} or {@code "sqlite"}. */
    public static String defaultStore(BuildConfiguration configuration, Set<Feature> features) {
        return configuration.priorities().contains(dev.csmb.api.Priority.MESSAGE_PERSISTENCE) ? "sqlite" : "memory";
    }

    /** The runtime's setup steps, after the platform's own. */
    public static List<String> setupSteps(BuildConfiguration configuration, Set<Feature> features) {
        return List.of("Install Node.js " + nodeMajor() + " or newer", "npm install",
                "cp .env.example .env and fill in the values", "npm test", "npm start");
    }

    /** The {@code engines.node} range of generated projects. */
    public static String nodeEngines() {
        return ">=22.13.0";
    }

    /** The Node.js major version generated projects target (for .nvmrc, Docker, CI). */
    public static int nodeMajor() {
        return 22;
    }
}
