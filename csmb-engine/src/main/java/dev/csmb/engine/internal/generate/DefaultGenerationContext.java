package dev.csmb.engine.internal.generate;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.DefinitionException;
import dev.csmb.api.Feature;
import dev.csmb.api.GeneratedFile;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.engine.internal.paths.PathRules;
import dev.csmb.engine.internal.render.TemplateRenderer;
import dev.csmb.engine.internal.runtime.RuntimePlan;
import dev.csmb.spi.GenerationContext;
import dev.csmb.spi.RuntimeSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/** The context one generation runs in: collects files and setup steps, checking each path as it comes. */
public final class DefaultGenerationContext implements GenerationContext {

    private final BuildConfiguration configuration;
    private final PlatformDescriptor platform;
    private final Set<Feature> features;
    private final Set<Feature> dropped;
    private final Map<String, Object> model;
    private final TemplateRenderer pluginTemplates;
    private final RuntimeAssembler runtime;
    private final RuntimePlan plan;
    private final Map<String, GeneratedFile> files = new TreeMap<>();
    private final List<String> setupSteps = new ArrayList<>();
    private boolean runtimeAdded;

    public DefaultGenerationContext(BuildConfiguration configuration, PlatformDescriptor platform,
                                    Set<Feature> features, Set<Feature> dropped, Map<String, Object> model,
                                    TemplateRenderer pluginTemplates, RuntimeAssembler runtime, RuntimePlan plan) {
        this.configuration = configuration;
        this.platform = platform;
        this.features = Set.copyOf(features);
        this.dropped = Set.copyOf(dropped);
        this.model = model;
        this.pluginTemplates = pluginTemplates;
        this.runtime = runtime;
        this.plan = plan;
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

    @Override
    public void addRuntime(RuntimeSpec spec) {
        Objects.requireNonNull(spec, "spec must not be null");
        if (runtimeAdded) {
            throw new DefinitionException("addRuntime was called twice by " + platform.id());
        }
        runtimeAdded = true;
        runtime.assemble(this, plan, spec, model, pluginTemplates, List.copyOf(setupSteps)).forEach(this::addFile);
    }

    @Override
    public void render(String template, String path) {
        render(template, path, Map.of());
    }

    @Override
    public void render(String template, String path, Map<String, Object> extraModel) {
        Objects.requireNonNull(template, "template must not be null");
        Objects.requireNonNull(extraModel, "extraModel must not be null");
        Map<String, Object> merged = model;
        if (!extraModel.isEmpty()) {
            merged = new HashMap<>(model);
            merged.putAll(extraModel);
        }
        addFile(GeneratedFile.text(path, pluginTemplates.render(template, merged)));
    }

    @Override
    public void addFile(GeneratedFile file) {
        Objects.requireNonNull(file, "file must not be null");
        PathRules.problem(file.path()).ifPresent(problem -> {
            throw new DefinitionException(platform.id() + " produced the path '" + file.path() + "', which " + problem);
        });
        if (files.putIfAbsent(file.path(), file) != null) {
            throw new DefinitionException(platform.id() + " produced '" + file.path() + "' twice");
        }
    }

    @Override
    public void addSetupStep(String step) {
        setupSteps.add(Objects.requireNonNull(step, "step must not be null"));
    }

    /** The files so far, by path. */
    public List<GeneratedFile> files() {
        return List.copyOf(files.values());
    }

    /** The setup steps so far. */
    public List<String> setupSteps() {
        return List.copyOf(setupSteps);
    }
}
