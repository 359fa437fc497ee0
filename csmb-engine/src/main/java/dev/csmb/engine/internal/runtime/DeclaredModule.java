package dev.csmb.engine.internal.runtime;

import dev.csmb.spi.EnvVar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A runtime module stated as data: its rule and what it adds, by convention where one exists. {@code installs()}
 * makes {@code src/core/<id>.js} a file and the entry point; {@code locales()} adds {@code locales/<id>.en.json} and,
 * with multi-language, its translations ({@link Locales}); {@code readme()} renders {@code partials/readme/<id>.md}.
 * Immutable once built; every value is a pure function of the {@link Selection}.
 */
final class DeclaredModule implements RuntimeModule {

    private final String id;
    private final Predicate<Selection> rule;
    private final List<Function<Selection, List<String>>> files;
    private final List<String> tests;
    private final Map<String, String> dependencies;
    private final Map<String, String> devDependencies;
    private final Function<Selection, List<EnvVar>> envVars;
    private final boolean installs;
    private final boolean readme;
    private final boolean http;

    private DeclaredModule(Builder b) {
        this.id = b.id;
        this.rule = Objects.requireNonNull(b.rule, "a module needs a rule: when(...)");
        this.files = List.copyOf(b.files);
        this.tests = List.copyOf(b.tests);
        this.dependencies = Map.copyOf(b.dependencies);
        this.devDependencies = Map.copyOf(b.devDependencies);
        this.envVars = b.envVars;
        this.installs = b.installs;
        this.readme = b.readme;
        this.http = b.http;
    }

    /** Starts the declaration of the module {@code id} (kebab-case, unique). */
    static Builder module(String id) {
        return new Builder(Objects.requireNonNull(id, "id must not be null"));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean applies(Selection selection) {
        return rule.test(selection);
    }

    @Override
    public List<String> files(Selection selection) {
        List<String> all = new ArrayList<>();
        files.forEach(f -> all.addAll(f.apply(selection)));
        return List.copyOf(all);
    }

    @Override
    public List<String> testFiles(Selection selection) {
        return tests;
    }

    @Override
    public Map<String, String> dependencies(Selection selection) {
        return dependencies;
    }

    @Override
    public Map<String, String> devDependencies(Selection selection) {
        return devDependencies;
    }

    @Override
    public List<EnvVar> envVars(Selection selection) {
        return envVars.apply(selection);
    }

    @Override
    public Optional<String> entryPoint(Selection selection) {
        return installs ? Optional.of(entryPoint()) : Optional.empty();
    }

    @Override
    public Optional<String> readme(Selection selection) {
        return readme ? Optional.of("partials/readme/" + id + ".md") : Optional.empty();
    }

    @Override
    public boolean needsHttp(Selection selection) {
        return http;
    }

    private String entryPoint() {
        return "src/core/" + id + ".js";
    }

    /** Declares a {@link DeclaredModule}; each call adds to what came before. */
    static final class Builder {
        private final String id;
        private Predicate<Selection> rule;
        private final List<Function<Selection, List<String>>> files = new ArrayList<>();
        private final List<String> tests = new ArrayList<>();
        private final Map<String, String> dependencies = new TreeMap<>();
        private final Map<String, String> devDependencies = new TreeMap<>();
        private Function<Selection, List<EnvVar>> envVars = s -> List.of();
        private boolean installs;
        private boolean readme;
        private boolean http;

        private Builder(String id) {
            this.id = id;
        }

        /** The one rule that decides whether a project gets the module. */
        Builder when(Predicate<Selection> value) {
            this.rule = value;
            return this;
        }

        /** {@code src/core/<id>.js} is generated and exports {@code install(runtime)} (and {@code readConfig}). */
        Builder installs() {
            this.installs = true;
            String entry = "src/core/" + id + ".js";
            files.add(s -> List.of(entry));
            return this;
        }

        /** Project paths the module generates. */
        Builder files(String... paths) {
            List<String> list = List.of(paths);
            files.add(s -> list);
            return this;
        }

        /** The module's message catalogs by the one locale rule. */
        Builder locales() {
            files.add(s -> Locales.of(id, s));
            return this;
        }

        /** Project paths generated only when the project includes tests. */
        Builder tests(String... paths) {
            tests.addAll(List.of(paths));
            return this;
        }

        Builder dependency(String name, String version) {
            dependencies.put(name, version);
            return this;
        }

        Builder devDependency(String name, String version) {
            devDependencies.put(name, version);
            return this;
        }

        /** The variables the module reads, in documentation order. */
        Builder env(EnvVar... values) {
            List<EnvVar> list = List.of(values);
            return env(s -> list);
        }

        /** The variables the module reads, when they depend on the selection. */
        Builder env(Function<Selection, List<EnvVar>> values) {
            this.envVars = Objects.requireNonNull(values, "values must not be null");
            return this;
        }

        /** The README section {@code partials/readme/<id>.md(.hbs)}. */
        Builder readme() {
            this.readme = true;
            return this;
        }

        /** The module mounts routes on the core HTTP server. */
        Builder servesHttp() {
            this.http = true;
            return this;
        }

        DeclaredModule build() {
            return new DeclaredModule(this);
        }
    }
}
