package dev.csmb.engine.internal.paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.csmb.api.DefinitionException;
import dev.csmb.api.GeneratedFile;
import dev.csmb.engine.write.Solutions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PathRulesTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                 | is empty",
        "/etc/passwd        | is absolute",
        "C:/boot.ini        | contains ':'",
        "src\\index.js      | contains a backslash",
        "../outside.js      | contains '..'",
        "src/../../x        | contains '..'",
        "src/./index.js     | is not normalized",
        "src//index.js      | has an empty segment",
        "src/               | has an empty segment",
        "file.txt:stream    | contains ':'",
        "' '                | has a blank segment",
        "src/ /index.js     | has a blank segment",
        "src/index.js.      | has a segment ending in a space or",
        "con                | uses the Windows device name",
        "src/NUL.txt        | uses the Windows device name",
        "aux.tar.gz         | uses the Windows device name",
        "lib/com1.js        | uses the Windows device name",
        "LPT9               | uses the Windows device name",
        ".git/hooks/pre-commit | writes into a",
        "a/.GIT/config      | writes into a",
    })
    void refusesABadPathAndSaysWhy(String path, String reason) {
        assertThat(PathRules.problem(path)).hasValueSatisfying(p -> assertThat(p).contains(reason));
        assertThatThrownBy(() -> PathRules.check(Solutions.of(GeneratedFile.text("ok.txt", "x"),
                GeneratedFile.text(path, "x"))))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("Platform 'test-platform'")
                .hasMessageContaining("'" + path + "' " + reason);
    }

    @Test
    void refusesBidiAndOtherInvisibleCharactersAndShowsThemEscaped() {
        assertThat(PathRules.problem("\u202e.js")).hasValueSatisfying(p -> assertThat(p).contains("U+202E"));
        assertThat(PathRules.problem("a\u200bb.js")).hasValueSatisfying(p -> assertThat(p).contains("U+200B"));
        assertThat(PathRules.problem("a\u2028b")).isPresent();
        assertThat(PathRules.problem("a\u0085b")).contains("contains a control character");
        assertThat(PathRules.problem("a\ud800b")).hasValueSatisfying(p -> assertThat(p).contains("surrogate"));
        assertThatThrownBy(() -> PathRules.check(Solutions.of(GeneratedFile.text("x\0y\u202e.js", "x"))))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("'x\\u0000y\\u202E.js' contains a NUL character")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\0", "\u202e"));
    }

    @Test
    void refusesNulAndOtherControlCharacters() {
        assertThat(PathRules.problem("a\0b")).contains("contains a NUL character");
        assertThat(PathRules.problem("a\nb")).contains("contains a control character");
        assertThat(PathRules.problem("a\u007fb")).contains("contains a control character");
    }

    @ParameterizedTest
    @ValueSource(strings = {"package.json", ".env.example", ".github/workflows/ci.yml", "src/a..b/c.js",
            "locales/es.json", "docs/señal.md", "..hidden", ".gitignore", ".github/x.yml", "console.js",
            "src/nullable.js", "com10.js", "emoji-\ud83d\ude00.md"})
    void acceptsAGoodPath(String path) {
        assertThat(PathRules.problem(path)).isEmpty();
    }

    @Test
    void refusesDuplicatesCaseTwinsAndFileFolderClashesNamingEach() {
        assertThatThrownBy(() -> PathRules.check(Solutions.of(
                GeneratedFile.text("a.txt", "1"), GeneratedFile.text("a.txt", "2"),
                GeneratedFile.text("README.md", "x"), GeneratedFile.text("readme.md", "y"),
                GeneratedFile.text("src", "file"), GeneratedFile.text("src/index.js", "x"),
                GeneratedFile.text("Lib", "file"), GeneratedFile.text("lib/x.js", "x"))))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("'a.txt' appears twice")
                .hasMessageContaining("'README.md' and 'readme.md' differ only in letter case")
                .hasMessageContaining("'src' is both a file and a folder")
                .hasMessageContaining("'Lib' is both a file and a folder");
    }

    @Test
    void acceptsATypicalProject() {
        assertThatCode(() -> PathRules.check(Solutions.sample())).doesNotThrowAnyException();
    }
}
