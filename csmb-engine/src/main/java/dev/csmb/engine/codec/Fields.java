package dev.csmb.engine.codec;

import java.util.List;

/** The wire names of a configuration file's fields, in the order they are written, and the violation codes. */
final class Fields {

    /** The field path used for problems with the file as a whole. */
    static final String FILE = "config";

    static final String PLATFORM = "platform";
    static final String PRIORITIES = "priorities";
    static final String FEATURES = "features";
    static final String TEAM_SIZE = "teamSize";
    static final String COMPLEXITY = "complexity";
    static final String PROJECT_NAME = "projectName";
    static final String DESCRIPTION = "description";
    static final String OPTIONS = "options";
    static final String ALLOW_DOWNGRADES = "allowDowngrades";
    static final String SETTINGS = "settings";
    static final String SESSION_SINK = "sessionSink";

    static final String INCLUDE_TESTS = "includeTests";
    static final String INCLUDE_DOCUMENTATION = "includeDocumentation";
    static final String INCLUDE_DOCKER = "includeDocker";
    static final String INCLUDE_CI = "includeCI";

    static final List<String> TOP_LEVEL = List.of(PLATFORM, PRIORITIES, FEATURES, TEAM_SIZE, COMPLEXITY,
            PROJECT_NAME, DESCRIPTION, OPTIONS, ALLOW_DOWNGRADES, SESSION_SINK, SETTINGS);
    static final List<String> OPTION_FIELDS = List.of(INCLUDE_TESTS, INCLUDE_DOCUMENTATION, INCLUDE_DOCKER,
            INCLUDE_CI);

    static final String FILE_NOT_FOUND = "file-not-found";
    static final String UNREADABLE = "unreadable";
    static final String UNKNOWN_FORMAT = "unknown-format";
    static final String ENCODING = "encoding";
    static final String SYNTAX = "syntax";
    static final String EMPTY = "empty";
    static final String UNKNOWN_FIELD = "unknown-field";
    static final String TYPE = "type";
    static final String UNKNOWN_ID = "unknown-id";
    static final String DUPLICATE = "duplicate";
    static final String REQUIRED = "required";

    private Fields() {
    }

    /** The path of a list entry, for example {@code features[2]} (indexes count from 0). */
    static String entry(String list, int index) {
        return list + "[" + index + "]";
    }

    /** The path of a platform setting, for example {@code settings.mode}; an unusual name is quoted. */
    static String setting(String name) {
        return SETTINGS + "." + MessageText.fieldName(name);
    }

    /** The path of an option, for example {@code options.includeCI}. */
    static String option(String name) {
        return OPTIONS + "." + name;
    }
}
