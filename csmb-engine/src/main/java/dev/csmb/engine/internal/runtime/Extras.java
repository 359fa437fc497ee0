package dev.csmb.engine.internal.runtime;

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

    static final RuntimeModule LINT = new LintModule();

    static final RuntimeModule METRICS = new MetricsModule();

    static final RuntimeModule DOCKER = new ExtraFiles("docker", s -> s.options().includeDocker(),
            List.of("Dockerfile", "docker-compose.yml", ".dockerignore"));

    static final RuntimeModule CI = new ExtraFiles("ci", s -> s.options().includeCI(),
            List.of(".github/workflows/ci.yml"));

    static final RuntimeModule CONTRIBUTING = new ExtraFiles("contributing",
            s -> s.options().includeDocumentation() && s.teamAtLeast(TeamSize.SMALL), List.of("CONTRIBUTING.md"));

    static final RuntimeModule SECURITY_POLICY = new ExtraFiles("security-policy",
            s -> s.options().includeDocumentation() && s.teamAtLeast(TeamSize.LARGE), List.of("SECURITY.md"));

    static final RuntimeModule CODE_OWNERS = new ExtraFiles("code-owners", s -> s.teamAtLeast(TeamSize.LARGE),
            List.of(".github/CODEOWNERS"));

    static final RuntimeModule DEPENDENCY_UPDATES = new ExtraFiles("dependency-updates",
            s -> s.teamAtLeast(TeamSize.LARGE), List.of(".github/dependabot.yml"));

    static final RuntimeModule OPERATIONS = new ExtraFiles("operations",
            s -> s.options().includeDocumentation() && s.complexityAtLeast(Complexity.EXPERT),
            List.of("OPERATIONS.md"));

    /** Every extra, in the order the README's "What's included" lists them. */
    static final List<RuntimeModule> ALL = List.of(LINT, METRICS, DOCKER, CI, CONTRIBUTING, SECURITY_POLICY,
            CODE_OWNERS, DEPENDENCY_UPDATES, OPERATIONS);

    private Extras() {
    }
}
