package dev.csmb.engine.runtime;

import dev.csmb.engine.fixtures.FixturePlatformGenerator;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.Feature;
import dev.csmb.engine.internal.runtime.RuntimeModule;
import dev.csmb.engine.internal.runtime.RuntimeModules;
import dev.csmb.engine.internal.runtime.RuntimePlan;
import dev.csmb.engine.internal.runtime.Selection;
import dev.csmb.engine.testkit.CsmbTestKit;
import dev.csmb.engine.testkit.EnvFile;
import dev.csmb.engine.testkit.GeneratedProject;
import dev.csmb.spi.EnvVar;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No generated file contains code for a choice that was not selected. Each configuration selects one choice (see
 * {@link ChoiceConfigurations}); the expectation comes from {@link RuntimeModules#ALL}, so a module added there is
 * checked without touching this test: a module that does not apply contributes no file, its entry point is imported
 * by no file, its npm packages are not in package.json and its variables are not in .env.example. Every relative
 * import of every generated JavaScript file resolves to a generated file, and every package import is declared.
 *
 * <p>The test reads engine internals (the module list) on purpose: it checks the engine's plan against the output.
 */
class NothingForUnselectedChoicesTests {

    private static final CsmbTestKit KIT = CsmbTestKit.forGenerator(new FixturePlatformGenerator());
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Named<BuildConfiguration>> configurations() {
        return ChoiceConfigurations.all(KIT, new FixturePlatformGenerator().descriptor());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configurations")
    void unselectedModulesLeaveNoTrace(BuildConfiguration configuration) throws Exception {
        GeneratedProject project = KIT.with(configuration).generate();
        RuntimePlan plan = plan(configuration);
        Selection selection = plan.selection();
        Set<String> paths = new TreeSet<>(project.paths());
        Set<String> packages = packages(project.text("package.json"));
        Set<String> variables = EnvFile.variables(project.text(".env.example"));
        Set<String> claimedPackages = new HashSet<>(plan.dependencies().keySet());
        claimedPackages.addAll(plan.devDependencies().keySet());
        claimedPackages.addAll(FixturePlatformGenerator.RUNTIME.dependencies().keySet());
        claimedPackages.addAll(FixturePlatformGenerator.RUNTIME.devDependencies().keySet());
        Set<String> claimedVariables = new HashSet<>();
        plan.envVars().forEach(v -> claimedVariables.add(v.name()));
        FixturePlatformGenerator.RUNTIME.envVars().forEach(v -> claimedVariables.add(v.name()));
        List<String> imports = relativeImports(project);

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(paths).as("the planned files").containsAll(plan.files().stream().map(f -> f.path()).toList());
        for (RuntimeModule module : RuntimeModules.ALL) {
            if (plan.applies(module.id())) {
                continue;
            }
            String what = "module " + module.id() + ", which does not apply";
            List<String> files = new ArrayList<>(module.files(selection));
            files.addAll(module.testFiles(selection));
            soft.assertThat(common(paths, files)).as("files of " + what).isEmpty();
            module.entryPoint(selection).ifPresent(entry -> soft.assertThat(imports)
                    .as("imports of the entry point of " + what).doesNotContain(entry));
            Set<String> own = new TreeSet<>(module.dependencies(selection).keySet());
            own.addAll(module.devDependencies(selection).keySet());
            own.removeAll(claimedPackages);
            soft.assertThat(common(packages, own)).as("npm packages of " + what).isEmpty();
            Set<String> vars = new TreeSet<>(module.envVars(selection).stream().map(EnvVar::name).toList());
            vars.removeAll(claimedVariables);
            soft.assertThat(common(variables, vars)).as(".env.example variables of " + what).isEmpty();
        }
        soft.assertThat(imports).as("relative imports that resolve to no generated file")
                .allMatch(paths::contains);
        soft.assertThat(packageImports(project)).as("package imports that package.json does not declare")
                .allMatch(name -> name.startsWith("node:") || packages.contains(name));
        soft.assertAll();
    }

    private static Set<String> common(Set<String> present, Collection<String> unexpected) {
        Set<String> both = new TreeSet<>(unexpected);
        both.retainAll(present);
        return both;
    }

    /** The plan the engine makes for the configuration, with the features the platform supports. */
    static RuntimePlan plan(BuildConfiguration configuration) {
        Set<Feature> effective = EnumSet.noneOf(Feature.class);
        configuration.features().stream().filter(new FixturePlatformGenerator().descriptor()::supports)
                .forEach(effective::add);
        return RuntimePlan.of(configuration, effective);
    }

    /** The project paths every relative import of every generated .js file points to. */
    private static List<String> relativeImports(GeneratedProject project) {
        List<String> targets = new ArrayList<>();
        for (String path : project.paths()) {
            if (path.endsWith(".js")) {
                JsImports.specifiers(project.text(path)).stream().filter(JsImports::isRelative)
                        .map(s -> JsImports.resolve(path, s)).forEach(targets::add);
            }
        }
        return targets;
    }

    private static Set<String> packageImports(GeneratedProject project) {
        Set<String> names = new TreeSet<>();
        for (String path : project.paths()) {
            if (path.endsWith(".js")) {
                JsImports.specifiers(project.text(path)).stream().filter(s -> !JsImports.isRelative(s))
                        .map(JsImports::packageName).forEach(names::add);
            }
        }
        return names;
    }

    private static Set<String> packages(String packageJson) throws Exception {
        JsonNode root = JSON.readTree(packageJson);
        Set<String> names = new TreeSet<>();
        for (String section : List.of("dependencies", "devDependencies")) {
            root.path(section).fieldNames().forEachRemaining(names::add);
        }
        return names;
    }
}
