package dev.csmb.cli.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.Complexity;
import dev.csmb.api.Feature;
import dev.csmb.api.GeneratedFile;
import dev.csmb.api.Priority;
import dev.csmb.api.SessionSink;
import dev.csmb.engine.CsmbEngine;
import dev.csmb.engine.fixtures.EchoGenerator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The step model without a terminal, on the real engine with csmb's platform and a fixture plugin. */
class StepModelTests {

    private static final CsmbEngine ENGINE = CsmbEngine.builder().generator(new EchoGenerator()).build();

    private final StepModel model = new StepModel(ENGINE, v -> v.equals("NOTION_TOKEN"));

    private static WizardState start() {
        BuildConfiguration c = BuildConfiguration.builder("cli-interface")
                .priorities(Priority.SESSION_MANAGEMENT, Priority.ERROR_HANDLING).build();
        return WizardState.start(c, Path.of("/tmp/csmb-wizard-tests/my-bot"), false);
    }

    private WizardState press(WizardState state, Action... actions) {
        WizardState s = state;
        for (Action a : actions) {
            s = model.apply(s, a);
        }
        return s;
    }

    private static int row(List<Row> rows, String key) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new AssertionError("no row " + key + " in " + rows);
    }

    private WizardState at(WizardState state, String key) {
        return state.withCursor(row(model.rows(state), key));
    }

    @Test
    void theIndicatorNamesTheStep() {
        assertThat(Step.FEATURES.indicator(false, true)).isEqualTo("Step 4 of 9 \u2014 Features");
        assertThat(Step.COMPLETE.indicator(true, true)).isEqualTo("Step 9 of 9 - Complete");
        assertThat(Step.SETTINGS.indicator(false, true)).isEqualTo("Step 2 of 9 \u2014 Platform settings");
        // A platform without settings has no settings step, and the count closes over the gap.
        assertThat(Step.PLATFORM.indicator(true, false)).isEqualTo("Step 1 of 8 - Platform");
        assertThat(Step.FEATURES.indicator(false, false)).isEqualTo("Step 3 of 8 \u2014 Features");
        assertThat(Step.COMPLETE.indicator(true, false)).isEqualTo("Step 8 of 8 - Complete");
    }

    @Test
    void platformsComeFromTheEngineAndAPluginAppearsWithItsDescription() {
        List<Row> rows = model.rows(start());

        // The built-in platforms on the class path, sorted by id, and the test plugin.
        assertThat(rows).extracting(Row::key).contains("cli-interface", "discord-js",
                "slack-bolt", "telegram-bot-api", "test-echo", "twitter-api", "web-chat", "whatsapp-web")
                .isSortedAccordingTo(String::compareTo);
        Row echo = rows.get(row(rows, "test-echo"));
        assertThat(echo.label()).isEqualTo("Echo (test-echo)");
        assertThat(echo.description()).startsWith("Echoes the configuration into a few files.");
        assertThat(rows.get(row(rows, "cli-interface")).checked()).isTrue();
    }

    @Test
    void choosingAPlatformPreselectsItsDefaultsAndDropsWhatItLacks() {
        WizardState s = start().withConfiguration(start().configuration().withFeatures(List.of(Feature.WEBHOOKS,
                Feature.CUSTOM_COMMANDS)));

        WizardState chosen = press(at(s, "test-echo"), Action.NEXT);

        assertThat(chosen.step()).isEqualTo(Step.PRIORITIES);
        assertThat(chosen.configuration().platform()).isEqualTo("test-echo");
        assertThat(chosen.configuration().priorities()).containsExactly(Priority.SESSION_MANAGEMENT,
                Priority.ERROR_HANDLING);
        assertThat(chosen.configuration().features()).containsExactly(Feature.CUSTOM_COMMANDS);
        assertThat(chosen.configuration().complexity()).isEqualTo(Complexity.BASIC);
    }

    @Test
    void aPlatformWithSettingsShowsThemWithTheirValuesAndTheDefaultPreselected() {
        WizardState settings = press(at(start(), "telegram-bot-api"), Action.NEXT);

        assertThat(settings.step()).isEqualTo(Step.SETTINGS);
        List<Row> rows = model.rows(settings);
        assertThat(rows).extracting(Row::key).containsExactly("settings.mode");
        Row mode = rows.get(0);
        assertThat(mode.kind()).isEqualTo(Row.Kind.CYCLE);
        assertThat(mode.value()).isEqualTo("polling");
        assertThat(mode.description()).startsWith("How the bot receives updates")
                .contains("polling (default): Long polling", "webhook: ");
        assertThat(settings.configuration().settings()).isEmpty();

        WizardState webhook = press(settings, Action.RIGHT);
        assertThat(model.rows(webhook).get(0).value()).isEqualTo("webhook");
        assertThat(webhook.configuration().settings()).containsExactly(java.util.Map.entry("mode", "webhook"));
        assertThat(press(webhook, Action.RIGHT).configuration().settings()).containsEntry("mode", "polling");
        assertThat(press(settings, Action.LEFT).configuration().settings()).containsEntry("mode", "webhook");

        WizardState priorities = press(webhook, Action.NEXT);
        assertThat(priorities.step()).isEqualTo(Step.PRIORITIES);
        assertThat(priorities.configuration().settings()).containsEntry("mode", "webhook");
        WizardState back = press(priorities, Action.BACK);
        assertThat(back.step()).isEqualTo(Step.SETTINGS);
        assertThat(model.rows(back).get(0).value()).isEqualTo("webhook");
    }

    @Test
    void aPlatformWithoutSettingsHasNoSettingsStepEitherWay() {
        WizardState priorities = press(start(), Action.NEXT);
        assertThat(priorities.step()).isEqualTo(Step.PRIORITIES);
        assertThat(press(priorities, Action.BACK).step()).isEqualTo(Step.PLATFORM);
    }

    @Test
    void switchingPlatformDropsTheOldSettingsAndShowsTheNewDefaults() {
        WizardState telegram = press(press(at(start(), "telegram-bot-api"), Action.NEXT), Action.RIGHT);
        assertThat(telegram.configuration().settings()).containsEntry("mode", "webhook");

        WizardState platform = press(telegram, Action.BACK);
        assertThat(platform.step()).isEqualTo(Step.PLATFORM);
        WizardState slack = press(at(platform, "slack-bolt"), Action.NEXT);

        assertThat(slack.step()).isEqualTo(Step.SETTINGS);
        assertThat(slack.configuration().settings()).isEmpty();
        assertThat(model.rows(slack)).extracting(Row::key, Row::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("settings.mode", "socket"));

        WizardState cli = press(at(press(slack, Action.BACK), "cli-interface"), Action.NEXT);
        assertThat(cli.step()).isEqualTo(Step.PRIORITIES);
        assertThat(cli.configuration().settings()).isEmpty();
    }

    @Test
    void theSessionSinkIsChosenWithTheProjectAndShownInTheReview() {
        WizardState s = start().withStep(Step.PROJECT, 0).withConfiguration(BuildConfiguration.builder("telegram-bot-api")
                .projectName("Sink Bot").description("A bot that keeps sessions.").setting("mode", "webhook").build());
        List<Row> rows = model.rows(s);
        assertThat(rows.get(row(rows, "sessionSink")).value()).isEqualTo("None");

        WizardState notion = press(at(s, "sessionSink"), Action.RIGHT);
        assertThat(notion.configuration().sessionSink()).isEqualTo(SessionSink.NOTION);
        assertThat(press(notion, Action.RIGHT).configuration().sessionSink()).isEqualTo(SessionSink.AIRTABLE);
        assertThat(press(at(s, "sessionSink"), Action.LEFT).configuration().sessionSink())
                .isEqualTo(SessionSink.AIRTABLE);

        WizardState review = press(notion, Action.NEXT);
        assertThat(review.step()).isEqualTo(Step.REVIEW);
        assertThat(StepTexts.review(review, model.platform(review).orElseThrow(), 80))
                .contains("Settings      mode webhook", "Session sink  Notion data source");
    }

    @Test
    void recommendedPrioritiesAreMarked() {
        WizardState s = start().withStep(Step.PRIORITIES, 0);

        assertThat(model.rows(s)).filteredOn(Row::recommended).extracting(Row::key)
                .containsExactly("session-management", "error-handling");
        assertThat(model.rows(s)).extracting(Row::description).allSatisfy(d -> assertThat(d).isNotBlank());
    }

    @Test
    void noPriorityAndFivePrioritiesAreRefusedInPlaceWithTheEnginesRule() {
        WizardState s = start().withStep(Step.PRIORITIES, 0);
        WizardState none = press(at(s, "session-management"), Action.TOGGLE);
        none = press(at(none, "error-handling"), Action.TOGGLE, Action.NEXT);

        assertThat(none.step()).isEqualTo(Step.PRIORITIES);
        assertThat(none.configuration().priorities()).isEmpty();
        assertThat(none.problems()).containsEntry(StepModel.LIST, "choose between 2 and 4 priorities");

        WizardState five = none;
        for (String key : List.of("message-persistence", "session-management", "user-authentication",
                "real-time-sync", "error-handling")) {
            five = press(at(five, key), Action.TOGGLE);
        }
        five = press(five, Action.NEXT);
        assertThat(five.step()).isEqualTo(Step.PRIORITIES);
        assertThat(five.problems()).containsEntry(StepModel.LIST, "choose between 2 and 4 priorities");

        WizardState four = press(at(five, "real-time-sync"), Action.TOGGLE, Action.NEXT);
        assertThat(four.step()).isEqualTo(Step.FEATURES);
        assertThat(four.problems()).isEmpty();
    }

    @Test
    void featuresThePlatformLacksAreDisabledWithTheReasonAndCannotBeChosen() {
        WizardState s = press(at(start(), "test-echo"), Action.NEXT, Action.NEXT);
        assertThat(s.step()).isEqualTo(Step.FEATURES);
        List<Row> rows = model.rows(s);

        assertThat(rows.get(row(rows, "webhooks")).disabledReason()).contains("not supported by Echo");
        assertThat(rows.get(row(rows, "custom-commands")).disabledReason()).isEmpty();

        WizardState refused = press(at(s, "webhooks"), Action.TOGGLE);
        assertThat(refused.configuration().features()).isEmpty();
        assertThat(refused.problems()).containsEntry("webhooks", "Webhooks is not supported by Echo");
    }

    @Test
    void aNameWithASlashIsRefusedInPlaceAndTheWizardContinuesOnceItIsFixed() {
        WizardState s = start().withStep(Step.PROJECT, 0);
        WizardState edit = press(s, Action.NEXT);
        assertThat(edit.effect()).isEqualTo(Effect.EDIT);
        assertThat(edit.effectKey()).isEqualTo(StepModel.NAME);

        WizardState slash = model.setText(edit, StepModel.NAME, "my/bot");
        assertThat(slash.problems().get(StepModel.NAME)).startsWith("may contain only ASCII letters");
        WizardState stuck = press(slash.withCursor(row(model.rows(slash), StepModel.TEAM_SIZE)), Action.NEXT);
        assertThat(stuck.step()).isEqualTo(Step.PROJECT);
        assertThat(stuck.problems()).containsKeys(StepModel.NAME, StepModel.DESCRIPTION);

        WizardState fixed = model.setText(model.setText(stuck, StepModel.NAME, "My Bot"), StepModel.DESCRIPTION,
                "A bot for the model tests.");
        WizardState review = press(fixed.withCursor(row(model.rows(fixed), StepModel.TEAM_SIZE)), Action.RIGHT,
                Action.NEXT);
        assertThat(review.step()).isEqualTo(Step.REVIEW);
        assertThat(review.configuration().teamSize().id()).isEqualTo("small");
        assertThat(review.files()).isEqualTo(ENGINE.generate(review.configuration()).files().stream()
                .map(GeneratedFile::path).toList()).contains("csmb.json");
    }

    @Test
    void backReturnsWithTheAnswersKeptButNotBeforeTheFirstStepOrAfterWriting() {
        WizardState features = press(start(), Action.NEXT, Action.NEXT);
        features = press(at(features, "backup-restore"), Action.TOGGLE);

        WizardState back = press(features, Action.BACK);
        assertThat(back.step()).isEqualTo(Step.PRIORITIES);
        assertThat(back.configuration().features()).containsExactly(Feature.BACKUP_RESTORE);

        WizardState first = press(start(), Action.BACK);
        assertThat(first.step()).isEqualTo(Step.PLATFORM);
        assertThat(first.problems()).containsEntry(StepModel.LIST, "this is the first step");

        WizardState written = start().withStep(Step.PROVISION, 0).withWritten(Path.of("/tmp/x"));
        assertThat(press(written, Action.BACK).step()).isEqualTo(Step.PROVISION);
    }

    @Test
    void theFolderFollowsTheNameUntilChosenAndWritingIsAnEffect() {
        WizardState review = start().withStep(Step.REVIEW, 0).withConfiguration(BuildConfiguration.builder("cli-interface").projectName("Hello World 2")
                .description("A bot for tests.").build());

        WizardState generate = press(review, Action.NEXT);
        assertThat(generate.target()).isEqualTo(Path.of("/tmp/csmb-wizard-tests/hello-world-2"));
        assertThat(press(generate, Action.NEXT).effect()).isEqualTo(Effect.WRITE);

        WizardState chosen = model.setText(generate, StepModel.OUT, "elsewhere");
        assertThat(chosen.target()).isEqualTo(Path.of("/tmp/csmb-wizard-tests/elsewhere"));
        assertThat(chosen.targetChosen()).isTrue();
    }

    @Test
    void provisioningNeedsItsTokenAndSkipGoesToTheLastStep() {
        WizardState s = start().withStep(Step.PROVISION, 0).withWritten(Path.of("/tmp/x"));
        List<Row> rows = model.rows(s);

        assertThat(rows.get(row(rows, "notion")).disabledReason()).isEmpty();
        assertThat(rows.get(row(rows, "airtable")).disabledReason())
                .contains("set AIRTABLE_TOKEN in the environment to use it");
        assertThat(press(at(s, "airtable"), Action.NEXT).step()).isEqualTo(Step.PROVISION);
        assertThat(press(at(s, "notion"), Action.NEXT).effect()).isEqualTo(Effect.PROVISION);
        assertThat(press(s, Action.NEXT).step()).isEqualTo(Step.COMPLETE);
        assertThat(press(start().withStep(Step.COMPLETE, 0), Action.NEXT).effect()).isEqualTo(Effect.FINISH);
    }

    @Test
    void ctrlCIsACancelAtEveryStep() {
        for (Step step : Step.values()) {
            assertThat(press(start().withStep(step, 0), Action.CANCEL).effect()).as(step.name())
                    .isEqualTo(Effect.CANCEL);
        }
    }
}
