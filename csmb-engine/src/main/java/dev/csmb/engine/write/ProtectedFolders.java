package dev.csmb.engine.write;

import dev.csmb.api.Stable;
import dev.csmb.engine.escape.MessageText;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Folders whose contents a forced write never replaces, by every name they go by: the file-system roots, the
 * home folder as {@code $HOME} (and {@code %USERPROFILE%}) and as the JVM's {@code user.home} — they differ under
 * {@code sudo} and in containers — and the working folder; each both as given and with symbolic links resolved.
 * A target is refused when it is one of them or contains one (replacing {@code /home} empties every home).
 * Immutable and thread-safe.
 */
@Stable
public final class ProtectedFolders {

    private final Map<Path, String> folders;

    private ProtectedFolders(Map<Path, String> folders) {
        this.folders = Collections.unmodifiableMap(new LinkedHashMap<>(folders));
    }

    /** The standard set for this process: its environment and system properties. */
    public static ProtectedFolders standard() {
        return standard(System.getenv());
    }

    /**
     * The standard set with the home folder taken from {@code environment} ({@code HOME}, {@code USERPROFILE})
     * as well as from {@code user.home}, for callers that run with an environment of their own.
     */
    public static ProtectedFolders standard(Map<String, String> environment) {
        Objects.requireNonNull(environment, "environment must not be null");
        Map<Path, String> folders = new LinkedHashMap<>();
        FileSystems.getDefault().getRootDirectories().forEach(root -> add(folders, root.toString(),
                "the file-system root"));
        add(folders, environment.get("HOME"), "your home folder ($HOME)");
        add(folders, environment.get("USERPROFILE"), "your home folder (%USERPROFILE%)");
        add(folders, System.getProperty("user.home"), "your home folder (user.home)");
        add(folders, System.getProperty("user.dir"), "the working folder");
        return new ProtectedFolders(folders);
    }

    /** Exactly these folders, each with its real path too; for tests and applications with their own rules. */
    public static ProtectedFolders of(List<Path> paths) {
        Objects.requireNonNull(paths, "paths must not be null");
        Map<Path, String> folders = new LinkedHashMap<>();
        for (int i = 0; i < paths.size(); i++) {
            Path path = Objects.requireNonNull(paths.get(i), "paths[" + i + "] must not be null");
            add(folders, path.toString(), "a protected folder");
        }
        return new ProtectedFolders(folders);
    }

    /**
     * Why {@code target} must not be replaced, if it is a protected folder or contains one: for example
     * {@code "/root is your home folder ($HOME)"}.
     */
    public Optional<String> reason(Path target) {
        Objects.requireNonNull(target, "target must not be null");
        for (Path candidate : names(target)) {
            for (Map.Entry<Path, String> folder : folders.entrySet()) {
                if (folder.getKey().startsWith(candidate)) {
                    String shown = MessageText.printable(folder.getKey().toString());
                    return Optional.of(folder.getKey().equals(candidate) ? shown + " is " + folder.getValue()
                            : "it contains " + shown + ", " + folder.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** The folders, for messages and tests. */
    public List<Path> folders() {
        return List.copyOf(folders.keySet());
    }

    private static void add(Map<Path, String> folders, String name, String what) {
        if (name == null || name.isBlank()) {
            return;
        }
        try {
            for (Path path : names(Path.of(name))) {
                folders.putIfAbsent(path, what);
            }
        } catch (InvalidPathException e) {
            // A variable that is not a path on this system names no folder to protect.
        }
    }

    /** The absolute, normalized path, and the real path when it exists and differs. */
    private static List<Path> names(Path path) {
        List<Path> names = new ArrayList<>(2);
        Path absolute = path.toAbsolutePath().normalize();
        names.add(absolute);
        try {
            Path real = absolute.toRealPath();
            if (!real.equals(absolute)) {
                names.add(real);
            }
        } catch (IOException | SecurityException e) {
            // Not there (yet): only its name can match.
        }
        return names;
    }
}
