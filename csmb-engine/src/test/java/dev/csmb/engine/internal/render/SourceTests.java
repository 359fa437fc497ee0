package dev.csmb.engine.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.GeneratedFile;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A static file is its resource's bytes, shared per path and executable bit for a bounded number of paths. */
class SourceTests {

    @Test
    void theSameStaticFileIsSharedPerPathAndExecutableBit() {
        Source source = Source.ofStatic("console.log('hi…');\n".getBytes(StandardCharsets.UTF_8));

        GeneratedFile file = source.file("a.js", false);

        assertThat(source.file("a.js", false)).isSameAs(file);
        assertThat(source.file("a.js", true)).isNotSameAs(file).satisfies(f -> assertThat(f.executable()).isTrue());
        assertThat(source.file("b.js", false).path()).isEqualTo("b.js");
        assertThat(file.content()).isEqualTo("console.log('hi…');\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void bytesThatAreNotUtf8AreCopiedAsTheyAre() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, (byte) 0xff, (byte) 0xc3};
        Source source = Source.ofStatic(png.clone());

        assertThat(source.file("docs/a.png", false).content()).isEqualTo(png);
        assertThat(source.copy("docs/a.png", false).content()).isEqualTo(png);
        assertThat(source.copy("docs/a.png", false)).isNotSameAs(source.copy("docs/a.png", false));
    }

    @Test
    void pathsBeyondTheBoundStillGetTheirFileButAreNotKept() {
        Source source = Source.ofStatic(new byte[] {'x'});
        for (int i = 0; i < Source.MAX_PATHS; i++) {
            source.file("f" + i, false);
        }

        GeneratedFile beyond = source.file("beyond", false);

        assertThat(beyond.path()).isEqualTo("beyond");
        assertThat(beyond.text()).isEqualTo("x");
        assertThat(source.file("beyond", false)).isNotSameAs(beyond).isEqualTo(beyond);
    }
}
