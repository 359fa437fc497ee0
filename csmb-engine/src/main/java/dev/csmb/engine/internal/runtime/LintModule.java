package dev.csmb.engine.internal.runtime;

import dev.csmb.api.Complexity;
import java.util.List;
import java.util.Map;

/** ESLint 9 with its recommended rules and Node.js globals ({@code npm run lint}), from intermediate complexity up. */
final class LintModule implements RuntimeModule {

    @Override
    public String id() {
        return "lint";
    }

    @Override
    public boolean applies(Selection selection) {
        return selection.complexityAtLeast(Complexity.INTERMEDIATE);
    }

    @Override
    public List<String> files(Selection selection) {
        return List.of("eslint.config.js");
    }

    @Override
    public Map<String, String> devDependencies(Selection selection) {
        return Map.of("eslint", "^9.39.5", "@eslint/js", "^9.39.5", "globals", "^17.14.0");
    }
}
