package dev.csmb.engine.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.csmb.api.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ConfigurationCodec#read(Path)} and {@link ConfigurationCodec#readDraft(Path)}: files and their problems. */
class ConfigurationCodecFileTests {

    private final ConfigurationCodec codec = TestPlatforms.codec();

    @TempDir
    Path dir;

    @Test
    void readsJsonAndYamlFilesByExtension() throws IOException {
        Path json = Files.writeString(dir.resolve("bot.json"),
                "{\"platform\": \"cli-interface\", \"projectName\": \"B\"}");
        Path yaml = Files.writeString(dir.resolve("bot.YML"), "platform: cli-interface\nprojectName: B\n");
        assertThat(codec.read(json)).isEqualTo(codec.read(yaml));
        assertThat(codec.read(json).projectName()).isEqualTo("B");
    }

    @Test
    void aMissingFileIsReportedWithItsPath() {
        Path missing = dir.resolve("nope.yaml");
        Violation v = Violations.single(() -> codec.read(missing));
        assertThat(v).extracting(Violation::field, Violation::code).containsExactly("config", "file-not-found");
        assertThat(v.message()).isEqualTo("configuration file not found: " + missing);
    }

    @Test
    void anUnknownExtensionIsReportedBeforeReading() {
        Violation v = Violations.single(() -> codec.read(dir.resolve("bot.toml")));
        assertThat(v).extracting(Violation::field, Violation::code).containsExactly("config", "unknown-format");
        assertThat(v.message()).contains("bot.toml", ".json, .yaml or .yml");
    }

    @Test
    void aFolderIsNotAConfigurationFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("config.json"));
        assertThat(Violations.single(() -> codec.read(folder)).code()).isEqualTo("unreadable");
    }

    @Test
    void textThatIsNotUtf8IsReported() throws IOException {
        Path latin1 = Files.write(dir.resolve("bot.yaml"),
                "platform: cli-interface\nprojectName: Caf\u00E9\n".getBytes(StandardCharsets.ISO_8859_1));
        Violation v = Violations.single(() -> codec.read(latin1));
        assertThat(v).extracting(Violation::field, Violation::code).containsExactly("config", "encoding");
    }

    @Test
    void fileProblemsAndContentProblemsLookTheSame() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"),
                "{\n  \"platform\": \"cli-interface\",\n  \"projectName\": \"B\",\n  \"x\": 1\n}");
        Violation v = Violations.single(() -> codec.read(bad));
        assertThat(v).extracting(Violation::field, Violation::code).containsExactly("x", "unknown-field");
    }

    @Test
    void readDraftKeepsIdsUnresolvedButChecksShape() throws IOException {
        Path file = Files.writeString(dir.resolve("d.yaml"), "platform: somewhere\nfeatures: [made-up]\n");
        ConfigurationDraft draft = codec.readDraft(file);
        assertThat(draft.platform()).isEqualTo("somewhere");
        assertThat(draft.features()).containsExactly("made-up");
        assertThat(draft.projectName()).isNull();
        Path wrong = Files.writeString(dir.resolve("w.yaml"), "features: made-up\n");
        assertThat(Violations.single(() -> codec.readDraft(wrong)).code()).isEqualTo("type");
    }

    @Test
    void rejectsNullArguments() {
        assertThatNullPointerException().isThrownBy(() -> codec.read((Path) null)).withMessage("file must not be null");
        assertThatNullPointerException().isThrownBy(() -> codec.read("{}", null))
                .withMessage("format must not be null");
        assertThatNullPointerException().isThrownBy(() -> new ConfigurationCodec(null))
                .withMessage("platforms must not be null");
    }
}
