package dev.csmb.engine.escape;

import dev.csmb.engine.testkit.HostileStrings;
import dev.csmb.engine.testkit.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * One generated input of a property test, knowing the seed it came from so that every display name and
 * assertion message says how to reproduce it.
 *
 * @param seed  the generator's seed
 * @param index the input's position in the sample
 * @param input the hostile string
 */
record PropertyCase(long seed, int index, String input) {

    /** How many inputs each property is checked against. */
    static final int SAMPLE_SIZE = 400;

    /** This run's sample. */
    static List<PropertyCase> sample() {
        long seed = Seeds.seed();
        List<String> inputs = HostileStrings.sample(seed, SAMPLE_SIZE);
        List<PropertyCase> cases = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            cases.add(new PropertyCase(seed, i, inputs.get(i)));
        }
        return List.copyOf(cases);
    }

    /** A container named after the property and the seed, with one test per case. */
    static Stream<DynamicNode> check(String property, List<PropertyCase> cases, Consumer<PropertyCase> check) {
        String seed = cases.isEmpty() ? "" : " [" + Seeds.label(cases.get(0).seed()) + "]";
        return Stream.of(DynamicContainer.dynamicContainer(property + seed,
                cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check.accept(c)))));
    }

    /** The display name: index and a printable, shortened form of the input. */
    String name() {
        String shown = HostileStrings.describe(input);
        return "#" + index + " " + (shown.length() > 70 ? shown.substring(0, 67) + "..." : shown);
    }

    /** What to put in an assertion message. */
    String context() {
        return Seeds.label(seed) + ", case #" + index + ", input " + HostileStrings.describe(input);
    }
}
