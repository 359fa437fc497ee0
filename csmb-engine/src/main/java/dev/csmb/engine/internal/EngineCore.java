package dev.csmb.engine.internal;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.DefinitionException;
import dev.csmb.api.Feature;
import dev.csmb.api.GeneratedSolution;
import dev.csmb.api.Internal;
import dev.csmb.api.InvalidInputException;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.api.ValidationResult;
import dev.csmb.engine.DiscoveryProblem;
import dev.csmb.engine.internal.discovery.Discovered;
import dev.csmb.engine.internal.discovery.GeneratorDiscovery;
import dev.csmb.engine.internal.discovery.PluginCalls;
import dev.csmb.engine.internal.generate.AssembledProject;
import dev.csmb.engine.internal.generate.DefaultGenerationContext;
import dev.csmb.engine.internal.generate.RuntimeAssembler;
import dev.csmb.engine.internal.model.ProjectModel;
import dev.csmb.engine.internal.paths.PathRules;
import dev.csmb.engine.internal.render.TemplateRenderer;
import dev.csmb.engine.internal.runtime.RuntimePlan;
import dev.csmb.engine.internal.validation.ConfigurationValidator;
import dev.csmb.spi.PlatformGenerator;
import dev.csmb.spi.RuntimeSpec;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

/** What {@link dev.csmb.engine.CsmbEngine} delegates to. Immutable after {@link #create}; thread-safe. */
@Internal
public final class EngineCore {

    private final Discovered discovered;
    private final List<PlatformDescriptor> descriptors;
    private final ConfigurationValidator validator;
    private final RuntimeAssembler runtime;
    private final Map<PlatformGenerator, TemplateRenderer> pluginTemplates;

    private EngineCore(Discovered discovered, ConfigurationValidator validator, RuntimeAssembler runtime,
                       Map<PlatformGenerator, TemplateRenderer> pluginTemplates) {
        this.discovered = discovered;
        this.descriptors = List.copyOf(discovered.descriptors().values());
        this.validator = validator;
        this.runtime = runtime;
        this.pluginTemplates = pluginTemplates;
    }

    /** Discovers generators and prepares validation and rendering. */
    public static EngineCore create(ClassLoader loader, boolean autoDiscovery, List<PlatformGenerator> explicit) {
        return create(loader, autoDiscovery, explicit, TemplateRenderer::new);
    }

    /**
     * {@link #create(ClassLoader, boolean, List)} with Handlebars' own rendering ({@link TemplateRenderer#reference}),
     * for tests that hold the default rendering to the same bytes.
     */
    public static EngineCore createWithReferenceRendering(ClassLoader loader, boolean autoDiscovery,
                                                          List<PlatformGenerator> explicit) {
        return create(loader, autoDiscovery, explicit, TemplateRenderer::reference);
    }

    private static EngineCore create(ClassLoader loader, boolean autoDiscovery, List<PlatformGenerator> explicit,
                                     BiFunction<ClassLoader, String, TemplateRenderer> renderers) {
        Discovered discovered = GeneratorDiscovery.discover(loader, autoDiscovery, explicit);
        Map<PlatformGenerator, TemplateRenderer> plugins = new IdentityHashMap<>();
        for (PlatformGenerator generator : discovered.generators().values()) {
            ClassLoader pluginLoader = generator.getClass().getClassLoader();
            plugins.put(generator, renderers.apply(pluginLoader != null ? pluginLoader : loader, "/"));
        }
        TemplateRenderer runtimeTemplates = renderers.apply(EngineCore.class.getClassLoader(), "/csmb/runtime/");
        return new EngineCore(discovered, ConfigurationValidator.create(), new RuntimeAssembler(runtimeTemplates),
                plugins);
    }

    public List<PlatformDescriptor> platforms() {
        return descriptors;
    }

    public Optional<PlatformDescriptor> platform(String id) {
        return descriptors.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public List<DiscoveryProblem> discoveryProblems() {
        return discovered.problems();
    }

    public ValidationResult validate(BuildConfiguration configuration) {
        return validator.validate(withDefaults(configuration), discovered);
    }

    /**
     * The configuration with the platform's defaults filled in: its default priorities when it names none, and the
     * default of every declared setting it does not name (settings it names, even unknown ones, stay for validation
     * to judge). The one place defaults from the descriptor are applied, for the builder, the codec and the CLI
     * alike, so generation always sees every declared setting.
     */
    public BuildConfiguration withDefaults(BuildConfiguration configuration) {
        PlatformDescriptor descriptor = discovered.descriptors().get(configuration.platform());
        if (descriptor == null) {
            return configuration;
        }
        BuildConfiguration.Builder builder = configuration.toBuilder();
        if (configuration.priorities().isEmpty()) {
            builder.priorities(descriptor.defaultPriorities());
        }
        Map<String, String> settings = new TreeMap<>(configuration.settings());
        descriptor.settings().forEach(s -> settings.putIfAbsent(s.name(), s.defaultValue()));
        BuildConfiguration completed = builder.settings(settings).build();
        return completed.equals(configuration) ? configuration : completed;
    }

    public GeneratedSolution generate(BuildConfiguration requested) {
        BuildConfiguration configuration = withDefaults(requested);
        ValidationResult result = validator.validate(configuration, discovered);
        if (!result.isValid()) {
            throw new InvalidInputException(result);
        }
        PlatformGenerator generator = discovered.generators().get(configuration.platform());
        PlatformDescriptor descriptor = discovered.descriptors().get(configuration.platform());
        Set<Feature> features = EnumSet.noneOf(Feature.class);
        Set<Feature> dropped = EnumSet.noneOf(Feature.class);
        configuration.features().forEach(f -> (descriptor.supports(f) ? features : dropped).add(f));
        DefaultGenerationContext context = new DefaultGenerationContext(configuration, descriptor, features, dropped,
                generator.getClass().getName());
        PluginCalls.call(generator, descriptor.id(), "generating", () -> {
            // Declare, then contribute: the runtime is assembled from the declaration after both phases.
            Optional<RuntimeSpec> declared = generator.runtime(context);
            if (declared == null) {
                throw new DefinitionException("platform generator " + generator.getClass().getName()
                        + " returned null from runtime(); return Optional.empty() for no runtime");
            }
            declared.ifPresent(context::declareRuntime);
            generator.generate(context);
            return null;
        });
        // Planned after both phases: a platform that receives over HTTP turns the runtime's HTTP server on.
        RuntimePlan plan = RuntimePlan.of(configuration, features, context.servesHttp());
        Map<String, Object> model = ProjectModel.base(configuration, descriptor, features, dropped, plan,
                Version.CSMB);
        AssembledProject project = runtime.assemble(context, plan, model, pluginTemplates.get(generator));
        GeneratedSolution solution = new GeneratedSolution(configuration, descriptor, project.files(),
                project.setupSteps(), descriptor.estimatedTime(), descriptor.complexity(), result.warnings());
        PathRules.check(solution);
        return solution;
    }
}
