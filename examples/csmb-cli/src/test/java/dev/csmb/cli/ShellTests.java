package dev.csmb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShellTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "/tmp/my-bot|/tmp/my-bot",
            "/tmp/My Bot|'/tmp/My Bot'",
            "/tmp/it's|'/tmp/it'\\''s'",
            "/tmp/$HOME|'/tmp/$HOME'",
            "/tmp/a;rm -rf b|'/tmp/a;rm -rf b'"})
    void quotesWhatTheShellWouldInterpret(String text, String quoted) {
        assertThat(Shell.quote(text)).isEqualTo(quoted);
    }
}
