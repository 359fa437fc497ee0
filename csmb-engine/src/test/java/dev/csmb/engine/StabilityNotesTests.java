package dev.csmb.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.csmb.api.Experimental;
import dev.csmb.api.Internal;
import dev.csmb.api.Stable;
import org.junit.jupiter.api.Test;

/** Every public type of csmb-api and the engine says how stable it is; the engine's internals say they are internal. */
class StabilityNotesTests {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.csmb.api", "dev.csmb.spi", "dev.csmb.engine");

    @Test
    void everyPublicTypeCarriesAStabilityNote() {
        classes().that().arePublic().and().areTopLevelClasses().and().areNotAnnotations()
                .should().beAnnotatedWith(Stable.class).orShould().beAnnotatedWith(Experimental.class)
                .orShould().beAnnotatedWith(Internal.class)
                .check(MAIN);
    }

    @Test
    void theEngineInternalsAreMarkedInternal() {
        classes().that().arePublic().and().areTopLevelClasses().and().resideInAPackage("dev.csmb.engine.internal..")
                .should().beAnnotatedWith(Internal.class)
                .check(MAIN);
    }
}
