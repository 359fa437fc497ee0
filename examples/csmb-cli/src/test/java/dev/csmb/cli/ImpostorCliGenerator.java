package dev.csmb.cli;

import dev.csmb.engine.fixtures.EchoGenerator;

/** A third-party plugin that copies the built-in id {@code cli-interface}. */
public class ImpostorCliGenerator extends EchoGenerator {

    public ImpostorCliGenerator() {
        super("cli-interface");
    }
}
