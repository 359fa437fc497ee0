package dev.csmb.engine.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.Complexity;
import dev.csmb.api.GenerationOptions;
import dev.csmb.api.Priority;
import dev.csmb.api.TeamSize;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of docs/extras.md, one row per combination that matters. */
class ExtrasTests {

    private static final BuildConfiguration BASE = BuildConfiguration.builder("cli-interface")
            .projectName("Bot").description("A bot for the tests.")
            .priorities(Priority.SESSION_MANAGEMENT, Priority.ERROR_HANDLING).build();

    private static List<String> extras(Complexity complexity, TeamSize team, GenerationOptions options) {
        RuntimePlan plan = RuntimePlan.of(BASE.toBuilder().complexity(complexity).teamSize(team).options(options)
                .build(), Set.of());
        return plan.modules().stream().map(RuntimeModule::id).filter(id -> Extras.ALL.stream()
                .anyMatch(e -> e.id().equals(id))).toList();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = ';', value = {
        "BASIC; SOLO; docker ci",
        "INTERMEDIATE; SOLO; lint docker ci",
        "ADVANCED; SMALL; lint docker ci contributing",
        "EXPERT; MEDIUM; lint metrics docker ci contributing operations",
        "BASIC; LARGE; docker ci contributing security-policy code-owners dependency-updates",
        "EXPERT; ENTERPRISE; lint metrics docker ci contributing security-policy code-owners dependency-updates operations",
    })
    void complexityAndTeamSizeAddExtrasWithDefaultOptions(Complexity complexity, TeamSize team, String expected) {
        assertThat(extras(complexity, team, GenerationOptions.defaults())).containsExactly(expected.split(" "));
    }

    @Test
    void theOptionsGateDockerCiAndTheDocumentsAtAnyComplexity() {
        assertThat(extras(Complexity.EXPERT, TeamSize.ENTERPRISE, new GenerationOptions(true, false, false, false)))
                .containsExactly("lint", "metrics", "code-owners", "dependency-updates");
        assertThat(extras(Complexity.BASIC, TeamSize.SOLO, new GenerationOptions(false, false, false, false)))
                .isEmpty();
    }

    @Test
    void theWhatsIncludedSectionComesWithTheFirstExtra() {
        GenerationOptions off = new GenerationOptions(true, true, false, false);
        assertThat(RuntimePlan.of(BASE.withOptions(off), Set.of()).applies("extras")).isFalse();
        assertThat(RuntimePlan.of(BASE.withOptions(off).toBuilder().teamSize(TeamSize.SMALL).build(), Set.of())
                .applies("extras")).isTrue();
    }

    @Test
    void metricsBringTheHttpServer() {
        RuntimePlan plan = RuntimePlan.of(BASE.toBuilder().complexity(Complexity.EXPERT).build(), Set.of());
        assertThat(plan.applies("http")).isTrue();
        assertThat(plan.files()).extracting(PlannedFile::path).contains("src/core/metrics.js", "src/core/http.js");
    }
}
