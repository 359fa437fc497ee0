package dev.csmb.integrations.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.csmb.integrations.Configurations;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SessionSchemasTests {

    private static List<String> names(SessionSchema schema) {
        return schema.fields().stream().map(SessionField::name).toList();
    }

    @Test
    void everyConfigurationGetsTheCoreFieldsTitleFirst() {
        SessionSchema schema = SessionSchemas.forConfiguration(Configurations.minimal());

        assertThat(schema.tableName()).isEqualTo("Chat Sessions");
        assertThat(names(schema)).containsExactly("Session", "Platform", "Status", "User", "Started",
                "Last Activity", "Summary", "Messages", "Duration", "Tags", "Follow-up", "Scope");
        assertThat(schema.title().kind()).isEqualTo(FieldKind.TITLE);
        assertThat(schema.field("platform").orElseThrow().options()).containsExactly("cli-interface");
        assertThat(schema.field("Status").orElseThrow().options())
                .containsExactly("active", "paused", "completed", "archived");
    }

    @Test
    void prioritiesAndFeaturesAddTheirFields() {
        SessionSchema schema = SessionSchemas.forConfiguration(Configurations.full());

        assertThat(names(schema)).contains("Role", "Errors", "Instance", "Branch", "Context Messages", "Language",
                "Attachments", "Commands Used", "Webhook Events", "AI Replies", "Last Backup")
                .doesNotContain("Scope");
        assertThat(schema.field("Language").orElseThrow().options()).containsExactly("en", "es", "de");
    }

    @Test
    void theSameConfigurationGivesTheSameSchema() {
        assertThat(SessionSchemas.forConfiguration(Configurations.full()))
                .isEqualTo(SessionSchemas.forConfiguration(Configurations.full()));
    }

    @Test
    void fieldsKeepTheServicesLimits() {
        List<String> tooMany = IntStream.range(0, 101).mapToObj(i -> "o" + i).toList();
        assertThatThrownBy(() -> SessionField.select("Tags", FieldKind.MULTI_SELECT, tooMany, ""))
                .hasMessage("Tags: at most 100 options");
        assertThatThrownBy(() -> SessionField.select("Tags", FieldKind.SELECT, List.of("a,b"), ""))
                .hasMessageContaining("without commas");
        assertThatThrownBy(() -> SessionField.of("x".repeat(101), FieldKind.TEXT, ""))
                .hasMessageContaining("1 to 100 characters");
        assertThatThrownBy(() -> new SessionSchema("T", List.of(SessionField.of("A", FieldKind.TEXT, ""))))
                .hasMessage("the first field must be the title");
        assertThatThrownBy(() -> new SessionSchema("T", List.of(SessionField.of("A", FieldKind.TITLE, ""),
                SessionField.of("a", FieldKind.TEXT, "")))).hasMessage("field names must be unique: a");
    }
}
