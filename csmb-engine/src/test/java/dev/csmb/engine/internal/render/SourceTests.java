package dev.csmb.engine.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.GeneratedFile;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A static file is shared per path and executable bit, for a bounded number of paths. */
class SourceTests {

    @Test
    void theSameStaticFileIsSharedPerPathAndExecutableBit() {
        Source source = Source.ofStatic("console.log('hi…');\n");

        GeneratedFile file = source.file("a.js", false);

        assertThat(source.file("a.js", false)).isSameAs(file);
        assertThat(source.file("a.js", true)).isNotSameAs(file).satisfies(f -> assertThat(f.executable()).isTrue());
        assertThat(source.file("b.js", false).path()).isEqualTo("b.js");
        assertThat(file.content()).isEqualTo("console.log('hi…');\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void pathsBeyondTheBoundStillGetTheirFileButAreNotKept() {
        Source source = Source.ofStatic("x");
        for (int i = 0; i < Source.MAX_PATHS; i++) {
            source.file("f" + i, false);
        }

        GeneratedFile beyond = source.file("beyond", false);

        assertThat(beyond.path()).isEqualTo("beyond");
        assertThat(beyond.text()).isEqualTo("x");
        assertThat(source.file("beyond", false)).isNotSameAs(beyond).isEqualTo(beyond);
    }
}
