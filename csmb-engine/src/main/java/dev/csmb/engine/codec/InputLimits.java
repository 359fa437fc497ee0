package dev.csmb.engine.codec;

import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.csmb.api.InvalidInputException;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * How much configuration text csmb reads at most. A configuration is a few hundred bytes; the limits leave room
 * for comments while keeping a hostile upload (a 3 GB file, a 50 MB one-line value, a billion-laughs alias
 * tree, a thousand nested lists) from costing more than a few milliseconds. Sizes are checked before reading.
 */
final class InputLimits {

    /** The largest configuration, in bytes of a file or characters of text: 64 KiB. */
    static final int MAX_SIZE = 64 * 1024;
    /** How deep lists and mappings may nest; a configuration needs two levels. */
    static final int MAX_NESTING = 16;
    /** Aliases are not supported; a few are tolerated so that the reader can name them in a problem. */
    static final int MAX_ALIASES = 10;

    static final String TOO_LARGE = "too-large";

    private InputLimits() {
    }

    /** SnakeYAML's own scanner limits, so the YAML reader stops at the same size even when asked directly. */
    static LoaderOptions yamlLoaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_SIZE);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setAllowDuplicateKeys(true); // Jackson's STRICT_DUPLICATE_DETECTION reports them with a position
        return options;
    }

    /** Jackson's limits for both formats. */
    static StreamReadConstraints streamConstraints() {
        return StreamReadConstraints.builder().maxDocumentLength(MAX_SIZE).maxStringLength(MAX_SIZE)
                .maxNestingDepth(MAX_NESTING).maxNumberLength(100).build();
    }

    /**
     * The problem for a configuration that is too large.
     *
     * @param what what is too large, as the message starts: a file's path, or "the configuration text"
     * @param size how large it is, for example "3221225472 bytes" or "more than 65536 bytes"
     * @param unit the unit of the limit, "bytes" or "characters"
     */
    static InvalidInputException tooLarge(String what, String size, String unit) {
        return Problems.of(Fields.FILE, TOO_LARGE, what + " is " + size + "; the limit is " + MAX_SIZE + " " + unit
                + " (64 KiB), far more than a configuration needs");
    }

    /** The problem for lists or mappings nested deeper than {@link #MAX_NESTING}. */
    static InvalidInputException tooDeep(String at) {
        return Problems.of(Fields.FILE, TOO_LARGE, at + "lists and mappings nest deeper than " + MAX_NESTING
                + " levels, the limit; a configuration needs two");
    }
}
