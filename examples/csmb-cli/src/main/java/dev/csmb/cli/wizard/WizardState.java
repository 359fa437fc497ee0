package dev.csmb.cli.wizard;

import dev.csmb.api.BuildConfiguration;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the wizard shows at one moment; immutable, each key press gives a new one.
 *
 * @param step          the current step
 * @param configuration the answers so far
 * @param cursor        the row the cursor is on
 * @param scroll        the first line of a long text (review, complete) that is shown
 * @param problems      messages shown under rows, by row key ({@code ""}: under the whole list)
 * @param target        where the project will be written
 * @param targetChosen  whether the user chose the folder (else it follows the project name)
 * @param written       where it was written, once it was
 * @param files         the paths that will be generated (filled when the review is entered)
 * @param log           progress and provisioning lines shown at steps 6 and 7
 * @param effect        what the runner is asked to do next
 * @param effectKey     the row key the effect is for ({@code ""} for none)
 */
public record WizardState(Step step, BuildConfiguration configuration, int cursor, int scroll,
                          Map<String, String> problems, Path target, boolean targetChosen, Optional<Path> written, List<String> files,
                          List<String> log, Effect effect, String effectKey) {

    public WizardState {
        Objects.requireNonNull(step, "step must not be null");
        Objects.requireNonNull(configuration, "configuration must not be null");
        problems = Map.copyOf(Objects.requireNonNull(problems, "problems must not be null"));
        Objects.requireNonNull(target, "target must not be null");
        Objects.requireNonNull(written, "written must not be null");
        files = List.copyOf(Objects.requireNonNull(files, "files must not be null"));
        log = List.copyOf(Objects.requireNonNull(log, "log must not be null"));
        Objects.requireNonNull(effect, "effect must not be null");
        Objects.requireNonNull(effectKey, "effectKey must not be null");
    }

    /** The first step with these answers. */
    public static WizardState start(BuildConfiguration configuration, Path target, boolean targetChosen) {
        return new WizardState(Step.PLATFORM, configuration, 0, 0, Map.of(), target, targetChosen, Optional.empty(),
                List.of(), List.of(), Effect.NONE, "");
    }

    /** Another step, its cursor on this row; problems and effects are cleared. */
    public WizardState withStep(Step value, int newCursor) {
        return new WizardState(value, configuration, newCursor, 0, Map.of(), target, targetChosen, written, files,
                log, Effect.NONE, "");
    }

    public WizardState withConfiguration(BuildConfiguration value) {
        return new WizardState(step, value, cursor, scroll, problems, target, targetChosen, written, files, log,
                effect, effectKey);
    }

    public WizardState withCursor(int value) {
        return new WizardState(step, configuration, value, scroll, problems, target, targetChosen, written, files,
                log, effect, effectKey);
    }

    public WizardState withScroll(int value) {
        return new WizardState(step, configuration, cursor, value, problems, target, targetChosen, written, files,
                log, effect, effectKey);
    }

    public WizardState withProblems(Map<String, String> value) {
        return new WizardState(step, configuration, cursor, scroll, value, target, targetChosen, written, files,
                log, effect, effectKey);
    }

    /** The folder to write into; {@code chosen} when the user picked it, so it no longer follows the name. */
    public WizardState withTarget(Path value, boolean chosen) {
        return new WizardState(step, configuration, cursor, scroll, problems, value, chosen, written, files, log,
                effect, effectKey);
    }

    public WizardState withWritten(Path value) {
        return new WizardState(step, configuration, cursor, scroll, problems, target, targetChosen,
                Optional.of(value), files, log, effect, effectKey);
    }

    public WizardState withFiles(List<String> value) {
        return new WizardState(step, configuration, cursor, scroll, problems, target, targetChosen, written, value,
                log, effect, effectKey);
    }

    public WizardState withLog(List<String> value) {
        return new WizardState(step, configuration, cursor, scroll, problems, target, targetChosen, written, files,
                value, effect, effectKey);
    }

    public WizardState withEffect(Effect value, String key) {
        return new WizardState(step, configuration, cursor, scroll, problems, target, targetChosen, written, files,
                log, value, key);
    }
}
