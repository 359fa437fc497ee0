package dev.csmb.cli.wizard;

/**
 * Work the step model asks the runner to do after a key press: the model stays pure, and the runner does the
 * input and output (editing a text field with JLine's line reader, writing the project, provisioning, leaving).
 */
public enum Effect {
    NONE, EDIT, WRITE, PROVISION, FINISH, CANCEL
}
