package dev.csmb.engine.testkit.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link NodeInstaller} into an empty cache from several threads at once: one complete install, nothing left over. */
class NodeInstallerIT {

    @TempDir
    Path cache;

    @Test
    void installsOnceWhenAskedConcurrently() throws Exception {
        NodeVersion version = NodeReleases.latest(NodeVersionRange.parse("^22.13.0"));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<CompletableFuture<Path>> installs = IntStream.range(0, 3).mapToObj(i -> CompletableFuture.supplyAsync(
                    () -> NodeInstaller.install(NodeReleases.packageName(), version, cache), pool)).toList();

            List<Path> homes = installs.stream().map(CompletableFuture::join).distinct().toList();

            assertThat(homes).containsExactly(cache.resolve(version.toString()));
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> entries = Files.list(cache)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(".lock",
                    version.toString());
        }
        CommandResult probe = CommandRunner.run(List.of(cache.resolve(version + "/bin/node").toString(), "-p",
                "require('node:sqlite') && process.version"), cache, Map.of(), Duration.ofMinutes(1));
        assertThat(probe.tail(1)).as(probe.output()).isEqualTo("v" + version);
    }
}
