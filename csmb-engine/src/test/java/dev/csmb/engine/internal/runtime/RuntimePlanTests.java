package dev.csmb.engine.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.DefinitionException;
import dev.csmb.api.Feature;
import dev.csmb.api.GenerationOptions;
import dev.csmb.api.Priority;
import dev.csmb.spi.EnvVar;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RuntimePlanTests {

    private static final BuildConfiguration CONFIG = BuildConfiguration.builder("cli-interface")
            .projectName("Bot").description("A bot for the tests.")
            .priorities(Priority.SESSION_MANAGEMENT, Priority.ERROR_HANDLING).build();

    private static final Selection SELECTION = Selection.of(CONFIG, Set.of());

    /** A module for the tests: applies always, with the given parts. */
    private record Fake(String id, List<String> files, List<String> tests, Map<String, String> deps,
                        List<EnvVar> vars, Optional<String> entry, boolean http) implements RuntimeModule {

        Fake(String id) {
            this(id, List.of(), List.of(), Map.of(), List.of(), Optional.empty(), false);
        }

        Fake withFiles(String... paths) {
            return new Fake(id, List.of(paths), tests, deps, vars, entry, http);
        }

        Fake withTests(String... paths) {
            return new Fake(id, files, List.of(paths), deps, vars, entry, http);
        }

        Fake withDependency(String name, String version) {
            return new Fake(id, files, tests, Map.of(name, version), vars, entry, http);
        }

        Fake withVar(String name) {
            return new Fake(id, files, tests, deps, List.of(EnvVars.optional(name, "x", "A variable.")), entry, http);
        }

        Fake withEntryPoint(String path) {
            return new Fake(id, files, tests, deps, vars, Optional.of(path), http);
        }

        Fake needingHttp() {
            return new Fake(id, files, tests, deps, vars, entry, true);
        }

        @Override
        public boolean applies(Selection selection) {
            return true;
        }

        @Override
        public List<String> files(Selection selection) {
            return files;
        }

        @Override
        public List<String> testFiles(Selection selection) {
            return tests;
        }

        @Override
        public Map<String, String> dependencies(Selection selection) {
            return deps;
        }

        @Override
        public List<EnvVar> envVars(Selection selection) {
            return vars;
        }

        @Override
        public Optional<String> entryPoint(Selection selection) {
            return entry;
        }

        @Override
        public boolean needsHttp(Selection selection) {
            return http;
        }
    }

    @Test
    void aggregatesTheModulesInOrder() {
        RuntimePlan plan = RuntimePlan.of(List.of(
                new Fake("a").withFiles("a.js").withTests("test/a.test.js").withVar("A_VAR").withDependency("x", "1"),
                new Fake("b").withFiles("b.js").withVar("B_VAR").withDependency("x", "1")), SELECTION);

        assertThat(plan.files()).extracting(PlannedFile::path).containsExactly("a.js", "test/a.test.js", "b.js");
        assertThat(plan.files().get(0).template()).isEqualTo("a.js.hbs");
        assertThat(plan.envVars()).extracting(EnvVar::name).containsExactly("A_VAR", "B_VAR");
        assertThat(plan.dependencies()).containsExactly(Map.entry("x", "1"));
    }

    @Test
    void leavesOutTestFilesWithoutTests() {
        Selection noTests = Selection.of(CONFIG.withOptions(GenerationOptions.defaults().withIncludeTests(false)),
                Set.of());
        RuntimePlan plan = RuntimePlan.of(List.of(new Fake("a").withFiles("a.js").withTests("test/a.test.js")),
                noTests);

        assertThat(plan.files()).extracting(PlannedFile::path).containsExactly("a.js");
    }

    @Test
    void aVariableDeclaredByTwoModulesIsADefinitionProblem() {
        assertThatThrownBy(() -> RuntimePlan.of(List.of(new Fake("a").withVar("SAME"), new Fake("b").withVar("SAME")),
                SELECTION)).isInstanceOf(DefinitionException.class)
                .hasMessage("runtime modules a and b both declare the variable SAME");
    }

    @Test
    void aFileGeneratedByTwoModulesIsADefinitionProblem() {
        assertThatThrownBy(() -> RuntimePlan.of(List.of(new Fake("a").withFiles("x.js"),
                new Fake("b").withFiles("x.js")), SELECTION)).isInstanceOf(DefinitionException.class)
                .hasMessage("runtime modules a and b both generate x.js");
    }

    @Test
    void onePackageAtTwoVersionsIsADefinitionProblem() {
        assertThatThrownBy(() -> RuntimePlan.of(List.of(new Fake("a").withDependency("redis", "^5"),
                new Fake("b").withDependency("redis", "^4")), SELECTION)).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("b asks for dependency redis@^4 but a asks for redis@^5");
    }

    @Test
    void twoModulesWithOneIdAreADefinitionProblem() {
        assertThatThrownBy(() -> RuntimePlan.of(List.of(new Fake("a"), new Fake("a")), SELECTION))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("share the id a");
    }

    @Test
    void anEntryPointMustBeOneOfTheModulesCoreFiles() {
        assertThatThrownBy(() -> RuntimePlan.of(List.of(new Fake("a").withEntryPoint("src/core/a.js")), SELECTION))
                .isInstanceOf(DefinitionException.class).hasMessageContaining("entry point src/core/a.js");
        assertThat(RuntimePlan.of(List.of(new Fake("a").withFiles("src/core/a.js").withEntryPoint("src/core/a.js")),
                SELECTION).modules()).hasSize(1);
    }

    @Test
    void theHttpServerComesWithTheFirstModuleThatNeedsIt() {
        List<RuntimeModule> without = List.of(CoreModules.HTTP, new Fake("a"));
        assertThat(RuntimePlan.of(without, SELECTION).applies("http")).isFalse();

        RuntimePlan plan = RuntimePlan.of(List.of(CoreModules.HTTP, new Fake("a").needingHttp()), SELECTION);
        assertThat(plan.applies("http")).isTrue();
        assertThat(plan.selection().http()).isTrue();
        assertThat(plan.envVars()).extracting(EnvVar::name).contains("HTTP_PORT");
    }

    @Test
    void aPlatformThatServesHttpTurnsTheServerOnWithoutAnyModuleNeedingIt() {
        RuntimePlan plan = RuntimePlan.of(List.of(CoreModules.HTTP, new Fake("a")), SELECTION, true);
        assertThat(plan.applies("http")).isTrue();
        assertThat(plan.selection().http()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Feature.class)
    void theRealModulesPlanEveryFeatureWithEveryPriority(Feature feature) {
        BuildConfiguration all = CONFIG.withPriorities(EnumSet.of(Priority.MESSAGE_PERSISTENCE,
                Priority.SESSION_MANAGEMENT, Priority.USER_AUTHENTICATION, Priority.SCALABILITY));
        RuntimePlan plan = RuntimePlan.of(all, Set.of(feature));

        assertThat(plan.modules()).extracting(RuntimeModule::id).startsWith("core", "stores");
        assertThat(plan.defaultStore()).isEqualTo("redis"); // scalability: instances share the Redis store
    }
}
