package dev.csmb.engine.codec;

import static dev.csmb.engine.codec.ConfigurationFormat.JSON;
import static dev.csmb.engine.codec.ConfigurationFormat.YAML;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.csmb.api.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link ConfigurationCodec} reports for text that is not a good configuration: field, code and message. */
class ConfigurationCodecProblemTests {

    private final ConfigurationCodec codec = TestPlatforms.codec();

    @Test
    void jsonSyntaxErrorNamesLineColumnAndWhatWasExpected() {
        Violation v = Violations.single(() -> codec.read("{\n  \"platform\": \"cli-interface\",\n  \"projectName\": }",
                JSON));
        assertThat(v.field()).isEqualTo("config");
        assertThat(v.code()).isEqualTo("syntax");
        assertThat(v.message()).startsWith("line 3, column 18: ").contains("expected a valid value");
    }

    @Test
    void unterminatedJsonSaysWhereTheObjectStartedWithoutParserInternals() {
        Violation v = Violations.single(() -> codec.read("{\"platform\": \"cli-interface\"", JSON));
        assertThat(v.message()).startsWith("line 1, column 29: ").contains("line 1, column 1")
                .doesNotContain("Source", "REDACTED", "StreamReadFeature");
    }

    @Test
    void yamlSyntaxErrorNamesLineColumnAndWhatWasExpected() {
        Violation v = Violations.single(() -> codec.read("platform: cli-interface\n projectName: x\n", YAML));
        assertThat(v.code()).isEqualTo("syntax");
        assertThat(v.message()).isEqualTo("line 2, column 13: mapping values are not allowed here");
        Violation flow = Violations.single(() -> codec.read("platform: cli-interface\nfeatures: [webhooks,\n", YAML));
        assertThat(flow.message()).startsWith("line 3, column 1: expected the node content")
                .contains("while parsing a flow node");
    }

    @Test
    void aControlCharacterInYamlIsNamedWithItsPosition() {
        Violation v = Violations.single(() -> codec.read("platform: cli-interface\nprojectName: B\u0001t\n", YAML));
        assertThat(v.code()).isEqualTo("syntax");
        assertThat(v.message()).isEqualTo("line 2, column 15: the character U+0001 is not allowed in YAML; inside "
                + "double quotes, write it as the escape \\u0001");
    }

    @Test
    void moreThanOneDocumentIsASyntaxError() {
        Violation v = Violations.single(() -> codec.read("platform: a\n---\nplatform: b\n", YAML));
        assertThat(v.message()).startsWith("line 3, column 1: expected the end");
        Violation json = Violations.single(() -> codec.read("{} {}", JSON));
        assertThat(json.message()).startsWith("line 1, column 4: ");
    }

    @Test
    void emptyTextAndNonObjectsAreReportedOnTheFile() {
        assertThat(Violations.single(() -> codec.read("  \n", JSON)))
                .extracting(Violation::field, Violation::code).containsExactly("config", "empty");
        assertThat(Violations.single(() -> codec.read("# nothing\n", YAML)).code()).isEqualTo("empty");
        Violation list = Violations.single(() -> codec.read("- a\n- b\n", YAML));
        assertThat(list.code()).isEqualTo("type");
        assertThat(list.message()).contains("must be an object", "found a list");
    }

    @Test
    void unknownFieldsAreListedWithTheKnownOnesAndASuggestion() {
        List<Violation> vs = Violations.of(() -> codec.read(
                "{\"platform\": \"cli-interface\", \"projectName\": \"Bot\", \"teamsize\": \"solo\", \"colour\": 1, "
                        + "\"options\": {\"includeDocs\": true}}", JSON));
        assertThat(vs).extracting(Violation::field, Violation::code).containsExactly(
                tuple("colour", "unknown-field"), tuple("options.includeDocs", "unknown-field"),
                tuple("teamsize", "unknown-field"));
        assertThat(vs.get(2).message()).contains("did you mean \"teamSize\"?").contains("known fields: platform, "
                + "priorities, features, teamSize, complexity, projectName, description, options, allowDowngrades, "
                + "sessionSink, settings");
        assertThat(vs.get(0).message()).doesNotContain("did you mean");
        assertThat(vs.get(1).message()).contains("includeTests, includeDocumentation, includeDocker, includeCI");
    }

    @Test
    void anEmptyFieldNameIsReportedOnTheObjectHoldingIt() {
        List<Violation> vs = Violations.of(() -> codec.read("{\"platform\": \"cli-interface\", \"projectName\": \"B\", "
                + "\"\": 1, \"options\": {\"\": true}}", JSON));
        assertThat(vs).extracting(Violation::field, Violation::code).containsExactly(
                tuple("config", "unknown-field"), tuple("options", "unknown-field"));
        assertThat(vs.get(0).message()).startsWith("has a field with an empty name; known fields: platform, ");
    }

