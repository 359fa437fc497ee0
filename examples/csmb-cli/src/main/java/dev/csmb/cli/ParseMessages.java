package dev.csmb.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.ParameterException;

/**
 * Rewords picocli's parse errors for people. Most are fine as they are (minus their {@code Error: } prefix);
 * conflicts in argument groups are not: after a nested group matched, picocli reports two exclusive options as
 * "expected only one match but got (…the whole synopsis…)" (remkop/picocli#933). This names the options instead.
 */
final class ParseMessages {

    private ParseMessages() {
    }

    static String message(ParameterException exception, String[] args) {
        String message = strip(exception.getMessage());
        boolean groupConflict = exception instanceof MutuallyExclusiveArgsException
                || message.startsWith("expected only one match");
        if (groupConflict && exception.getCommandLine() != null) {
            return conflict(exception.getCommandLine().getCommandSpec(), args).orElse(message);
        }
        return message;
    }

    private static String strip(String message) {
        String text = message == null ? "invalid arguments" : message;
        return text.startsWith("Error: ") ? text.substring("Error: ".length()) : text;
    }

    /** The first exclusive group of which two members were used, as "--a and --b/--c are mutually exclusive". */
    private static Optional<String> conflict(CommandSpec command, String[] args) {
        List<ArgGroupSpec> groups = new ArrayList<>(command.argGroups());
        for (int i = 0; i < groups.size(); i++) {
            ArgGroupSpec group = groups.get(i);
            groups.addAll(group.subgroups());
            if (!group.exclusive()) {
                continue;
            }
            List<String> used = new ArrayList<>();
            group.options().forEach(option -> used(List.of(option), args).ifPresent(used::add));
            group.subgroups().forEach(sub -> used(sub.allOptionsNested(), args).ifPresent(used::add));
            if (used.size() >= 2) {
                return Optional.of(String.join(" and ", used) + " are mutually exclusive (specify only one)");
            }
        }
        return Optional.empty();
    }

    /** The names of these options that appear in the arguments, joined with '/'. */
    private static Optional<String> used(List<OptionSpec> options, String[] args) {
        Set<String> names = new LinkedHashSet<>();
        for (OptionSpec option : options) {
            for (String arg : args) {
                for (String name : option.names()) {
                    if (arg.equals(name) || arg.startsWith(name + "=")) {
                        names.add(option.longestName());
                    }
                }
            }
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(String.join("/", names));
    }
}
