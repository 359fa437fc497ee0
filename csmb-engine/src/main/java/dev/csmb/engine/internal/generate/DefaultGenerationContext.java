package dev.csmb.engine.internal.generate;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.DefinitionException;
import dev.csmb.api.Feature;
import dev.csmb.api.GeneratedFile;
import dev.csmb.api.Internal;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.engine.escape.MessageText;
import dev.csmb.engine.internal.paths.PathRules;
import dev.csmb.engine.internal.runtime.Locales;
import dev.csmb.engine.internal.validation.SettingRules;
import dev.csmb.spi.GenerationContext;
import dev.csmb.spi.RuntimeSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The context one generation runs in. It only records: the runtime declaration, setup steps and file contributions
 * (each path checked as it comes); {@link ProjectAssembly} renders everything afterwards, so the platform's order
 * of calls cannot change the output.
 */
@Internal
public final class DefaultGenerationContext implements GenerationContext {

    private final BuildConfiguration configuration;
    private final PlatformDescriptor platform;
    private final Set<Feature> features;
    private final Set<Feature> dropped;
    private final List<Contribution> contributions = new ArrayList<>();
    private final Set<String> paths = new HashSet<>();
    private final List<String> setupSteps = new ArrayList<>();
    private final String pluginClass;
    private RuntimeSpec runtime;

    /**
     * @param configuration the validated configuration, with every declared setting filled in
     * @param pluginClass   the generator's class name, for messages about its bugs
     */
    public DefaultGenerationContext(BuildConfiguration configuration, PlatformDescriptor platform,
                                    Set<Feature> features, Set<Feature> dropped, String pluginClass) {
        this.configuration = configuration;
        this.pluginClass = pluginClass;
        this.platform = platform;
        this.features = Set.copyOf(features);
        this.dropped = Set.copyOf(dropped);
    }

    @Override
    public BuildConfiguration configuration() {
        return configuration;
    }

    @Override
    public PlatformDescriptor platform() {
        return platform;
    }

    @Override
    public Set<Feature> features() {
        return features;
    }

    @Override
    public Set<Feature> droppedFeatures() {
        return dropped;
    }

    /** The setting's effective value; asking for one the descriptor does not declare is a plugin bug. */
    @Override
    public String setting(String name) {
        Objects.requireNonNull(name, "name must not be null");
        String value = configuration.settings().get(name);
        if (value == null || platform.setting(name).isEmpty()) {
            throw new DefinitionException("platform generator " + pluginClass + " (" + MessageText.name(platform.id())
                    + ") asked for the setting " + MessageText.name(name) + ", which its descriptor does not declare"
                    + " (declared: " + SettingRules.names(platform) + ")");
        }
        return value;
    }

    @Override
    @Deprecated
    public void addRuntime(RuntimeSpec spec) {
        declareRuntime(spec);
    }

    /** Records the platform's runtime declaration; a second one is a plugin bug. */
    public void declareRuntime(RuntimeSpec spec) {
        Objects.requireNonNull(spec, "spec must not be null");
        if (runtime != null) {
            throw new DefinitionException(platform.id() + " declared the shared runtime twice");
        }
        runtime = spec;
    }

    @Override
    public void render(String path) {
        Objects.requireNonNull(path, "path must not be null");
        render("csmb/" + platform.id() + "/" + path, path, Map.of());
    }

    @Override
    public void renderLocales(String part) {
        Objects.requireNonNull(part, "part must not be null");
        Locales.of(part, features).forEach(this::render);
    }

    @Override
    public void render(String template, String path) {
        render(template, path, Map.of());
    }

    @Override
    public void render(String template, String path, Map<String, Object> extraModel) {
        Objects.requireNonNull(template, "template must not be null");
        Objects.requireNonNull(extraModel, "extraModel must not be null");
        contribute(new Contribution.Rendered(template, checked(path), extraModel));
    }

    @Override
    public void addFile(GeneratedFile file) {
        Objects.requireNonNull(file, "file must not be null");
        checked(file.path());
        contribute(new Contribution.Ready(file));
    }

    @Override
    public void addSetupStep(String step) {
        setupSteps.add(Objects.requireNonNull(step, "step must not be null"));
    }

    /** Whether the platform declared a runtime that receives over HTTP ({@link RuntimeSpec#servesHttp()}). */
    public boolean servesHttp() {
        return runtime != null && runtime.servesHttp();
    }

    /** The runtime the platform declared, if any. */
    Optional<RuntimeSpec> runtime() {
        return Optional.ofNullable(runtime);
    }

    /** The contributions, in the order they came. */
    List<Contribution> contributions() {
        return List.copyOf(contributions);
    }

    /** The setup steps added through the context, in order. */
    List<String> setupSteps() {
        return List.copyOf(setupSteps);
    }

    private void contribute(Contribution contribution) {
        if (!paths.add(contribution.path())) {
            throw new DefinitionException(MessageText.name(platform.id()) + " produced "
                    + PathRules.quote(contribution.path()) + " twice");
        }
        contributions.add(contribution);
    }

    private String checked(String path) {
        Objects.requireNonNull(path, "path must not be null");
        PathRules.problem(path).ifPresent(problem -> {
            throw new DefinitionException(MessageText.name(platform.id()) + " produced the path "
                    + PathRules.quote(path) + ", which " + problem);
        });
        return path;
    }
}
