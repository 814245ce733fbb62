package nl.vraagbaak.internal.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.Set;

/** One {@code vraagbaak} command. */
public interface Command {
	String name();

	/** The arguments after the command name, for the usage line. */
	String usage();

	/** One line for --help. */
	String summary();

	/** Options without a value ("json"); "help" is always accepted. */
	default Set<String> flags() {
		return Set.of();
	}

	/** Single-dash short forms of options ("-o" for "output"). */
	default Map<String, String> shortOptions() {
		return Map.of();
	}

	/** Options with a value ("limit"); "data" is always accepted. */
	default Set<String> valueOptions() {
		return Set.of();
	}

	/**
	 * Runs the command.
	 *
	 * @return the exit code (see {@link nl.vraagbaak.cli.Cli})
	 * @throws UsageException when the arguments do not fit
	 */
	int run(CommandLine line, PrintStream out, PrintStream err) throws UsageException;
}
