package dev.csmb.engine.internal.runtime;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.DefinitionException;
import dev.csmb.api.Feature;
import dev.csmb.api.Internal;
import dev.csmb.spi.EnvVar;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What the shared Node.js runtime contributes to one project: the {@link RuntimeModule}s that apply, in
 * {@link RuntimeModules#ALL} order, and their files, npm packages and variables merged. Two modules claiming the same
 * file or variable, or one package at two versions, is a {@link DefinitionException}. Immutable.
 *
 * <p>Internal: not API. A variable listed here must be read by the generated code with the same default, which the
 * generated project's own tests check.
 */
@Internal
public final class RuntimePlan {

    private final Selection selection;
    private final List<RuntimeModule> modules;
    private final List<PlannedFile> files;
    private final Map<String, String> dependencies;
    private final Map<String, String> devDependencies;
    private final List<EnvVar> envVars;

    private RuntimePlan(Selection selection, List<RuntimeModule> modules) {
        this.selection = selection;
        this.modules = modules;
        this.files = files(selection, modules);
        this.dependencies = packages("dependency", modules, m -> m.dependencies(selection));
        this.devDependencies = packages("devDependency", modules, m -> m.devDependencies(selection));
        this.envVars = envVars(selection, modules);
        modules.forEach(m -> m.entryPoint(selection).ifPresent(entry -> checkEntryPoint(m, entry)));
    }

    /** The plan for a configuration from {@link RuntimeModules#ALL}; {@code features} are the effective ones. */
    public static RuntimePlan of(BuildConfiguration configuration, Set<Feature> features) {
        return of(configuration, features, false);
    }

    /**
     * The plan for a configuration from {@link RuntimeModules#ALL}; {@code platformHttp}: the platform itself
     * receives over HTTP, so the HTTP server is generated whatever the modules need.
     */
    public static RuntimePlan of(BuildConfiguration configuration, Set<Feature> features, boolean platformHttp) {
        return of(RuntimeModules.ALL, Selection.of(configuration, features), platformHttp);
    }

    /** The plan from the given modules, in their order: which apply, and whether HTTP is needed. */
    public static RuntimePlan of(List<RuntimeModule> all, Selection initial) {
        return of(all, initial, false);
    }

    /** As {@link #of(List, Selection)}, with HTTP on whatever the modules need when {@code platformHttp}. */
    public static RuntimePlan of(List<RuntimeModule> all, Selection initial, boolean platformHttp) {
        Map<String, RuntimeModule> ids = new LinkedHashMap<>();
        for (RuntimeModule module : all) {
            RuntimeModule other = ids.putIfAbsent(module.id(), module);
            if (other != null) {
                throw new DefinitionException("runtime modules " + name(other) + " and " + name(module)
                        + " share the id " + module.id());
            }
        }
        boolean http = platformHttp || all.stream().anyMatch(m -> m.applies(initial) && m.needsHttp(initial));
        Selection selection = initial.withHttp(http);
        return new RuntimePlan(selection, all.stream().filter(m -> m.applies(selection)).toList());
    }

    public Selection selection() {
        return selection;
    }

    /** The modules that apply, in order. */
    public List<RuntimeModule> modules() {
        return modules;
    }

    /** Whether the module with this id applies. */
    public boolean applies(String moduleId) {
        return modules.stream().anyMatch(m -> m.id().equals(moduleId));
    }

    /** The runtime files, module by module; test files only when the project includes tests. */
    public List<PlannedFile> files() {
        return files;
    }

    /** npm runtime dependencies, name to version range, sorted. */
    public Map<String, String> dependencies() {
        return dependencies;
    }

    /** npm development dependencies, name to version range, sorted. */
    public Map<String, String> devDependencies() {
        return devDependencies;
    }

    /** The variables the runtime reads, module by module, each in the module's order. */
    public List<EnvVar> envVars() {
        return envVars;
    }

    /** The README section templates of the modules that have one, in module order. */
    public List<String> readmeTemplates() {
        List<String> templates = new ArrayList<>();
        modules.forEach(m -> m.readme(selection).ifPresent(templates::add));
        return List.copyOf(templates);
    }

    /** The default session store. */
    public String defaultStore() {
        return selection.store();
    }

    /** The runtime's setup steps, after the platform's own; Markdown, shown in the README and after generation. */
    public List<String> setupSteps() {
        List<String> steps = new ArrayList<>();
        steps.add("Install Node.js " + nodeEngines().substring(2) + " or newer (`.nvmrc` names the major version for nvm)");
        steps.add("Run `npm install`");
        steps.add("Copy `.env.example` to `.env` and set what you need (`.env.example` explains each variable)");
        if (selection.includeTests()) {
            steps.add("Run `npm test` to see everything work");
        }
        steps.add("Run `npm start`");
        return List.copyOf(steps);
    }

    /** The {@code engines.node} range of generated projects: the first Node 22 with {@code node:sqlite} unflagged. */
    public static String nodeEngines() {
        return ">=22.13.0";
    }

    /** The Node.js major version generated projects target (for .nvmrc, Docker, CI). */
    public static int nodeMajor() {
        return 22;
    }

    private static List<PlannedFile> files(Selection selection, List<RuntimeModule> modules) {
        Map<String, RuntimeModule> owners = new LinkedHashMap<>();
        for (RuntimeModule module : modules) {
            List<String> paths = new ArrayList<>(module.files(selection));
            if (selection.includeTests()) {
                paths.addAll(module.testFiles(selection));
            }
            for (String path : paths) {
                RuntimeModule other = owners.putIfAbsent(path, module);
                if (other != null) {
                    throw new DefinitionException("runtime modules " + other.id() + " and " + module.id()
                            + " both generate " + path);
                }
            }
        }
        return owners.keySet().stream().map(PlannedFile::of).toList();
    }

    private static Map<String, String> packages(String kind, List<RuntimeModule> modules,
                                                Function<RuntimeModule, Map<String, String>> of) {
        Map<String, String> merged = new TreeMap<>();
        Map<String, String> owners = new TreeMap<>();
        for (RuntimeModule module : modules) {
            of.apply(module).forEach((name, version) -> {
                String existing = merged.putIfAbsent(name, version);
                if (existing != null && !existing.equals(version)) {
                    throw new DefinitionException("runtime module " + module.id() + " asks for " + kind + " " + name
                            + "@" + version + " but " + owners.get(name) + " asks for " + name + "@" + existing);
                }
                owners.putIfAbsent(name, module.id());
            });
        }
        return Collections.unmodifiableMap(merged);
    }

    private static List<EnvVar> envVars(Selection selection, List<RuntimeModule> modules) {
        Map<String, RuntimeModule> owners = new LinkedHashMap<>();
        List<EnvVar> vars = new ArrayList<>();
        for (RuntimeModule module : modules) {
            for (EnvVar v : module.envVars(selection)) {
                RuntimeModule other = owners.putIfAbsent(v.name(), module);
                if (other != null) {
                    throw new DefinitionException("runtime modules " + other.id() + " and " + module.id()
                            + " both declare the variable " + v.name());
                }
                vars.add(v);
            }
        }
        return List.copyOf(vars);
    }

    private void checkEntryPoint(RuntimeModule module, String entry) {
        Objects.requireNonNull(entry, "entryPoint must not be null");
        if (!entry.startsWith("src/core/") || !entry.endsWith(".js") || !module.files(selection).contains(entry)) {
            throw new DefinitionException("runtime module " + module.id() + " has the entry point " + entry
                    + ", which is not one of its src/core/**/*.js files");
        }
    }

    private static String name(RuntimeModule module) {
        return module.getClass().getName();
    }

    /** For messages: the modules that apply, by id. */
    @Override
    public String toString() {
        return "RuntimePlan" + modules.stream().map(RuntimeModule::id).toList();
    }
}
