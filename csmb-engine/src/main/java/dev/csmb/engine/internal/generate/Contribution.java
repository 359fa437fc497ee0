package dev.csmb.engine.internal.generate;

import dev.csmb.api.GeneratedFile;
import dev.csmb.engine.internal.render.TemplateRenderer;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** A file a platform contributed: ready as is, or a template rendered once the model is complete. */
sealed interface Contribution {

    /** The project-relative path the file is written to. */
    String path();

    /** The file, rendered against the complete model when it is a template. */
    GeneratedFile resolve(TemplateRenderer templates, Map<String, Object> model);

    /** A file added as is. */
    record Ready(GeneratedFile file) implements Contribution {
        @Override
        public String path() {
            return file.path();
        }

        @Override
        public GeneratedFile resolve(TemplateRenderer templates, Map<String, Object> model) {
            return file;
        }
    }

    /** A template with extra model entries visible to it only. */
    record Rendered(String template, String path, Map<String, Object> extraModel) implements Contribution {
        public Rendered {
            extraModel = Collections.unmodifiableMap(new HashMap<>(extraModel));
        }

        @Override
        public GeneratedFile resolve(TemplateRenderer templates, Map<String, Object> model) {
            Map<String, Object> merged = model;
            if (!extraModel.isEmpty()) {
                merged = new HashMap<>(model);
                merged.putAll(extraModel);
            }
            return templates.file(template, path, false, merged);
        }
    }
}
