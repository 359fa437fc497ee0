package dev.csmb.engine.internal.runtime;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * An extra that is only files beside the code (a Dockerfile, a CI workflow, a policy document): its id, the one rule
 * that decides whether a project gets it, and its files. The rules are listed in {@link Extras}.
 *
 * @param id    the module id, e.g. {@code "docker"} ({@code module.docker} in templates)
 * @param rule  whether the project gets the files
 * @param paths the project paths, each rendered from {@code csmb/runtime/<path>.hbs}
 */
record ExtraFiles(String id, Predicate<Selection> rule, List<String> paths) implements RuntimeModule {

    ExtraFiles {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(rule, "rule must not be null");
        paths = List.copyOf(paths);
    }

    @Override
    public boolean applies(Selection selection) {
        return rule.test(selection);
    }

    @Override
    public List<String> files(Selection selection) {
        return paths;
    }
}
