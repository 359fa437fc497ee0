package dev.csmb.engine.write;

import dev.csmb.api.CsmbException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Replaces what an existing folder holds with a staged project, one rename per top-level entry, and puts the
 * old contents back if any step fails.
 *
 * <p>The folder itself stays (so a shell whose working directory it is, or a mount point, keeps working). The
 * old contents are first moved to a hidden {@code .<name>.csmb-old-*} folder beside it and deleted only after
 * the new ones are in place.
 */
final class ContentSwap {

    private final Mover mover;

    ContentSwap(Mover mover) {
        this.mover = mover;
    }

    /** Moves the entries of {@code staging} into {@code folder}, after moving the folder's own entries aside. */
    void replace(Path folder, Path staging) {
        Path old = null;
        List<Path> movedOut = new ArrayList<>();
        List<Path> movedIn = new ArrayList<>();
        try {
            List<Path> existing = entries(folder);
            if (!existing.isEmpty()) {
                old = create(folder);
                moveAll(existing, old, movedOut);
            }
            moveAll(entries(staging), folder, movedIn);
        } catch (RuntimeException e) {
            restore(folder, old, movedOut, movedIn, e);
            throw e;
        }
        if (old != null) {
            Siblings.deleteQuietly(old);
        }
    }

    private void moveAll(List<Path> sources, Path into, List<Path> done) {
        for (Path source : sources) {
            Path target = into.resolve(source.getFileName().toString());
            try {
                mover.move(source, target);
            } catch (IOException e) {
                throw IoFailure.of("move " + source + " to", target, e);
            }
            done.add(target);
        }
    }

    private void restore(Path folder, Path old, List<Path> movedOut, List<Path> movedIn, RuntimeException failure) {
        try {
            for (Path entry : movedIn) {
                Siblings.deleteRecursively(entry);
            }
            for (Path entry : movedOut) {
                mover.move(entry, folder.resolve(entry.getFileName().toString()));
            }
            if (old != null) {
                Files.delete(old);
            }
        } catch (IOException e) {
            throw restoreFailed(folder, old, failure, e, IoFailure.reason(e));
        } catch (RuntimeException e) {
            throw restoreFailed(folder, old, failure, e, e.getMessage());
        }
    }

    private static CsmbException restoreFailed(Path folder, Path old, RuntimeException failure, Exception cause,
                                               String reason) {
        failure.addSuppressed(cause);
        return new CsmbException(failure.getMessage() + "; putting back the previous contents of " + folder
                + " also failed (" + reason + "); what was not put back is in " + old, failure);
    }

    private static Path create(Path folder) {
        try {
            return Siblings.createDirectory(folder, "old");
        } catch (IOException e) {
            throw IoFailure.of("create a folder beside", folder, e);
        }
    }

    private static List<Path> entries(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        } catch (IOException e) {
            throw IoFailure.of("read the folder", folder, e);
        }
    }
}
