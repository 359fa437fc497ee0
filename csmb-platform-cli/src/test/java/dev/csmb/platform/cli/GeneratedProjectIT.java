package dev.csmb.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.Feature;
import dev.csmb.api.GenerationOptions;
import dev.csmb.api.Priority;
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
 * declare, {@code npm install}, {@code npm run typecheck} and {@code npm test} must pass.
 */
class GeneratedProjectIT {

    private static final CsmbTestKit KIT = CsmbTestKit.forGenerator(new CliPlatformGenerator());

    static Stream<Arguments> configurations() {
        return Stream.of(
                Arguments.of("minimal", (UnaryOperator<BuildConfiguration.Builder>) b -> b),
                Arguments.of("persistence", (UnaryOperator<BuildConfiguration.Builder>) b -> b.priorities(
                        Priority.MESSAGE_PERSISTENCE, Priority.SESSION_MANAGEMENT, Priority.ERROR_HANDLING)),
                Arguments.of("bare", (UnaryOperator<BuildConfiguration.Builder>) b -> b.priorities(
                        Priority.SESSION_MANAGEMENT, Priority.SCALABILITY)
                        .options(new GenerationOptions(false, false, false, false))),
                Arguments.of("webhooks", (UnaryOperator<BuildConfiguration.Builder>) b -> b.features(Feature.WEBHOOKS)),
                Arguments.of("ai-integration", (UnaryOperator<BuildConfiguration.Builder>) b -> b.features(Feature.AI_INTEGRATION)),
                Arguments.of("file-attachments", (UnaryOperator<BuildConfiguration.Builder>) b -> b.features(Feature.FILE_ATTACHMENTS)),
                Arguments.of("backup-restore", (UnaryOperator<BuildConfiguration.Builder>) b -> b.features(Feature.BACKUP_RESTORE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configurations")
    void installsTypeChecksAndPassesItsTests(String name, UnaryOperator<BuildConfiguration.Builder> change,
                                             @TempDir Path dir) throws Exception {
        BuildConfiguration configuration = KIT.with(change).configuration();
        Path project = KIT.with(configuration).generate().writeTo(dir.resolve(name));
        NodeProject node = NodeProject.at(project).install().typecheck();
        if (configuration.options().includeTests()) {
            node.test();
        } else {
            assertThat(project.resolve("test")).doesNotExist();
        }
    }
}
