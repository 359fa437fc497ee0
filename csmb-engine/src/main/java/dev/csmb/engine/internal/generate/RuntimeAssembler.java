package dev.csmb.engine.internal.generate;

import dev.csmb.api.DefinitionException;
import dev.csmb.api.GeneratedFile;
import dev.csmb.api.Internal;
import dev.csmb.engine.internal.model.ProjectModel;
import dev.csmb.engine.internal.render.TemplateRenderer;
import dev.csmb.engine.internal.runtime.PlannedFile;
import dev.csmb.engine.internal.runtime.RuntimePlan;
import dev.csmb.spi.EnvVar;
import dev.csmb.spi.RuntimeSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Assembles one project once the platform has declared and contributed: completes the model from the runtime plan
 * and the platform's declaration, renders the shared runtime, then the platform's contributions against the same
 * complete model. Nothing here depends on the order of the platform's calls.
 */
@Internal
public final class RuntimeAssembler {

    private final TemplateRenderer runtimeTemplates;

    public RuntimeAssembler(TemplateRenderer runtimeTemplates) {
        this.runtimeTemplates = runtimeTemplates;
    }

    /** The files and setup steps of the project {@code context} describes. */
    public AssembledProject assemble(DefaultGenerationContext context, RuntimePlan plan, Map<String, Object> model,
                                     TemplateRenderer pluginTemplates) {
        Optional<RuntimeSpec> spec = context.runtime();
        List<String> steps = new ArrayList<>();
        spec.ifPresent(s -> steps.addAll(s.setupSteps()));
        steps.addAll(context.setupSteps());
        List<GeneratedFile> files = new ArrayList<>();
        if (spec.isPresent()) {
            steps.addAll(plan.setupSteps());
            complete(model, plan, spec.get(), steps, pluginTemplates);
            for (PlannedFile planned : plan.files()) {
                GeneratedFile file = GeneratedFile.text(planned.path(), runtimeTemplates.render(planned.template(),
                        model));
                files.add(planned.executable() ? file.withExecutable(true) : file);
            }
        }
        Set<String> runtimePaths = files.stream().map(GeneratedFile::path).collect(Collectors.toSet());
        for (Contribution contribution : context.contributions()) {
            if (runtimePaths.contains(contribution.path())) {
                throw new DefinitionException(context.platform().id() + " produced '" + contribution.path()
                        + "' twice");
            }
            files.add(contribution.resolve(pluginTemplates, model));
        }
        return new AssembledProject(files, steps);
    }

    private void complete(Map<String, Object> model, RuntimePlan plan, RuntimeSpec spec, List<String> steps,
                          TemplateRenderer pluginTemplates) {
        model.put("dependencies", ProjectModel.packages(merge("dependency", plan.dependencies(), spec.dependencies())));
        model.put("devDependencies", ProjectModel.packages(merge("devDependency", plan.devDependencies(),
                spec.devDependencies())));
        model.put("env", env(plan.envVars(), spec.envVars()));
        model.put("setupSteps", List.copyOf(steps));
        model.put("platformReadme", spec.readmeTemplate().map(t -> pluginTemplates.render(t, model)).orElse(""));
        model.put("moduleReadmes", plan.readmeTemplates().stream().map(t -> runtimeTemplates.render(t, model)).toList());
    }

    private static Map<String, String> merge(String kind, Map<String, String> runtime, Map<String, String> platform) {
        Map<String, String> merged = new TreeMap<>(runtime);
        platform.forEach((name, version) -> {
            String existing = merged.putIfAbsent(name, version);
            if (existing != null && !existing.equals(version)) {
                throw new DefinitionException("the platform asks for " + kind + " " + name + "@" + version
                        + " but the runtime needs " + name + "@" + existing);
            }
        });
        return merged;
    }

    private static List<Map<String, Object>> env(List<EnvVar> runtime, List<EnvVar> platform) {
        Map<String, EnvVar> byName = new LinkedHashMap<>();
        for (EnvVar v : runtime) {
            byName.put(v.name(), v);
        }
        for (EnvVar v : platform) {
            if (byName.putIfAbsent(v.name(), v) != null) {
                throw new DefinitionException("the platform declares the variable " + v.name()
                        + ", which the runtime already reads");
            }
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (EnvVar v : byName.values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", v.name());
            entry.put("example", v.example());
            entry.put("comment", v.comment());
            entry.put("required", v.required());
            entry.put("secret", v.secret());
            list.add(entry);
        }
        ProjectModel.markLast(list);
        return list;
    }
}
