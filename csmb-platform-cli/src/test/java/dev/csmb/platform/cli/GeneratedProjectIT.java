package dev.csmb.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csmb.api.Complexity;
import dev.csmb.api.Feature;
import dev.csmb.api.GenerationOptions;
import dev.csmb.api.Priority;
import dev.csmb.api.TeamSize;
import dev.csmb.engine.testkit.CsmbTestKit;
import dev.csmb.engine.testkit.node.NodeProject;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import dev.csmb.api.BuildConfiguration;

/**
 * Generates CLI projects and checks them the way a user would: in a fresh folder, on the Node.js they
 * declare, {@code npm install}, {@code npm run typecheck}, {@code npm run lint} (when the project has it) and
 * {@code npm test} must pass.
 */
class GeneratedProjectIT {

    private static final CsmbTestKit KIT = CsmbTestKit.forGenerator(new CliPlatformGenerator());

    static Stream<Arguments> configurations() {
        return Stream.of(
                // the platform's default priorities: session-management and error-handling
                Arguments.of("minimal", (UnaryOperator<BuildConfiguration.Builder>) b -> b),
                Arguments.of("persistence", (UnaryOperator<BuildConfiguration.Builder>) b -> b.priorities(
                        Priority.MESSAGE_PERSISTENCE, Priority.SESSION_MANAGEMENT, Priority.ERROR_HANDLING)),
                Arguments.of("bare", (UnaryOperator<BuildConfiguration.Builder>) b -> b.priorities(
                        Priority.SESSION_MANAGEMENT, Priority.SCALABILITY)
                        .options(new GenerationOptions(false, false, false, false))),
                Arguments.of("intermediate", (UnaryOperator<BuildConfiguration.Builder>) b -> b
                        .complexity(Complexity.INTERMEDIATE).teamSize(TeamSize.SMALL)),
                Arguments.of("expert-large", (UnaryOperator<BuildConfiguration.Builder>) b -> b
                        .complexity(Complexity.EXPERT).teamSize(TeamSize.LARGE)),
                feature(Feature.CONVERSATION_BRANCHING),
                feature(Feature.CONTEXT_AWARENESS),
                feature(Feature.CUSTOM_COMMANDS),
                feature(Feature.MULTI_LANGUAGE),
                Arguments.of("auth", (UnaryOperator<BuildConfiguration.Builder>) b -> b.priorities(
                        Priority.USER_AUTHENTICATION, Priority.SESSION_MANAGEMENT)),
                Arguments.of("persistence-errors", (UnaryOperator<BuildConfiguration.Builder>) b -> b.priorities(
                        Priority.MESSAGE_PERSISTENCE, Priority.ERROR_HANDLING)),
                feature(Feature.WEBHOOKS),
                feature(Feature.AI_INTEGRATION),
                feature(Feature.FILE_ATTACHMENTS),
                feature(Feature.BACKUP_RESTORE));
    }

    /** The feature alone, with the platform's default priorities. */
    private static Arguments feature(Feature feature) {
        return Arguments.of(feature.id(), (UnaryOperator<BuildConfiguration.Builder>) b -> b.features(feature));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configurations")
    void installsTypeChecksAndPassesItsTests(String name, UnaryOperator<BuildConfiguration.Builder> change,
                                             @TempDir Path dir) throws Exception {
        BuildConfiguration configuration = KIT.with(change).configuration();
        Path project = KIT.with(configuration).generate().writeTo(dir.resolve(name));
        NodeProject node = NodeProject.at(project).install().typecheck();
        if (new ObjectMapper().readTree(project.resolve("package.json").toFile()).path("scripts").has("lint")) {
            node.succeeds("npm", "run", "lint");
        }
        if (configuration.options().includeTests()) {
            node.test();
        } else {
            assertThat(project.resolve("test")).doesNotExist();
        }
    }
}
