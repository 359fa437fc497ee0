package dev.csmb.cli.wizard;

import dev.csmb.api.BuildConfiguration;
import dev.csmb.api.CatalogId;
import dev.csmb.api.Complexity;
import dev.csmb.api.Feature;
import dev.csmb.api.GeneratedFile;
import dev.csmb.api.PlatformDescriptor;
import dev.csmb.api.Priority;
import dev.csmb.api.SessionSink;
import dev.csmb.api.TeamSize;
import dev.csmb.api.Violation;
import dev.csmb.engine.CsmbEngine;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The wizard's rules without a terminal: which rows each step has, and what each key does to the state. Pure:
 * the same state and action give the same result; input and output are {@link Effect}s the runner carries out.
 * Options, features and their descriptions come from the engine's descriptors and the catalog, and every check is
 * the engine's own validation, so its messages are the ones {@code csmb validate} prints.
 */
public final class StepModel {

    static final String NAME = "projectName";
    static final String DESCRIPTION = "description";
    static final String TEAM_SIZE = "teamSize";
    static final String COMPLEXITY = "complexity";
    static final String OUT = "out";
    static final String WRITE = "write";
    static final String SKIP = "skip";
    static final String NOTION = "notion";
    static final String AIRTABLE = "airtable";
    /** Problems under the whole list rather than one row. */
    static final String LIST = "";

    private final CsmbEngine engine;
    private final Predicate<String> environmentHas;

    /**
     * @param engine         the engine whose platforms are offered and whose validation is used
     * @param environmentHas whether an environment variable is set (provisioning needs a token)
     */
    public StepModel(CsmbEngine engine, Predicate<String> environmentHas) {
        this.engine = Objects.requireNonNull(engine, "engine must not be null");
        this.environmentHas = Objects.requireNonNull(environmentHas, "environmentHas must not be null");
    }

    /** The descriptor of the configuration's platform, if the engine has it. */
    public Optional<PlatformDescriptor> platform(WizardState state) {
        return engine.platform(state.configuration().platform());
    }

    /** The rows of the current step. */
    public List<Row> rows(WizardState state) {
        BuildConfiguration c = state.configuration();
        Optional<PlatformDescriptor> platform = platform(state);
        List<Row> rows = new ArrayList<>();
        switch (state.step()) {
            case PLATFORM -> engine.platforms().forEach(p -> rows.add(Row.choice(Row.Kind.RADIO, p.id(),
                    p.displayName() + " (" + p.id() + ")", describe(p), p.id().equals(c.platform()), false,
                    Optional.empty())));
            case SETTINGS -> platform.ifPresent(d -> rows.addAll(SettingRows.rows(d, c)));
            case PRIORITIES -> {
                for (Priority p : Priority.values()) {
                    boolean recommended = platform.map(d -> d.defaultPriorities().contains(p)).orElse(false);
                    rows.add(Row.choice(Row.Kind.CHECK, p.id(), p.label(), p.description(),
                            c.priorities().contains(p), recommended, Optional.empty()));
                }
            }
            case FEATURES -> {
                for (Feature f : Feature.values()) {
                    Optional<String> reason = platform.filter(d -> !d.supports(f) && !c.allowDowngrades())
                            .map(d -> "not supported by " + d.displayName());
                    rows.add(Row.choice(Row.Kind.CHECK, f.id(), f.label(), f.description(), c.features().contains(f),
                            false, reason));
                }
            }
            case PROJECT -> {
                rows.add(Row.field(Row.Kind.TEXT, NAME, "Project name", c.projectName(),
                        "3-50 ASCII letters, digits, '-', '_' or spaces; Enter to edit"));
                rows.add(Row.field(Row.Kind.TEXT, DESCRIPTION, "Description", c.description(),
                        "10-500 characters of free text; Enter to edit"));
                rows.add(Row.field(Row.Kind.CYCLE, TEAM_SIZE, "Team size", c.teamSize().label(),
                        "Left/Right to change; small teams and up get CONTRIBUTING, large ones SECURITY.md"));
                rows.add(Row.field(Row.Kind.CYCLE, COMPLEXITY, "Complexity", c.complexity().label(),
                        "Left/Right to change; shapes the extras (lint, Docker and CI, metrics)"));
                rows.add(SettingRows.sink(c));
            }
            case GENERATE -> {
                if (state.written().isEmpty()) {
                    rows.add(Row.action(WRITE, "Generate " + state.files().size() + " files", "Press Enter to write "
                            + "the project", Optional.empty()));
                    rows.add(Row.field(Row.Kind.TEXT, OUT, "Folder", state.target().toString(),
                            "Enter to change; it must not exist or be empty"));
                } else {
                    rows.add(Row.action(WRITE, "Continue", "The project is written", Optional.empty()));
                }
            }
            case PROVISION -> {
                rows.add(Row.action(SKIP, state.log().isEmpty() ? "Skip" : "Continue", "Go to the last step",
                        Optional.empty()));
                rows.add(Row.action(NOTION, "Notion", "A database under a page shared with your integration; "
                        + "asks for the page", tokenReason("NOTION_TOKEN")));
                rows.add(Row.action(AIRTABLE, "Airtable", "A table in an existing base; asks for the base id",
                        tokenReason("AIRTABLE_TOKEN")));
            }
            default -> {
            }
        }
        return List.copyOf(rows);
    }

