package dev.csmb.cli.wizard;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.GeneratedSolution;
import dev.csmb.api.GenerationOptions;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.engine.CsmbEngine;
import dev.csmb.engine.escape.MessageText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The read-only text of the review (step 5) and the last step (step 8), as plain lines. */
final class StepTexts {

    private StepTexts() {
    }

    /** The whole configuration, then the files that will be generated, two to a line. */
    static List<String> review(WizardState state, PlatformDescriptor platform, int width) {
        BuildConfiguration c = state.configuration();
        GenerationOptions o = c.options();
        List<String> lines = new ArrayList<>();
        lines.add("Platform      " + platform.displayName() + " (" + c.platform() + ")");
        lines.add("Settings      " + SettingRows.summary(platform, c));
        lines.add("Priorities    " + StepModel.labels(c.priorities()));
        lines.add("Features      " + StepModel.labels(c.features()));
        lines.add("Team size     " + c.teamSize().label() + "    Complexity  " + c.complexity().label());
        lines.add("Project name  " + MessageText.printable(c.projectName()));
        lines.add("Description   " + MessageText.printable(c.description()));
        lines.add("Session sink  " + c.sessionSink().label());
        lines.add("Options       tests " + onOff(o.includeTests()) + ", docs " + onOff(o.includeDocumentation())
                + ", Docker " + onOff(o.includeDocker()) + ", CI " + onOff(o.includeCI()));
        lines.add("");
        lines.add(state.files().size() + " files will be generated:");
        int column = Math.max(20, (width - 2) / 2);
        for (int i = 0; i < state.files().size(); i += 2) {
            String left = "  " + state.files().get(i);
            String right = i + 1 < state.files().size() ? state.files().get(i + 1) : "";
            lines.add(right.isEmpty() ? left : pad(left, column) + " " + right);
        }
        return lines;
    }

    /** The setup steps of the platform, the exact commands to run next and the estimated time. */
    static List<String> complete(GeneratedSolution solution, Path written, List<String> log) {
        List<String> lines = new ArrayList<>();
        lines.add("Generated " + solution.files().size() + " files into " + MessageText.printable(written.toString()));
        lines.add("Estimated setup time: " + solution.estimatedTime() + " (" + solution.complexity().label()
                .toLowerCase(java.util.Locale.ROOT) + ")");
        lines.add("");
        lines.add("Setup:");
        for (int i = 0; i < solution.setupSteps().size(); i++) {
            lines.add("  " + (i + 1) + ". " + solution.setupSteps().get(i));
        }
        lines.add("");
        lines.add("Next, run:");
        lines.add("  cd " + dev.csmb.cli.Shell.quote(written.toString()));
        lines.add("  npm install");
        if (solution.configuration().options().includeTests()) {
            lines.add("  npm test");
        }
        lines.add("  npm start");
        if (!log.isEmpty()) {
            lines.add("");
            lines.addAll(log);
        }
        return lines;
    }

    private static String onOff(boolean value) {
        return value ? "on" : "off";
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    /** The engine's in-memory generation for the last step; deterministic, so equal to what was written. */
    static GeneratedSolution solution(CsmbEngine engine, BuildConfiguration configuration) {
        return engine.generate(configuration);
    }
}
