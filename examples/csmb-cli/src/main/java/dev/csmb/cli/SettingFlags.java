package dev.csmb.cli;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.engine.escape.MessageText;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --setting NAME=VALUE}, repeatable: platform settings for {@code generate} and {@code validate}. They go on
 * top of a configuration file's settings, name by name. Only the syntax is checked here; whether the platform
 * declares the name and allows the value is the engine's validation ({@code settings.<name>}).
 */
final class SettingFlags {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--setting", paramLabel = "NAME=VALUE", order = 30,
            description = {"A platform setting, for example --setting mode=webhook; repeatable.",
                    "`csmb describe <platform>` lists a platform's settings and their values."})
    List<String> settings;

    /** {@code configuration} with these settings put in; a malformed flag is a parameter error (exit 2). */
    BuildConfiguration applyTo(BuildConfiguration configuration) {
        if (settings == null || settings.isEmpty()) {
            return configuration;
        }
        Map<String, String> merged = new TreeMap<>(configuration.settings());
        merged.putAll(parse());
        return configuration.withSettings(merged);
    }

    private Map<String, String> parse() {
        Map<String, String> given = new TreeMap<>();
        for (String flag : settings) {
            int equals = flag.indexOf('=');
            if (equals <= 0 || equals == flag.length() - 1) {
                throw new ParameterException(spec.commandLine(), "--setting " + MessageText.quote(flag)
                        + " must be NAME=VALUE with both parts given, for example --setting mode=webhook");
            }
            String name = flag.substring(0, equals);
            String value = flag.substring(equals + 1);
            String before = given.put(name, value);
            if (before != null && !before.equals(value)) {
                throw new ParameterException(spec.commandLine(), "--setting " + MessageText.name(name)
                        + " is given twice, with " + MessageText.name(before) + " and " + MessageText.name(value)
                        + "; give it once");
            }
        }
        return given;
    }
}
