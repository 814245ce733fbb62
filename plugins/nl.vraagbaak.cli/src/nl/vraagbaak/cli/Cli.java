package nl.vraagbaak.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import nl.vraagbaak.internal.cli.Command;
import nl.vraagbaak.internal.cli.CommandLine;
import nl.vraagbaak.core.read.CorpusFormats;
import nl.vraagbaak.docx.WordDocumentReader;
import nl.vraagbaak.internal.cli.BenchCommand;
import nl.vraagbaak.pdf.PdfReader;
import nl.vraagbaak.internal.cli.CheckCommand;
import nl.vraagbaak.internal.cli.CiteCommand;
import nl.vraagbaak.internal.cli.CorpusCommand;
import nl.vraagbaak.internal.cli.CorrectCommand;
import nl.vraagbaak.internal.cli.EvalCommand;
import nl.vraagbaak.internal.cli.ExportCommand;
import nl.vraagbaak.internal.cli.ImportCommand;
import nl.vraagbaak.internal.cli.RemoveCommand;
import nl.vraagbaak.internal.cli.SearchCommand;
import nl.vraagbaak.internal.cli.ShowCommand;
import nl.vraagbaak.internal.cli.SpellCommand;
import nl.vraagbaak.internal.cli.SyncCommand;
import nl.vraagbaak.internal.cli.UsageException;

/**
 * The {@code vraagbaak} commands. Every command takes {@code --data DIR} (default {@code ~/.vraagbaak}, or the
 * environment variable VRAAGBAAK_DATA) so corpora can be kept apart.
 *
 * <p>Exit codes: 0 done; 1 done in part (some files failed, nothing found); 2 wrong usage; 3 the data folder cannot
 * be used.
 */
public final class Cli {
	public static final int OK = 0;
	public static final int PARTIAL = 1;
	public static final int USAGE = 2;
	public static final int DATA = 3;

	private final Map<String, Command> commands = new LinkedHashMap<>();

	public Cli() {
		// Word answer documents are one more corpus format; the reader registry lives in core
		CorpusFormats.register(new WordDocumentReader());
		CorpusFormats.register(new PdfReader());
		register(new ImportCommand());
		register(new SyncCommand());
		register(new CorpusCommand());
		register(new ShowCommand());
		register(new CorrectCommand());
		register(new RemoveCommand());
		register(new SearchCommand());
		register(new CheckCommand());
		register(new CiteCommand());
		register(new SpellCommand());
		register(new EvalCommand());
		register(new BenchCommand());
		register(new ExportCommand());
	}

	/** Adds a command; later bundles' commands (search, export) register through here. */
	public Cli register(Command command) {
		commands.put(command.name(), command);
		return this;
	}

	/** Runs one command line; never throws: faults are printed to {@code err} and become the exit code. */
	public int run(List<String> args, PrintStream out, PrintStream err) {
		if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
			printHelp(out);
			return args.isEmpty() ? USAGE : OK;
		}
		if (args.get(0).equals("--version")) {
			out.println("vraagbaak " + version());
			return OK;
		}
		Command command = commands.get(args.get(0));
		if (command == null) {
			err.println("vraagbaak: unknown command '" + args.get(0) + "' / onbekend commando; see vraagbaak --help");
			return USAGE;
		}
		try {
			CommandLine line = CommandLine.parse(command, args.subList(1, args.size()));
			if (line.flag("help")) {
				out.println("usage: vraagbaak " + command.name() + " " + command.usage());
				out.println(command.summary());
				return OK;
			}
			return command.run(line, out, err);
		} catch (UsageException e) {
			err.println("vraagbaak " + command.name() + ": " + e.getMessage());
			err.println("usage: vraagbaak " + command.name() + " " + command.usage());
			return USAGE;
		} catch (RuntimeException e) {
			// a defect, not bad input: say so plainly, with what the user was doing, and keep the trace for a report
			err.println("vraagbaak " + command.name() + ": internal error / interne fout: " + e);
			return DATA;
		}
	}

	/** The installed version with its build qualifier ("1.0.0.202611281210"): what support asks for. */
	private static String version() {
		Bundle bundle = FrameworkUtil.getBundle(Cli.class);
		return bundle == null ? "(version unknown: not started as a bundle)" : bundle.getVersion().toString();
	}

	private void printHelp(PrintStream out) {
		out.println("usage: vraagbaak [<command> [options]]");
		out.println("Without a command, vraagbaak opens the workbench. Commands:");
		for (Command command : commands.values()) {
			out.printf("  %-8s %s%n", command.name(), command.summary());
		}
		out.println("Every command takes --data DIR (default ~/.vraagbaak) and --help; vraagbaak --version prints the version.");
	}
}
