package dev.csmb.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A generation-time choice a platform offers, such as Telegram's {@code mode} ({@code polling} or
 * {@code webhook}): its name, what it means, the values it allows (in the order users see them) and the one used
 * when a configuration does not name it.
 *
 * <p>Names and values are wire ids like the catalog's: 1 to 30 lower-case ASCII letters, digits and single
 * {@code -} between them, starting with a letter ({@code mode}, {@code cloud-api}). They appear in configuration
 * files ({@code settings: {mode: webhook}}), on the command line ({@code --setting mode=webhook}) and, in camelCase,
 * in the template model. The engine checks the names, values and descriptions when it discovers the plugin.
 *
 * @param name         the setting's wire id, for example {@code "mode"}
 * @param description  one line saying what the setting decides
 * @param values       the allowed values, at least one, no value twice, in the order shown to users
 * @param defaultValue the value used when a configuration does not name the setting; one of {@code values}
 */
@Stable
public record PlatformSetting(String name, String description, List<Value> values, String defaultValue) {

    /**
     * One allowed value of a setting.
     *
     * @param id          the value's wire id, for example {@code "webhook"}
     * @param description one line saying what choosing it means
     */
    public record Value(String id, String description) {

        public Value {
            Objects.requireNonNull(id, "id must not be null");
            Objects.requireNonNull(description, "description must not be null");
        }
    }

    public PlatformSetting {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(description, "description must not be null");
        Objects.requireNonNull(values, "values must not be null");
        Objects.requireNonNull(defaultValue, "defaultValue must not be null");
        List<Value> copy = new ArrayList<>(values.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            Value value = Objects.requireNonNull(values.get(i), "values[" + i + "] must not be null");
            if (!ids.add(value.id())) {
                throw new IllegalArgumentException("setting '" + name + "' lists the value '" + value.id() + "' twice");
            }
            copy.add(value);
        }
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("setting '" + name + "' must allow at least one value");
        }
        if (!ids.contains(defaultValue)) {
            throw new IllegalArgumentException("setting '" + name + "' has the default '" + defaultValue
                    + "', which is not one of its values " + copy.stream().map(Value::id).collect(Collectors.toList()));
        }
        values = List.copyOf(copy);
    }

    /** A setting whose first value is the default: {@code PlatformSetting.of("mode", "How updates arrive", polling, webhook)}. */
    public static PlatformSetting of(String name, String description, Value first, Value... more) {
        Objects.requireNonNull(first, "first must not be null");
        Objects.requireNonNull(more, "more must not be null");
        List<Value> values = new ArrayList<>();
        values.add(first);
        values.addAll(Arrays.asList(more));
        return new PlatformSetting(name, description, values, first.id());
    }

    /** An allowed value, for {@link #of}. */
    public static Value value(String id, String description) {
        return new Value(id, description);
    }

    /** The allowed values' ids, in order. */
    public List<String> valueIds() {
        return values.stream().map(Value::id).collect(Collectors.toUnmodifiableList());
    }

    /** Whether {@code id} is an allowed value. */
    public boolean allows(String id) {
        return values.stream().anyMatch(v -> v.id().equals(id));
    }

    /** The allowed value with this id. */
    public Optional<Value> allowedValue(String id) {
        return values.stream().filter(v -> v.id().equals(id)).findFirst();
    }
}
