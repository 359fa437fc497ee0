package dev.csmb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Oversized configuration files through the command line: refused at once, one line, exit 2. */
class InputLimitsTests {

    @TempDir
    Path temp;

    private Path sparse(String name, long size) throws IOException {
        Path file = temp.resolve(name);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
        }
        return file;
    }

    @Test
    void aThreeGigabyteSparseFileIsRefusedWithOneLine() throws IOException {
        Path file = sparse("huge.yaml", 3L * 1024 * 1024 * 1024);

        for (String[] args : new String[][] {{"validate", file.toString()},
                {"generate", "--config", file.toString(), "--dry-run"}}) {
            Cli result = Cli.run(args);

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(CsmbCli.INVALID_INPUT);
            assertThat(result.err().lines()).as(result.toString()).hasSize(1).first().asString()
                    .startsWith("error: config: " + file.toAbsolutePath() + " is 3221225472 bytes; the limit is 65536")
                    .endsWith("[too-large]");
            assertThat(result.hasNoStackTrace()).isTrue();
        }
    }
}
