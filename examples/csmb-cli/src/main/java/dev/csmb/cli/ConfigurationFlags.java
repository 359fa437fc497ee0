package dev.csmb.cli;

import dev.csmb.engine.codec.ConfigurationDraft;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The configuration given as {@code generate} flags instead of a file. Values stay text: the codec turns the
 * draft into a configuration and names the flag's field when a value is unknown.
 */
final class ConfigurationFlags {

    @Option(names = "--platform", required = true, paramLabel = "ID", order = 10,
            description = "The platform id (see `csmb platforms`).")
    String platform;

    @Option(names = "--name", required = true, paramLabel = "NAME", order = 11,
            description = "The project name: 3-50 ASCII letters, digits, '-', '_' or spaces.")
    String name;

    @Option(names = "--description", paramLabel = "TEXT", order = 12,
            description = "10-500 characters; default: \"A <platform name> built with csmb.\"")
    String description;

    @Option(names = "--priority", paramLabel = "P", split = ",", order = 13,
            completionCandidates = CatalogCandidates.Priorities.class,
            description = {"Choose 2 to 4 (repeat the flag or separate with commas); default: the platform's.",
                    "One of: ${COMPLETION-CANDIDATES}."})
    List<String> priorities;

    @Option(names = "--feature", paramLabel = "F", split = ",", order = 14,
            completionCandidates = CatalogCandidates.Features.class,
            description = {"Choose up to 8. One of: ${COMPLETION-CANDIDATES}."})
    List<String> features;

    @Option(names = "--team-size", paramLabel = "S", order = 15,
            completionCandidates = CatalogCandidates.TeamSizes.class,
            description = "One of: ${COMPLETION-CANDIDATES}; default: solo.")
    String teamSize;

    @Option(names = "--complexity", paramLabel = "C", order = 16,
            completionCandidates = CatalogCandidates.Complexities.class,
            description = "One of: ${COMPLETION-CANDIDATES}; default: the platform's.")
    String complexity;

    @Option(names = "--allow-downgrades", order = 17,
            description = "Drop features the platform lacks with a warning instead of failing.")
    boolean allowDowngrades;

    @Option(names = "--no-tests", order = 18, description = "Leave out the project's own test suites.")
    boolean noTests;

    @Option(names = "--no-docs", order = 19, description = "Leave out documentation beyond the setup README.")
    boolean noDocs;

    @Option(names = "--no-docker", order = 20, description = "Leave out Dockerfile and docker-compose.yml.")
    boolean noDocker;

    @Option(names = "--no-ci", order = 21, description = "Leave out the GitHub Actions workflow.")
    boolean noCi;

    /** The draft these flags describe; absent values stay null so the codec applies its defaults. */
    ConfigurationDraft draft() {
        return new ConfigurationDraft(platform, priorities, features, teamSize, complexity, name, description,
                noTests ? Boolean.FALSE : null, noDocs ? Boolean.FALSE : null, noDocker ? Boolean.FALSE : null,
                noCi ? Boolean.FALSE : null, allowDowngrades ? Boolean.TRUE : null);
    }
}
