package dev.csmb.engine.internal.validation;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.Feature;
import dev.csmb.api.Internal;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.api.ValidationResult;
import dev.csmb.api.Violation;
import dev.csmb.api.DefinitionException;
import dev.csmb.engine.escape.MessageText;
import dev.csmb.engine.internal.discovery.Discovered;
import dev.csmb.engine.internal.discovery.PluginCalls;
import dev.csmb.spi.PlatformGenerator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates configurations: the catalog's Jakarta constraints, then the platform's feature support and its
 * own checks. Thread-safe.
 */
@Internal
public final class ConfigurationValidator {

    private ConfigurationValidator() {
    }

    /**
     * A validator backed by Hibernate Validator; messages use only {@code {min}}/{@code {max}}, so no EL. Hibernate
     * Validator boots on first use, not here: bootstrapping is most of a cold engine build, and an application
     * that only lists platforms never pays for it.
     */
    public static ConfigurationValidator create() {
        return new ConfigurationValidator();
    }

    /**
     * Hibernate Validator, built once per JVM by whichever thread gets to it first: a validation, or
     * {@link #prepare()}. A second caller waits for the first one's result, failure included.
     */
    private static final FutureTask<Validator> VALIDATOR = new FutureTask<>(ConfigurationValidator::build);

    private static Validator build() {
        ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        Validator validator = factory.getValidator();
        validator.getConstraintsForClass(BuildConfiguration.class);
        return validator;
    }

    /**
     * Bootstraps Hibernate Validator now, on this thread, unless another thread is doing it or has done it; a
     * failure is kept for the first validation to report. For {@code Preparation}, which calls it on a thread of
     * its own.
     */
    public static void prepare() {
        VALIDATOR.run();
    }

    private static Validator validator() {
        VALIDATOR.run(); // builds it here, unless another thread is building it or has built it
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return VALIDATOR.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw new IllegalStateException("Hibernate Validator failed to start", e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Validates {@code configuration} against the usable generators and their descriptors. */
    public ValidationResult validate(BuildConfiguration configuration, Discovered discovered) {
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<BuildConfiguration> v : validator().validate(configuration)) {
            violations.add(Violation.error(v.getPropertyPath().toString(), code(v), v.getMessage()));
        }
        requireGiven(violations, "projectName", configuration.projectName(), "give the project a name");
        requireGiven(violations, "description", configuration.description(), "say in a sentence what the bot does");
        PlatformGenerator generator = discovered.generators().get(configuration.platform());
        if (generator == null) {
            if (configuration.priorities().isEmpty()) {
                // None given means the platform's defaults; without the platform, that is the problem to report.
                violations.removeIf(v -> v.field().equals("priorities"));
            }
            violations.add(UnknownPlatform.violation(configuration.platform(), discovered));
            return ValidationResult.of(violations);
        }
        PlatformDescriptor descriptor = discovered.descriptors().get(configuration.platform());
        violations.addAll(featureSupport(configuration, descriptor));
        violations.addAll(SettingRules.violations(configuration, descriptor));
        if (violations.stream().noneMatch(Violation::isError)) {
            violations.addAll(platformChecks(configuration, generator, descriptor.id()));
        }
        return ValidationResult.of(violations);
    }

    /** A value the builder was never given is empty: one {@code required} problem instead of size and pattern. */
    private static void requireGiven(List<Violation> violations, String field, String value, String hint) {
        if (value.isEmpty()) {
            violations.removeIf(v -> v.field().equals(field));
            violations.add(Violation.error(field, "required", "is required; " + hint));
        }
    }

    private static List<Violation> featureSupport(BuildConfiguration configuration, PlatformDescriptor descriptor) {
        List<Violation> violations = new ArrayList<>();
        String supported = descriptor.supportedFeatures().isEmpty() ? "none"
                : descriptor.supportedFeatures().stream().map(Feature::id).collect(Collectors.joining(", "));
        for (Feature feature : configuration.features()) {
            if (descriptor.supports(feature)) {
                continue;
            }
            String field = "features[" + feature.id() + "]";
            if (configuration.allowDowngrades()) {
                violations.add(Violation.warning(field, "feature-downgraded", "'" + feature.id()
                        + "' is not supported by " + descriptor.id() + " and will be left out (supported: "
                        + supported + ")"));
            } else {
                violations.add(Violation.error(field, "unsupported-feature", "'" + feature.id()
                        + "' is not supported by " + descriptor.id() + " (supported: " + supported
                        + "); remove it or allow downgrades to leave it out with a warning"));
            }
        }
        return violations;
    }

    private static List<Violation> platformChecks(BuildConfiguration configuration, PlatformGenerator generator,
                                                  String id) {
        List<Violation> own = PluginCalls.call(generator, id, "validating", () -> generator.validate(configuration));
        if (own == null) {
            throw new DefinitionException("platform generator " + generator.getClass().getName() + " ("
                    + MessageText.name(id) + ") returned null from validate; return an empty list instead");
        }
        return List.copyOf(own);
    }

    private static String code(ConstraintViolation<?> v) {
        String annotation = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        switch (annotation) {
            case "NotNull":
            case "NotBlank":
            case "NotEmpty":
                return "required";
            default:
                return annotation.toLowerCase(java.util.Locale.ROOT);
        }
    }
}
