package dev.csmb.engine.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Objects;

/**
 * The guardrail around the engine's internals: code outside {@code dev.csmb.engine} (a platform, an embedding
 * application, their tests) never depends on {@code dev.csmb.engine.internal}, which may change in any release.
 * {@link PlatformGeneratorContractTests} runs it on every platform; other modules call {@link #check(String)}.
 */
public final class EngineBoundary {

    /** Classes outside the engine must not use its internal packages. */
    public static final ArchRule NO_ENGINE_INTERNALS = noClasses()
            .that().resideOutsideOfPackage("dev.csmb.engine..")
            .should().dependOnClassesThat().resideInAPackage("dev.csmb.engine.internal..")
            .because("dev.csmb.engine.internal is not API; talk to the engine through csmb-api, the SPI and"
                    + " dev.csmb.engine's public packages")
            // The engine's own classes are outside the rule's scope; check() refuses an empty import itself.
            .allowEmptyShould(true);

    private EngineBoundary() {
    }

    /**
     * Checks the module's own classes (main and test, not jars) in this package and below.
     *
     * @param rootPackage for example {@code "dev.csmb.platform.cli"}
     * @throws AssertionError naming each offending dependency
     */
    public static void check(String rootPackage) {
        Objects.requireNonNull(rootPackage, "rootPackage must not be null");
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(rootPackage);
        if (classes.isEmpty()) {
            throw new AssertionError("no classes found in " + rootPackage + "; nothing would be checked");
        }
        NO_ENGINE_INTERNALS.check(classes);
    }
}
