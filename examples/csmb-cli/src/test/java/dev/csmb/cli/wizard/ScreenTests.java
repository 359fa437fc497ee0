package dev.csmb.cli.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.engine.CsmbEngine;
import dev.csmb.engine.fixtures.EchoGenerator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every step drawn at 80×24 and at a small size: fits, shows its indicator and keys; plain mode is ASCII. */
class ScreenTests {

    private static final CsmbEngine ENGINE = CsmbEngine.builder().generator(new EchoGenerator()).build();
    private final StepModel model = new StepModel(ENGINE, v -> false);

    private WizardState at(Step step) {
        BuildConfiguration c = BuildConfiguration.builder("test-echo").projectName("Screen Bot")
                .description("A bot drawn on a small screen, with a description long enough to need wrapping "
                        + "twice on a narrow terminal.").build();
        WizardState s = WizardState.start(c, Path.of("/tmp/screen-bot"), false).withStep(step, 0)
                .withFiles(model.files(c)).withProblems(java.util.Map.of(StepModel.LIST, "a problem shown under "
                        + "the list, long enough that it has to wrap on a narrow screen of sixty columns"));
        return step.ordinal() >= Step.PROVISION.ordinal() ? s.withWritten(Path.of("/tmp/screen-bot")) : s;
    }

    private List<String> draw(Step step, boolean plain, int width, int height) {
        WizardState s = at(step);
        List<String> text = switch (step) {
            case REVIEW -> StepTexts.review(s, model.platform(s).orElseThrow(), width);
            case COMPLETE -> StepTexts.complete(ENGINE.generate(s.configuration()), Path.of("/tmp/screen-bot"),
                    List.of());
            default -> List.of();
        };
        List<String> lines = new ArrayList<>();
        for (AttributedString line : new Screen(plain).render(s, model.hasSettings(s), model.rows(s), text, width, height)) {
            lines.add(line.toString());
        }
        return lines;
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    void fitsEightyByTwentyFourAndSmaller(Step step) {
        for (int[] size : new int[][] {{80, 24}, {60, 16}}) {
            List<String> lines = draw(step, false, size[0], size[1]);

            assertThat(lines).as("%s at %sx%s", step, size[0], size[1]).hasSize(size[1])
                    .allSatisfy(l -> assertThat(l.length()).isLessThan(size[0]));
            assertThat(lines.get(0)).contains(step.indicator(false, false));
            assertThat(lines.get(size[1] - 1)).contains("Ctrl-C quit");
        }
    }

    @org.junit.jupiter.api.Test
    void theReviewScrollsToItsLastFileAndNoFurther() {
        BuildConfiguration c = BuildConfiguration.builder("cli-interface").projectName("Long Review")
                .description("Enough files to scroll.").build();
        WizardState s = WizardState.start(c, Path.of("/tmp/long-review"), false).withStep(Step.REVIEW, 0)
                .withFiles(model.files(c)).withScroll(1000);
        List<String> text = StepTexts.review(s, model.platform(s).orElseThrow(), 80);
        Screen screen = new Screen(true);

        int clamped = screen.scroll(s, List.of(), text, 80, 24);
        List<String> lines = screen.render(s.withScroll(clamped), false, List.of(), text, 80, 24).stream()
                .map(AttributedString::toString).toList();

        assertThat(clamped).isLessThan(text.size()).isPositive();
        assertThat(lines).contains(text.get(text.size() - 1), "  (end; Up to scroll back)");
        assertThat(screen.scroll(s.withScroll(clamped - 1), List.of(), text, 80, 24)).isEqualTo(clamped - 1);
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    void plainModeIsAscii(Step step) {
        List<String> lines = draw(step, true, 80, 24);

        assertThat(String.join("\n", lines)).matches("[\\x20-\\x7e\\n]*");
        assertThat(lines.get(0)).contains(step.indicator(true, false));
    }

    @org.junit.jupiter.api.Test
    void telegramsSettingsStepShowsEveryValueWithItsDescriptionAndCountsNineSteps() {
        BuildConfiguration c = BuildConfiguration.builder("telegram-bot-api").setting("mode", "webhook").build();
        WizardState s = WizardState.start(c, Path.of("/tmp/screen-bot"), false).withStep(Step.SETTINGS, 0);
        List<String> lines = new Screen(false).render(s, model.hasSettings(s), model.rows(s), List.of(), 80, 24)
                .stream().map(AttributedString::toString).toList();
        String all = String.join(" ", lines).replaceAll("\\s+", " ");

        assertThat(lines.get(0)).contains("Step 2 of 9 \u2014 Platform settings");
        // Each value on a line of its own, under the setting's description.
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("        polling (default): Long polling"))
                .anySatisfy(l -> assertThat(l).startsWith("        webhook: "));
        assertThat(all).contains("\u276f mode: \u25c2 webhook \u25b8", "How the bot receives updates from Telegram.",
                "polling (default): Long polling", "webhook: ", "\u2190\u2192 change");
    }

    @ParameterizedTest
    @EnumSource(value = Step.class, names = {"PRIORITIES", "PROJECT"})
    void theProblemIsShownInFull(Step step) {
        String all = String.join(" ", draw(step, true, 60, 24)).replaceAll("\\s+", " ");

        assertThat(all).contains("! a problem shown under the list, long enough that it has to wrap on a narrow "
                + "screen of sixty columns");
    }
}