    @Test
    void wrongTypesNameTheFieldPathAndTheExpectedType() {
        List<Violation> vs = Violations.of(() -> codec.read("""
                platform: cli-interface
                projectName: 1234
                priorities: session-management
                features: [webhooks, 3, {a: b}]
                options:
                  includeCI: "yes"
                allowDowngrades: 1
                """, YAML));
        assertThat(vs).extracting(Violation::field, Violation::code).containsExactly(
                tuple("allowDowngrades", "type"), tuple("features[1]", "type"), tuple("features[2]", "type"),
                tuple("options.includeCI", "type"), tuple("priorities", "type"), tuple("projectName", "type"));
        assertThat(vs.get(0).message()).isEqualTo("must be true or false; found a number (1)");
        assertThat(vs.get(1).message()).isEqualTo("must be a feature id (a string); found a number (3) "
                + "(in YAML, put the value in quotes)");
        assertThat(vs.get(2).message()).contains("found an object");
        assertThat(vs.get(3).message()).isEqualTo("must be true or false; found a string");
        assertThat(vs.get(4).message()).startsWith("must be a list of priority ids, for example [");
        assertThat(vs.get(5).message()).startsWith("must be a string; found a number (1234)");
    }

    @Test
    void optionsMustBeAnObject() {
        Violation v = Violations.single(() -> codec.read("{\"platform\": \"cli-interface\", \"projectName\": \"B\", "
                + "\"options\": [true]}", JSON));
        assertThat(v.field()).isEqualTo("options");
        assertThat(v.message()).contains("must be an object", "includeCI", "found a list");
    }

    @Test
    void everyUnknownIdIsReportedOnItsEntryWithTheValidIds() {
        List<Violation> vs = Violations.of(() -> codec.read("{\"platform\": \"cli-interface\", \"projectName\": \"B\", "
                + "\"priorities\": [\"session-management\", \"speed\"], "
                + "\"features\": [\"webhooks\", \"web-hooks\", \"ai\"], \"teamSize\": \"huge\", \"complexity\": \"\"}",
                JSON));
        assertThat(vs).extracting(Violation::field, Violation::code).containsExactly(
                tuple("complexity", "unknown-id"), tuple("features[1]", "unknown-id"),
                tuple("features[2]", "unknown-id"),
                tuple("priorities[1]", "unknown-id"), tuple("teamSize", "unknown-id"));
        assertThat(vs.get(1).message()).isEqualTo("\"web-hooks\" is not a feature (did you mean \"webhooks\"?); "
                + "valid ids: "
                + "conversation-branching, context-awareness, multi-language, file-attachments, custom-commands, "
                + "webhooks, ai-integration, backup-restore");
        assertThat(vs.get(4).message()).contains("\"huge\" is not a team size",
                "solo, small, medium, large, enterprise");
    }

    @Test
    void textFromTheFileIsQuotedOnOneLineInMessagesAndPaths() {
        List<Violation> vs = Violations.of(() -> codec.read("platform: cli-interface\nprojectName: B\n"
                + "complexity: \"a\\nb\\u202E\"\n\"odd key\\n\": 1\n", YAML));
        assertThat(vs).extracting(Violation::field, Violation::message).containsExactly(
                tuple("\"odd key\\n\"", "is not a known field; known fields: platform, priorities, features, "
                        + "teamSize, complexity, projectName, description, options, allowDowngrades, sessionSink, settings"),
                tuple("complexity", "\"a\\nb\\u202E\" is not a complexity; valid ids: basic, intermediate, "
                        + "advanced, expert"));
    }

    @Test
    void duplicateIdsAndDuplicateKeysAreReported() {
        Violation ids = Violations.single(() -> codec.read("platform: cli-interface\nprojectName: B\n"
                + "features: [webhooks, backup-restore, webhooks]\n", YAML));
        assertThat(ids).extracting(Violation::field, Violation::code).containsExactly("features[2]", "duplicate");
        assertThat(ids.message()).contains("\"webhooks\" is listed twice (first as features[0])");
        Violation key = Violations.single(() -> codec.read("platform: a\noptions:\n  includeCI: true\n"
                + "  includeCI: false\n", YAML));
        assertThat(key).extracting(Violation::field, Violation::code).containsExactly("options.includeCI", "duplicate");
        assertThat(key.message()).startsWith("line 4, column ").contains("\"includeCI\" is given twice");
        Violation top = Violations.single(() -> codec.read("{\"platform\": \"a\", \"platform\": \"b\"}", JSON));
        assertThat(top).extracting(Violation::field, Violation::code).containsExactly("platform", "duplicate");
    }

    @Test
    void missingRequiredValuesAreReportedTogetherWithOtherProblems() {
        List<Violation> vs = Violations.of(() -> codec.read("{\"features\": [\"nope\"], \"allowDowngrades\": \"no\"}",
                JSON));
        assertThat(vs).extracting(Violation::field, Violation::code).containsExactly(
                tuple("allowDowngrades", "type"), tuple("features[0]", "unknown-id"), tuple("platform", "required"),
                tuple("projectName", "required"));
    }

    @Test
    void aWronglyTypedFieldIsNotAlsoReportedAsMissing() {
        List<Violation> vs = Violations.of(() -> codec.read("{\"platform\": 7, \"projectName\": [\"x\"], "
                + "\"priorities\": [1]}", JSON));
        assertThat(vs).extracting(Violation::field, Violation::code).containsExactly(
                tuple("platform", "type"), tuple("priorities[0]", "type"), tuple("projectName", "type"));
    }
}
