package dev.csmb.engine.codec;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.api.Stable;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads and writes build configurations as JSON or YAML. Problems (malformed text, unknown field, unknown id,
 * missing value) are thrown as {@link dev.csmb.api.InvalidInputException} whose violations name the field and,
 * for syntax errors, the line and column. For any text, that is the only exception reading throws.
 *
 * <p>Violation codes: on field {@code config} (the file as a whole) {@code file-not-found}, {@code unreadable},
 * {@code unknown-format}, {@code encoding} (not UTF-8), {@code too-large} (more than 64 KiB, or lists nested
 * deeper than 16 levels; checked before the text is read or parsed), {@code syntax}, {@code empty}; on a field
 * {@code unknown-field}, {@code type}, {@code duplicate} (a key given twice, or an id listed twice),
 * {@code unknown-id} and {@code required}. List entries are named {@code features[2]}, counting from 0; options
 * {@code options.includeCI}; platform settings {@code settings.mode}. An explicit {@code null} counts as not given.
 *
 * <p>Platform settings ({@code settings: {mode: webhook}}) are read as names to string values; whether the platform
 * declares the name and allows the value is checked by the engine's {@code validate} ({@code unknown-setting},
 * {@code unknown-setting-value}), where their defaults are applied too. They are written back only when there are
 * any, sorted by name.
 *
 * <p>Defaults: complexity comes from the platform's descriptor ({@code basic} when the platform is unknown);
 * priorities not given are read as none, which the engine replaces with the platform's default priorities when
 * it validates or generates (one place for every entry point); team size is {@code solo}, every option is on, downgrades
 * are not allowed, and the description is "A &lt;platform display name&gt; built with csmb.". Sizes and patterns
 * are not checked here; the engine's validator does that.
 *
 * <p>YAML is read by SnakeYAML through Jackson: {@code yes}, {@code no}, {@code on} and {@code off} are booleans
 * (YAML 1.1), and anchors and aliases are not supported (an alias reads as its name). Writing gives the same
 * bytes for equal configurations. Immutable and thread-safe.
 */
@Stable
public final class ConfigurationCodec {

    private final Function<String, Optional<PlatformDescriptor>> platforms;

    /**
     * @param platforms looks up a platform by id, for its default priorities and complexity
     */
    public ConfigurationCodec(Function<String, Optional<PlatformDescriptor>> platforms) {
        this.platforms = Objects.requireNonNull(platforms, "platforms must not be null");
    }

    /** Reads a file; the format comes from its extension ({@code .json}, {@code .yaml}, {@code .yml}). */
    public BuildConfiguration read(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        ConfigurationFormat format = formatOf(file);
        return read(ConfigurationFiles.read(file), format);
    }

    /** Reads text in the given format. */
    public BuildConfiguration read(String text, ConfigurationFormat format) {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(format, "format must not be null");
        Problems problems = new Problems();
        ConfigurationDraft draft = DraftReader.read(TreeParser.parse(text, format), format, problems);
        Problems resolving = new Problems();
        BuildConfiguration configuration = DraftResolver.resolve(draft, lookUp(draft.platform()), resolving);
        problems.addUnlessReported(resolving);
        problems.throwIfAny();
        return configuration;
    }

    /**
     * Reads a file into a draft without resolving ids or applying defaults, for callers that merge it with
     * other values first (see {@link ConfigurationDraft#overriddenBy}). Syntax, unknown fields and wrong types
     * are reported here.
     */
    public ConfigurationDraft readDraft(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        ConfigurationFormat format = formatOf(file);
        return readDraft(ConfigurationFiles.read(file), format);
    }

    /** Reads text into a draft, like {@link #readDraft(Path)}. */
    public ConfigurationDraft readDraft(String text, ConfigurationFormat format) {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(format, "format must not be null");
        Problems problems = new Problems();
        ConfigurationDraft draft = DraftReader.read(TreeParser.parse(text, format), format, problems);
        problems.throwIfAny();
        return draft;
    }

    /** Turns a draft into a configuration, applying defaults; unknown ids and missing values are violations. */
    public BuildConfiguration toConfiguration(ConfigurationDraft draft) {
        Objects.requireNonNull(draft, "draft must not be null");
        Problems problems = new Problems();
        BuildConfiguration configuration = DraftResolver.resolve(draft, lookUp(draft.platform()), problems);
        problems.throwIfAny();
        return configuration;
    }

    /** Writes a configuration; reading the result gives an equal configuration. */
    public String write(BuildConfiguration configuration, ConfigurationFormat format) {
        Objects.requireNonNull(configuration, "configuration must not be null");
        Objects.requireNonNull(format, "format must not be null");
        return format == ConfigurationFormat.JSON ? ConfigurationWriter.json(configuration)
                : ConfigurationWriter.yaml(configuration);
    }

    private static ConfigurationFormat formatOf(Path file) {
        return ConfigurationFormat.fromFileName(String.valueOf(file.getFileName()))
                .orElseThrow(() -> Problems.of(Fields.FILE, Fields.UNKNOWN_FORMAT, "cannot tell the format of "
                        + MessageText.printable(String.valueOf(file)) + " from its extension; name it .json, .yaml or .yml"));
    }

    private Optional<PlatformDescriptor> lookUp(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<PlatformDescriptor> found = platforms.apply(id);
        return found == null ? Optional.empty() : found;
    }
}
