package dev.csmb.spi;

import dev.csmb.api.Stable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * How a platform fits the engine's shared Node.js runtime: the npm packages its adapter needs, the variables
 * it reads, the README section that explains its setup and the setup steps shown after generation.
 *
 * @param dependencies     npm runtime dependencies, name to version range
 * @param devDependencies  npm development dependencies, name to version range
 * @param envVars          the platform's own variables, in the order they are documented
 * @param readmeTemplate   a template from the generator's class loader rendered into the README's platform section
 * @param setupSteps       the platform's setup steps, in order; they come before the runtime's own
 * @param servesHttp       whether the platform receives over HTTP (webhooks, a web page): the runtime then generates
 *                         its HTTP server ({@code src/core/http.js}) and the adapter finds it as {@code runtime.http}
 * @param scripts          the platform's own npm scripts, name to command (e.g. {@code register}), added after the
 *                         runtime's; a name the runtime uses ({@code start}, {@code test}, {@code lint},
 *                         {@code typecheck}) is refused when the project is assembled
 */
@Stable
public record RuntimeSpec(Map<String, String> dependencies, Map<String, String> devDependencies,
                          List<EnvVar> envVars, Optional<String> readmeTemplate, List<String> setupSteps,
                          boolean servesHttp, Map<String, String> scripts) {

    /** Compiled once: a platform declares its runtime anew for every project it generates. */
    private static final Pattern SCRIPT_NAME = Pattern.compile("[a-z][a-z0-9:-]{0,39}");

    public RuntimeSpec {
        dependencies = Collections.unmodifiableMap(new TreeMap<>(
                Objects.requireNonNull(dependencies, "dependencies must not be null")));
        devDependencies = Collections.unmodifiableMap(new TreeMap<>(
                Objects.requireNonNull(devDependencies, "devDependencies must not be null")));
        envVars = List.copyOf(Objects.requireNonNull(envVars, "envVars must not be null"));
        Objects.requireNonNull(readmeTemplate, "readmeTemplate must not be null");
        setupSteps = List.copyOf(Objects.requireNonNull(setupSteps, "setupSteps must not be null"));
        scripts = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(scripts, "scripts must not be null")));
        scripts.keySet().forEach(name -> {
            if (!SCRIPT_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("script name must be 1-40 lower-case letters, digits, ':' or '-',"
                        + " starting with a letter: " + name);
            }
        });
    }

    /** The shape before {@code scripts}: a platform without npm scripts of its own. */
    public RuntimeSpec(Map<String, String> dependencies, Map<String, String> devDependencies,
                       List<EnvVar> envVars, Optional<String> readmeTemplate, List<String> setupSteps,
                       boolean servesHttp) {
        this(dependencies, devDependencies, envVars, readmeTemplate, setupSteps, servesHttp, Map.of());
    }

    /** The shape before {@code servesHttp}: a platform that does not serve HTTP itself. */
    public RuntimeSpec(Map<String, String> dependencies, Map<String, String> devDependencies,
                       List<EnvVar> envVars, Optional<String> readmeTemplate, List<String> setupSteps) {
        this(dependencies, devDependencies, envVars, readmeTemplate, setupSteps, false);
    }

    /** The SPI version 1 shape, without setup steps; kept so generators built against it still link. */
    public RuntimeSpec(Map<String, String> dependencies, Map<String, String> devDependencies,
                       List<EnvVar> envVars, Optional<String> readmeTemplate) {
        this(dependencies, devDependencies, envVars, readmeTemplate, List.of());
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RuntimeSpec}. */
    public static final class Builder {
        private final Map<String, String> dependencies = new TreeMap<>();
        private final Map<String, String> devDependencies = new TreeMap<>();
        private final List<EnvVar> envVars = new ArrayList<>();
        private final List<String> setupSteps = new ArrayList<>();
        private final Map<String, String> scripts = new TreeMap<>();
        private String readmeTemplate;
        private boolean servesHttp;

        private Builder() {
        }

        public Builder dependency(String name, String version) {
            dependencies.put(name, version);
            return this;
        }

        public Builder devDependency(String name, String version) {
            devDependencies.put(name, version);
            return this;
        }

        public Builder envVar(EnvVar value) {
            envVars.add(Objects.requireNonNull(value, "envVar must not be null"));
            return this;
        }

        /** A class-path template (with or without {@code .hbs}) rendered into the README's platform section. */
        public Builder readmeTemplate(String template) {
            this.readmeTemplate = Objects.requireNonNull(template, "template must not be null");
            return this;
        }

        /** A setup step shown after generation and in the README, after the ones added before it. */
        public Builder setupStep(String step) {
            setupSteps.add(Objects.requireNonNull(step, "step must not be null"));
            return this;
        }

        /**
         * The platform receives over HTTP (a webhook, a web page): the project gets the runtime's HTTP server,
         * which the adapter reaches as {@code deps.runtime.http} and which {@code src/index.js} starts listening
         * before {@code adapter.start()}.
         */
        public Builder servesHttp() {
            this.servesHttp = true;
            return this;
        }

        /** An npm script of the platform's own, e.g. {@code script("register", "node src/platform/register.js")}. */
        public Builder script(String name, String command) {
            scripts.put(Objects.requireNonNull(name, "name must not be null"),
                    Objects.requireNonNull(command, "command must not be null"));
            return this;
        }

        public RuntimeSpec build() {
            return new RuntimeSpec(dependencies, devDependencies, envVars, Optional.ofNullable(readmeTemplate),
                    setupSteps, servesHttp, scripts);
        }
    }
}
