package dev.csmb.engine.write;

import java.io.IOException;
import java.nio.file.Path;

/** A {@link Mover} that renames for real but fails with an {@link IOException} on one chosen call. */
final class FailingMover implements Mover {

    private final int failingCall;
    private int calls;

    /** Fails on call number {@code failingCall}, counting from 1. */
    FailingMover(int failingCall) {
        this.failingCall = failingCall;
    }

    @Override
    public void move(Path source, Path target) throws IOException {
        if (++calls == failingCall) {
            throw new IOException("injected failure moving " + source.getFileName());
        }
        Mover.ATOMIC.move(source, target);
    }

    /** How many moves were asked for, including the failing one. */
    int calls() {
        return calls;
    }
}
