package dev.csmb.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.csmb.api.PlatformDescriptor;
import dev.csmb.engine.CsmbEngine;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Every benchmark method runs once for every discovered platform and yields a number; nothing is timed here. */
class BenchmarkSmokeTests {

    @Test
    void everyBenchmarkRunsOnceForEveryDiscoveredPlatformAndTheSummaryHasItsFigures() throws Exception {
        List<String> platforms = CsmbEngine.builder().build().platforms().stream().map(PlatformDescriptor::id)
                .toList();
        assertThat(platforms).contains("cli-interface");

        Options options = new OptionsBuilder().parent(BenchmarkMain.options(new CommandLineOptions()))
                .include("dev\\.csmb\\.benchmarks\\..*").forks(0).warmupIterations(0).measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(20)).addProfiler(GCProfiler.class).shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build();
        Collection<RunResult> results = new Runner(options).run();

        Set<String> ran = results.stream().map(r -> r.getParams().getBenchmark().replaceAll(".*\\.", "")
                + "/" + r.getParams().getParam("platform")).collect(Collectors.toSet());
        for (String platform : platforms) {
            assertThat(ran).contains("minimal/" + platform, "everything/" + platform, "engineBuild/" + platform,
                    "firstGenerate/" + platform);
        }
        assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());

        List<String> summary = Summary.lines(results);
        assertThat(summary).hasSize(1 + 2 * platforms.size());
        assertThat(summary.subList(1, summary.size())).allSatisfy(line -> {
            String[] columns = line.trim().split("\\s+");
            assertThat(columns).hasSize(7);
            assertThat(Double.parseDouble(columns[3])).as("output KB in %s", line).isGreaterThan(1);
            assertThat(Double.parseDouble(columns[4])).as("µs/KB in %s", line).isPositive();
            assertThat(Double.parseDouble(columns[5])).as("allocated bytes per call in %s", line).isPositive();
        });
    }

    @Test
    void theCpuTimeCheckReportsEveryPlatformAndShape() {
        List<String> lines = CpuTime.lines(CsmbEngine.builder().build(), 3);

        assertThat(lines).hasSizeGreaterThanOrEqualTo(3);
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> {
            String[] columns = line.trim().split("\\s+");
            assertThat(Double.parseDouble(columns[2])).as("cpu µs/op in %s", line).isPositive();
            assertThat(Double.parseDouble(columns[3])).as("output KB in %s", line).isGreaterThan(1);
        });
    }

    @Test
    void aPlatformNamedOnTheCommandLineIsTheOnlyOneMeasured() throws Exception {
        Options options = BenchmarkMain.options(new CommandLineOptions("-p", "platform=cli-interface"));

        assertThat(options.getParameter("platform").get()).containsExactly("cli-interface");
    }

    @Test
    void everyCallGetsItsOwnNameAndDescription() {
        CsmbEngine engine = CsmbEngine.builder().build();
        PlatformDescriptor platform = engine.platform("cli-interface").orElseThrow();

        for (Shape shape : Shape.values()) {
            assertThat(shape.configuration(platform, 1)).isNotEqualTo(shape.configuration(platform, 2));
            assertThat(shape.configuration(platform, 1).projectName())
                    .isNotEqualTo(shape.configuration(platform, 2).projectName());
            assertThat(engine.validate(shape.configuration(platform, 35)).isValid()).isTrue();
        }
    }
}
