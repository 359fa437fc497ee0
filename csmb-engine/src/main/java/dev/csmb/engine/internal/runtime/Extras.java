package dev.csmb.engine.internal.runtime;

import static dev.csmb.engine.internal.runtime.DeclaredModule.module;

import dev.csmb.api.Complexity;
import dev.csmb.api.TeamSize;
import java.util.List;

/**
 * The extras around the code, each a module of its own so that one rule decides it and templates see it as
 * {@code module.<id>}. The rules (see {@code docs/extras.md}):
 *
 * <ul>
 *   <li>Complexity adds tooling: intermediate and up get lint, expert gets a metrics endpoint and OPERATIONS.md.</li>
 *   <li>Team size adds collaboration files: small and up get CONTRIBUTING.md; large and enterprise get SECURITY.md,
 *       CODEOWNERS and a Dependabot configuration.</li>
 *   <li>The options gate what they name: Docker and CI follow {@code includeDocker} and {@code includeCI} alone (both
 *       default to on, so advanced projects get them without complexity having to add anything; an explicit "no"
 *       wins at any complexity), and every document needs {@code includeDocumentation}.</li>
 * </ul>
 */
final class Extras {

    static final RuntimeModule LINT = module("lint").when(s -> s.complexityAtLeast(Complexity.INTERMEDIATE))
            .files("eslint.config.js")
            .devDependency("eslint", "^9.39.5").devDependency("@eslint/js", "^9.39.5")
            .devDependency("globals", "^17.14.0")
            .build();

    static final RuntimeModule METRICS = module("metrics").when(s -> s.complexityAtLeast(Complexity.EXPERT))
            .installs()
            .tests("test/core/metrics.test.js")
            .dependency("prom-client", "^15.1.3")
            .readme().servesHttp().build();

    static final RuntimeModule DOCKER = module("docker").when(s -> s.options().includeDocker())
            .files("Dockerfile", "docker-compose.yml", ".dockerignore").build();

    static final RuntimeModule CI = module("ci").when(s -> s.options().includeCI())
            .files(".github/workflows/ci.yml").build();

    static final RuntimeModule CONTRIBUTING = module("contributing")
            .when(s -> s.options().includeDocumentation() && s.teamAtLeast(TeamSize.SMALL))
            .files("CONTRIBUTING.md").build();

    static final RuntimeModule SECURITY_POLICY = module("security-policy")
            .when(s -> s.options().includeDocumentation() && s.teamAtLeast(TeamSize.LARGE))
            .files("SECURITY.md").build();

    static final RuntimeModule CODE_OWNERS = module("code-owners").when(s -> s.teamAtLeast(TeamSize.LARGE))
            .files(".github/CODEOWNERS").build();

    static final RuntimeModule DEPENDENCY_UPDATES = module("dependency-updates")
            .when(s -> s.teamAtLeast(TeamSize.LARGE))
            .files(".github/dependabot.yml").build();

    static final RuntimeModule OPERATIONS = module("operations")
            .when(s -> s.options().includeDocumentation() && s.complexityAtLeast(Complexity.EXPERT))
            .files("OPERATIONS.md").build();

    /** Every extra, in the order the README's "What's included" lists them. */
    static final List<RuntimeModule> ALL = List.of(LINT, METRICS, DOCKER, CI, CONTRIBUTING, SECURITY_POLICY,
            CODE_OWNERS, DEPENDENCY_UPDATES, OPERATIONS);

    /** The README's "What's included" section, when the project got any extra. */
    static final RuntimeModule SECTION = module("extras").when(s -> ALL.stream().anyMatch(e -> e.applies(s)))
            .readme().build();

    private Extras() {
    }
}
