package dev.csmb.cli;

import dev.csmb.api.CsmbException;
import dev.csmb.api.InvalidInputException;
import dev.csmb.engine.escape.MessageText;
import dev.csmb.integrations.http.IntegrationException;
import dev.csmb.integrations.http.ServiceException;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every exception into short {@code error:} lines and an exit code: 2 for input the user can fix
 * ({@link InvalidInputException}, picocli's {@link ParameterException}), 1 for anything else. Stack traces
 * appear only for unexpected errors, and only when asked for ({@code --verbose} or {@code CSMB_DEBUG=1}).
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler,
        IExitCodeExceptionMapper {

    private final BooleanSupplier verbose;

    /** @param verbose whether stack traces of unexpected errors are wanted, asked when one happens */
    ErrorReporter(BooleanSupplier verbose) {
        this.verbose = verbose;
    }

    @Override
    public int getExitCode(Throwable exception) {
        if (exception instanceof InvalidInputException || exception instanceof ParameterException) {
            return CsmbCli.INVALID_INPUT;
        }
        // A bad token, a page not shared, a base without permission: the user can fix it.
        if (exception instanceof ServiceException service && service.isInputProblem()) {
            return CsmbCli.INVALID_INPUT;
        }
        return CsmbCli.FAILURE;
    }

    @Override
    public int handleParseException(ParameterException exception, String[] args) {
        CommandLine command = exception.getCommandLine();
        Diagnostics diagnostics = Diagnostics.of(command);
        diagnostics.error(ParseMessages.message(exception, args));
        UnmatchedArgumentException.printSuggestions(exception, command.getErr());
        diagnostics.hint("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        return command.getExitCodeExceptionMapper().getExitCode(exception);
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine command, ParseResult parseResult) {
        Diagnostics diagnostics = Diagnostics.of(command);
        if (exception instanceof InvalidInputException invalid) {
            if (invalid.result().errors().isEmpty()) {
                diagnostics.error(invalid.getMessage());
            }
            diagnostics.violations(invalid.result().violations());
        } else if (exception instanceof IntegrationException) {
            // Written for people (service, status, code, message, request id); a stack trace would add nothing. The
            // service's own text may hold anything, so it is made printable like every other message.
            diagnostics.error(MessageText.printable(exception.getMessage()));
        } else {
            diagnostics.error(describe(exception));
            if (verbose.getAsBoolean()) {
                exception.printStackTrace(command.getErr());
            } else {
                diagnostics.hint("Run again with --verbose (or CSMB_DEBUG=1) for details.");
            }
        }
        return command.getExitCodeExceptionMapper().getExitCode(exception);
    }

    /** csmb's own exceptions are written for people; name the type of anything else, it says what happened. */
    private static String describe(Throwable exception) {
        String message = exception.getMessage();
        if (message == null || message.isBlank()) {
            return exception.getClass().getName();
        }
        String shown = MessageText.printable(message);
        return exception instanceof CsmbException ? shown : shown + " (" + exception.getClass().getSimpleName() + ")";
    }
}