    private Optional<String> tokenReason(String variable) {
        return environmentHas.test(variable) ? Optional.empty()
                : Optional.of("set " + variable + " in the environment to use it");
    }

    private static String describe(PlatformDescriptor p) {
        String facts = p.library() + "; " + p.complexity().label().toLowerCase(java.util.Locale.ROOT) + "; "
                + p.estimatedTime();
        return p.summary().isBlank() ? facts : p.summary() + " (" + facts + ")";
    }

    /** The state after an action. */
    public WizardState apply(WizardState state, Action action) {
        Objects.requireNonNull(action, "action must not be null");
        List<Row> rows = rows(state);
        int cursor = Math.max(0, Math.min(state.cursor(), rows.size() - 1));
        Row row = rows.isEmpty() ? null : rows.get(cursor);
        return switch (action) {
            case CANCEL -> state.withEffect(Effect.CANCEL, "");
            case UP -> rows.isEmpty() ? state.withScroll(Math.max(0, state.scroll() - 1))
                    : state.withCursor(Math.max(0, cursor - 1));
            case DOWN -> rows.isEmpty() ? state.withScroll(state.scroll() + 1)
                    : state.withCursor(Math.min(rows.size() - 1, cursor + 1));
            case LEFT, RIGHT -> row != null && row.kind() == Row.Kind.CYCLE ? cycle(state, row, action == Action.RIGHT)
                    : state;
            case TOGGLE -> row == null ? state : toggle(state, row);
            case BACK -> back(state);
            case NEXT -> next(state, row);
        };
    }

    private WizardState back(WizardState state) {
        if (state.written().isPresent() || state.step() == Step.PLATFORM) {
            return state.withProblems(Map.of(LIST, state.step() == Step.PLATFORM ? "this is the first step"
                    : "the project is written; there is no going back"));
        }
        Step previous = following(state, state.step().previous(), false);
        return state.withStep(previous, 0);
    }

    private WizardState toggle(WizardState state, Row row) {
        if (row.disabledReason().isPresent()) {
            return state.withProblems(Map.of(row.key(), row.label() + " is " + row.disabledReason().get()));
        }
        BuildConfiguration c = state.configuration();
        return switch (row.kind()) {
            case RADIO -> choosePlatform(state, row.key());
            case CHECK -> state.step() == Step.PRIORITIES
                    ? state.withConfiguration(c.withPriorities(flip(c.priorities(), Priority.fromId(row.key())
                            .orElseThrow(), Priority.class))).withProblems(Map.of())
                    : state.withConfiguration(c.withFeatures(flip(c.features(), Feature.fromId(row.key())
                            .orElseThrow(), Feature.class))).withProblems(Map.of());
            default -> state;
        };
    }

    private WizardState choosePlatform(WizardState state, String id) {
        if (id.equals(state.configuration().platform())) {
            return state;
        }
        PlatformDescriptor platform = engine.platform(id).orElseThrow();
        return state.withConfiguration(Answers.platform(state.configuration(), platform)).withProblems(Map.of());
    }

