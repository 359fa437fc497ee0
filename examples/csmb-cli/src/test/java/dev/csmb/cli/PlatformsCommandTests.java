package dev.csmb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csmb.api.PlatformDescriptor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformsCommandTests {

    @Test
    void tableListsTheDiscoveredPlatforms() {
        Cli result = Cli.run("platforms");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines.get(0)).startsWith("ID").contains("NAME", "LIBRARY", "COMPLEXITY", "TIME", "FEATURES");
        PlatformDescriptor cli = TestConfigs.platform();
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .startsWith("cli-interface ").contains(cli.displayName(), cli.library(), cli.complexity().id(),
                        cli.estimatedTime()).endsWith(PlatformTable.ids(cli.supportedFeatures())));
        assertThat(result.err()).as("no discovery problems with the shipped modules").isEmpty();
    }

    @Test
    void jsonIsAnArrayWithStableKeys() throws Exception {
        Cli result = Cli.run("platforms", "--json");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode array = new ObjectMapper().readTree(result.out());
        assertThat(array.isArray()).isTrue();
        JsonNode cli = null;
        for (JsonNode node : array) {
            if (node.get("id").asText().equals("cli-interface")) {
                cli = node;
            }
        }
        assertThat(cli).as("cli-interface in " + result.out()).isNotNull();
        List<String> keys = new ArrayList<>();
        cli.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("id", "name", "library", "complexity", "estimatedTime",
                "supportedFeatures", "defaultPriorities", "summary", "settings");
        PlatformDescriptor descriptor = TestConfigs.platform();
        assertThat(cli.get("name").asText()).isEqualTo(descriptor.displayName());
        assertThat(cli.get("complexity").asText()).isEqualTo(descriptor.complexity().id());
        assertThat(cli.get("supportedFeatures")).hasSize(descriptor.supportedFeatures().size());
        assertThat(cli.get("defaultPriorities").get(0).asText())
                .isEqualTo(descriptor.defaultPriorities().get(0).id());
    }

    @Test
    void jsonIsTheSameOnEveryRun() {
        assertThat(Cli.run("platforms", "--json").out()).isEqualTo(Cli.run("platforms", "--json").out());
    }
}
