package dev.csmb.engine.internal.model;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.CatalogId;
import dev.csmb.api.Complexity;
import dev.csmb.api.Feature;
import dev.csmb.api.Internal;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.api.PlatformSetting;
import dev.csmb.api.Priority;
import dev.csmb.api.TeamSize;
import dev.csmb.engine.internal.render.UserText;
import dev.csmb.engine.internal.runtime.RuntimeModule;
import dev.csmb.engine.internal.runtime.RuntimeModules;
import dev.csmb.engine.internal.runtime.RuntimePlan;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the template model described in {@code docs/templates.md} from a validated configuration. The only
 * place user text enters the model, always wrapped as {@link UserText}.
 */
@Internal
public final class ProjectModel {

    private ProjectModel() {
    }

    /** The base model: everything but the runtime's dependencies, variables and README section. */
    public static Map<String, Object> base(BuildConfiguration config, PlatformDescriptor platform,
                                           Set<Feature> features, Set<Feature> dropped, RuntimePlan plan,
                                           String csmbVersion) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("project", Map.of("name", new UserText(config.projectName()),
                "description", new UserText(config.description()), "slug", Slugs.npmName(config.projectName())));
        // A plugin's descriptor text is checked at discovery, and still escaped where rendered, like user text.
        model.put("platform", Map.of("id", platform.id(), "displayName", new UserText(platform.displayName()),
                "library", new UserText(platform.library()), "estimatedTime", new UserText(platform.estimatedTime())));
        model.put("priority", flags(Priority.values(), config.priorities()));
        model.put("feature", flags(Feature.values(), features));
        model.put("settings", settingValues(config, platform));
        model.put("setting", settingFlags(config, platform));
        model.put("priorities", entries(config.priorities()));
        model.put("features", entries(features));
        model.put("droppedFeatures", entries(dropped));
        String store = plan.defaultStore();
        // memory and SQLite (node:sqlite, no dependency) are always generated; SESSION_STORE picks one at run time
        model.put("store", Map.of("default", store, "redis", "redis".equals(store)));
        Map<String, Object> team = flags(TeamSize.values(), Set.of(config.teamSize()));
        team.put("atLeastSmall", config.teamSize().compareTo(TeamSize.SMALL) >= 0);
        team.put("atLeastLarge", config.teamSize().compareTo(TeamSize.LARGE) >= 0);
        model.put("team", team);
        model.put("complexity", flags(Complexity.values(), Set.of(config.complexity())));
        model.put("options", Map.of("includeTests", config.options().includeTests(),
                "includeDocumentation", config.options().includeDocumentation(),
                "includeDocker", config.options().includeDocker(), "includeCI", config.options().includeCI()));
        model.put("node", Map.of("engines", RuntimePlan.nodeEngines(), "major", RuntimePlan.nodeMajor(),
                "minimum", RuntimePlan.nodeEngines().substring(2)));
        model.put("module", moduleFlags(plan));
        model.put("runtimeModules", entryPoints(plan));
        model.put("csmb", Map.of("version", csmbVersion));
        model.put("dependencies", List.of());
        model.put("devDependencies", List.of());
        model.put("env", List.of());
        model.put("platformScripts", List.of());
        model.put("platformReadme", "");
        model.put("moduleReadmes", List.of());
        model.put("setupSteps", List.of());
        return model;
    }

    /** {@code module.<camelId>}: true for the runtime modules that apply, false for the others. */
    private static Map<String, Object> moduleFlags(RuntimePlan plan) {
        Map<String, Object> flags = new LinkedHashMap<>();
        RuntimeModules.ALL.forEach(m -> flags.put(Slugs.camel(m.id()), false));
        plan.modules().forEach(m -> flags.put(Slugs.camel(m.id()), true));
        return flags;
    }

    /**
     * {@code [{id, key, name, import, configImport, config}]} for the applying modules with a JS entry point, in module order:
     * {@code key} is the camelCase id ({@code config.<key>}), {@code name} the PascalCase one ({@code install<name>}),
     * {@code import} and {@code configImport} the entry point relative to {@code src/core/} and {@code src/},
     * {@code config} whether it exports {@code readConfig}.
     */
    private static List<Map<String, Object>> entryPoints(RuntimePlan plan) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (RuntimeModule module : plan.modules()) {
            module.entryPoint(plan.selection()).ifPresent(entry -> {
                String key = Slugs.camel(module.id());
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("id", module.id());
                item.put("key", key);
                item.put("name", Character.toUpperCase(key.charAt(0)) + key.substring(1));
                item.put("import", "./" + entry.substring("src/core/".length()));
                item.put("configImport", "./" + entry.substring("src/".length()));
                item.put("config", !module.envVars(plan.selection()).isEmpty());
                list.add(item);
            });
        }
        return List.copyOf(list);
    }

    /** {@code [{name, version, last}]} sorted by name. */
    public static List<Map<String, Object>> packages(Map<String, String> byName) {
        List<Map<String, Object>> list = new ArrayList<>();
        new java.util.TreeMap<>(byName).forEach((name, version) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", name);
            entry.put("version", version);
            list.add(entry);
        });
        markLast(list);
        return list;
    }

    /** Sets {@code last} on every entry, true on the final one. */
    public static void markLast(List<Map<String, Object>> list) {
        for (int i = 0; i < list.size(); i++) {
            list.get(i).put("last", i == list.size() - 1);
        }
    }

    /** {@code settings.<camelName>}: each declared setting's effective value, a wire id (a safe token). */
    private static Map<String, Object> settingValues(BuildConfiguration config, PlatformDescriptor platform) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (PlatformSetting setting : platform.settings()) {
            values.put(Slugs.camel(setting.name()), effective(config, setting));
        }
        return values;
    }

    /** {@code setting.<camelName>.<camelValue>}: true for the chosen value of each declared setting only. */
    private static Map<String, Object> settingFlags(BuildConfiguration config, PlatformDescriptor platform) {
        Map<String, Object> settings = new LinkedHashMap<>();
        for (PlatformSetting setting : platform.settings()) {
            String chosen = effective(config, setting);
            Map<String, Object> flags = new LinkedHashMap<>();
            setting.values().forEach(v -> flags.put(Slugs.camel(v.id()), v.id().equals(chosen)));
            settings.put(Slugs.camel(setting.name()), flags);
        }
        return settings;
    }

    private static String effective(BuildConfiguration config, PlatformSetting setting) {
        return config.settings().getOrDefault(setting.name(), setting.defaultValue());
    }

    private static <E extends Enum<E> & CatalogId> Map<String, Object> flags(E[] all, Collection<E> chosen) {
        Map<String, Object> flags = new LinkedHashMap<>();
        for (E e : all) {
            flags.put(Slugs.camel(e.id()), chosen.contains(e));
        }
        return flags;
    }

    private static List<Map<String, Object>> entries(Collection<? extends CatalogId> chosen) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (CatalogId id : chosen) {
            list.add(Map.of("id", id.id(), "label", id.label()));
        }
        return List.copyOf(list);
    }
}