    private static <E extends Enum<E>> Set<E> flip(Set<E> values, E value, Class<E> type) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        copy.addAll(values);
        if (!copy.remove(value)) {
            copy.add(value);
        }
        return copy;
    }

    private WizardState cycle(WizardState state, Row row, boolean forward) {
        BuildConfiguration c = state.configuration();
        BuildConfiguration changed = switch (row.key()) {
            case TEAM_SIZE -> Answers.teamSize(c, step(TeamSize.values(), c.teamSize(), forward));
            case COMPLEXITY -> Answers.complexity(c, step(Complexity.values(), c.complexity(), forward));
            case SettingRows.SESSION_SINK ->
                    Answers.sessionSink(c, step(SessionSink.values(), c.sessionSink(), forward));
            default -> platform(state).flatMap(p -> SettingRows.cycle(p, c, row.key(), forward)).orElse(c);
        };
        return state.withConfiguration(changed).withProblems(Map.of());
    }

    private static <E extends Enum<E>> E step(E[] values, E current, boolean forward) {
        int i = current.ordinal() + (forward ? 1 : values.length - 1);
        return values[i % values.length];
    }

    /** Sets a text field (edited by the runner) and checks it at once, so a wrong value is refused in place. */
    public WizardState setText(WizardState state, String key, String value) {
        Objects.requireNonNull(value, "value must not be null");
        BuildConfiguration c = state.configuration();
        WizardState changed = switch (key) {
            case NAME -> state.withConfiguration(Answers.projectName(c, value.strip()));
            case DESCRIPTION -> state.withConfiguration(c.withDescription(value.strip()));
            case OUT -> value.isBlank() ? state
                    : state.withTarget(state.target().resolveSibling(value.strip()).toAbsolutePath().normalize(), true);
            default -> throw new IllegalArgumentException("not a text field: " + key);
        };
        Map<String, String> problems = new LinkedHashMap<>(problems(changed, List.of(key)));
        return changed.withProblems(problems).withEffect(Effect.NONE, "");
    }

    private WizardState next(WizardState state, Row row) {
        switch (state.step()) {
            case PLATFORM -> {
                WizardState chosen = row == null ? state : choosePlatform(state, row.key());
                return advance(chosen, List.of("platform"));
            }
            case SETTINGS -> {
                return advance(state, List.of("settings"));
            }
            case PRIORITIES -> {
                return advance(state, List.of("priorities"));
            }
            case FEATURES -> {
                return advance(state, List.of("features"));
            }
            case PROJECT -> {
                if (row != null && row.kind() == Row.Kind.TEXT) {
                    return state.withEffect(Effect.EDIT, row.key());
                }
                WizardState checked = advance(state, List.of(NAME, DESCRIPTION, TEAM_SIZE, COMPLEXITY,
                        SettingRows.SESSION_SINK));
                return checked.step() == Step.REVIEW ? checked.withFiles(files(checked.configuration())) : checked;
            }
            case REVIEW -> {
                WizardState generate = state.withStep(Step.GENERATE, 0);
                return state.targetChosen() ? generate : generate.withTarget(
                        state.target().resolveSibling(folderName(state.configuration())), false);
            }
            case GENERATE -> {
                if (state.written().isPresent()) {
                    return state.withStep(Step.PROVISION, 0).withLog(List.of());
                }
                return row != null && row.kind() == Row.Kind.TEXT ? state.withEffect(Effect.EDIT, row.key())
                        : state.withEffect(Effect.WRITE, WRITE);
            }
            case PROVISION -> {
                if (row == null || row.key().equals(SKIP)) {
                    return state.withStep(Step.COMPLETE, 0);
                }
                if (row.disabledReason().isPresent()) {
                    return state.withProblems(Map.of(row.key(), row.label() + ": " + row.disabledReason().get()));
                }
                return state.withEffect(Effect.PROVISION, row.key());
            }
            default -> {
                return state.withEffect(Effect.FINISH, "");
            }
        }
    }

    /** Goes to the next step when the engine finds nothing wrong with this step's fields. */
    private WizardState advance(WizardState state, List<String> fields) {
        Map<String, String> problems = problems(state, fields);
        return problems.isEmpty() ? state.withStep(following(state, state.step().next(), true), 0)
                : state.withProblems(problems);
    }

    /** The step itself, or the one beyond it when it is the settings step and the platform has no settings. */
    private Step following(WizardState state, Step step, boolean forward) {
        return step == Step.SETTINGS && !hasSettings(state) ? (forward ? step.next() : step.previous()) : step;
    }

    /** Whether the chosen platform declares settings, so the wizard has a settings step. */
    public boolean hasSettings(WizardState state) {
        return platform(state).map(p -> !p.settings().isEmpty()).orElse(false);
    }

    /**
     * The engine's errors for these fields, by row key. No priority at all is checked as one: the engine would
     * otherwise fill in the platform's defaults, and its message for too few is the rule to show.
     */
    Map<String, String> problems(WizardState state, List<String> fields) {
        BuildConfiguration c = state.configuration();
        if (fields.contains(OUT)) {
            return Map.of();
        }
        BuildConfiguration checked = fields.contains("priorities") && c.priorities().isEmpty()
                ? c.withPriorities(List.of(Priority.values()[0])) : c;
        Map<String, String> problems = new LinkedHashMap<>();
        for (Violation v : engine.validate(checked).errors()) {
            String field = v.field();
            String base = field.contains("[") ? field.substring(0, field.indexOf('[')) : field;
            if (base.startsWith(SettingRows.PREFIX) && fields.contains("settings")) {
                problems.merge(base, v.message(), (a, b) -> a);
            } else if (fields.contains(base)) {
                String key = base.equals("priorities") || base.equals("features") || base.equals("platform")
                        ? LIST : base;
                problems.merge(key, v.message(), (a, b) -> a);
            }
        }
        return problems;
    }

    /** The paths the engine will generate for this configuration, from its in-memory generation. */
    List<String> files(BuildConfiguration configuration) {
        return engine.generate(configuration).files().stream().map(GeneratedFile::path).toList();
    }

    /** The default folder for a project: its name in lower case, runs of other characters as one {@code -}. */
    public static String folderName(BuildConfiguration configuration) {
        String slug = configuration.projectName().strip().toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "my-bot" : slug;
    }

    /** Label of a catalog value, for the review. */
    static String labels(Set<? extends CatalogId> values) {
        return values.isEmpty() ? "(none)" : String.join(", ", values.stream().map(CatalogId::label).toList());
    }
}
