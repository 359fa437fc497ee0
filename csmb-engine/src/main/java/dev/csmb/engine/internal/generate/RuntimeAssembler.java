package dev.csmb.engine.internal.generate;

import dev.csmb.api.DefinitionException;
import dev.csmb.api.GeneratedFile;
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
import java.util.TreeMap;

/** Renders the engine's shared runtime for one project, merged with what the platform contributes. */
public final class RuntimeAssembler {

    private final TemplateRenderer runtimeTemplates;

    public RuntimeAssembler(TemplateRenderer runtimeTemplates) {
        this.runtimeTemplates = runtimeTemplates;
    }

    /**
     * Completes {@code model} with dependencies, variables, README section and setup steps, and renders the
     * runtime files. The platform's setup steps given so far come first in the README.
     */
    List<GeneratedFile> assemble(DefaultGenerationContext context, RuntimePlan plan, RuntimeSpec spec,
                                 Map<String, Object> model, TemplateRenderer pluginTemplates,
                                 List<String> platformSteps) {
        model.put("dependencies", ProjectModel.packages(merge("dependency", plan.dependencies(), spec.dependencies())));
        model.put("devDependencies", ProjectModel.packages(merge("devDependency", plan.devDependencies(),
                spec.devDependencies())));
        model.put("env", env(plan.envVars(), spec.envVars()));
        List<String> steps = new ArrayList<>(platformSteps);
        steps.addAll(plan.setupSteps());
        model.put("setupSteps", List.copyOf(steps));
        plan.setupSteps().forEach(context::addSetupStep);
        model.put("platformReadme", spec.readmeTemplate().map(t -> pluginTemplates.render(t, model)).orElse(""));
        model.put("moduleReadmes", plan.readmeTemplates().stream().map(t -> runtimeTemplates.render(t, model)).toList());
        List<GeneratedFile> files = new ArrayList<>();
        for (PlannedFile planned : plan.files()) {
            GeneratedFile file = GeneratedFile.text(planned.path(), runtimeTemplates.render(planned.template(), model));
            files.add(planned.executable() ? file.withExecutable(true) : file);
        }
        return files;
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
