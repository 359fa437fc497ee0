package dev.csmb.server.api;

import dev.csmb.api.Feature;
import dev.csmb.api.PlatformDescriptor;
import java.util.List;

/**
 * A platform as the wizard draws it: everything comes from the generator's descriptor.
 *
 * @param id                the platform id
 * @param name              the display name
 * @param library           the Node.js library the generated project uses
 * @param summary           one paragraph about the platform
 * @param complexity        the platform's own complexity, the default for configurations
 * @param estimatedTime     how long setting up a generated project takes
 * @param supportedFeatures the features this platform can generate
 * @param defaultPriorities the priorities a configuration gets when it names none
 * @param settings          the platform's generation-time settings, as its descriptor declares them; the wizard
 *                          draws a choice for each
 */
public record PlatformView(String id, String name, String library, String summary, String complexity,
                           String estimatedTime, List<CatalogEntry> supportedFeatures,
                           List<CatalogEntry> defaultPriorities, List<SettingView> settings) {

    static PlatformView of(PlatformDescriptor p) {
        List<Feature> features = p.supportedFeatures().stream().sorted().toList();
        return new PlatformView(p.id(), p.displayName(), p.library(), p.summary(), p.complexity().id(),
                p.estimatedTime(), CatalogEntry.of(features), CatalogEntry.of(p.defaultPriorities()),
                p.settings().stream().map(SettingView::of).toList());
    }
}
