package dev.csmb.platform.cli;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.Complexity;
import dev.csmb.api.Feature;
import dev.csmb.api.GeneratedSolution;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.api.Priority;
import dev.csmb.api.TeamSize;
import dev.csmb.engine.CsmbEngine;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Measures the budgets of docs/architecture.md that run inside a JVM: engine build (discovery and template
 * compilation) and warm {@code generate} for every discovered platform with every feature, single thread, plus the
 * heap after generating many projects. A plain {@code main}, not a test: timings are reported, never asserted, and
 * {@code mvn verify} does not run it. How to run it and the numbers measured: docs/benchmarks.md.
 */
public final class GenerationBenchmark {

    private static final int BUILDS = 50;

    private GenerationBenchmark() {
    }

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;

        long start = System.nanoTime();
        CsmbEngine engine = CsmbEngine.builder().build();
        double firstBuild = millis(System.nanoTime() - start);
        long[] builds = new long[BUILDS];
        for (int i = 0; i < BUILDS; i++) {
            long t = System.nanoTime();
            CsmbEngine.builder().build();
            builds[i] = System.nanoTime() - t;
        }
        System.out.printf(Locale.ROOT, "engine build: first %.1f ms (cold JVM), warm median %.2f ms over %d builds%n",
                firstBuild, millis(median(builds)), BUILDS);

        for (PlatformDescriptor platform : engine.platforms()) {
            BuildConfiguration configuration = everything(platform);
            long cold = System.nanoTime();
            engine.generate(configuration);
            System.out.printf(Locale.ROOT, "first generate %s: %.1f ms (cold: validator bootstrap, template loading)%n",
                    platform.id(), millis(System.nanoTime() - cold));
            for (int i = 0; i < iterations; i++) {
                engine.generate(configuration); // warm-up: JIT, template caches
            }
            long heapBefore = usedHeapAfterGc();
            long[] times = new long[iterations];
            int files = 0;
            long bytes = 0;
            for (int i = 0; i < iterations; i++) {
                long t = System.nanoTime();
                GeneratedSolution solution = engine.generate(configuration);
                times[i] = System.nanoTime() - t;
                files = solution.files().size();
                bytes = solution.files().stream().mapToLong(f -> f.content().length).sum();
            }
            long heapAfter = usedHeapAfterGc();
            Arrays.sort(times);
            System.out.printf(Locale.ROOT, "generate %s (%d files, %d KiB): median %.3f ms, p90 %.3f ms, p99 %.3f ms"
                            + " over %d warm runs; heap after GC %d KiB before, %d KiB after%n",
                    platform.id(), files, bytes / 1024, millis(times[iterations / 2]),
                    millis(times[iterations * 9 / 10]), millis(times[iterations * 99 / 100]), iterations,
                    heapBefore / 1024, heapAfter / 1024);
        }
    }

    /** The largest project a platform makes: every feature it supports, four priorities, expert, enterprise. */
    static BuildConfiguration everything(PlatformDescriptor platform) {
        return BuildConfiguration.builder(platform.id()).projectName("Benchmark Bot")
                .description("The largest project this platform generates.")
                .priorities(List.of(Priority.MESSAGE_PERSISTENCE, Priority.SESSION_MANAGEMENT, Priority.ERROR_HANDLING,
                        Priority.SCALABILITY))
                .features(platform.supportedFeatures().isEmpty() ? EnumSet.noneOf(Feature.class)
                        : EnumSet.copyOf(platform.supportedFeatures()))
                .complexity(Complexity.EXPERT).teamSize(TeamSize.ENTERPRISE).build();
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
