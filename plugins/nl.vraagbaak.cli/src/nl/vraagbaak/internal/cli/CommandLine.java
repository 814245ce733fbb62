package nl.vraagbaak.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.vraagbaak.core.read.DutchDates;
import nl.vraagbaak.core.store.CorpusStore;
import nl.vraagbaak.core.store.DataFolder;
import nl.vraagbaak.core.store.StoreException;

/** A parsed command line: positional arguments, flags and options with values ("--limit 5" or "--limit=5"). */
public final class CommandLine {
	private final List<String> positional = new ArrayList<>();
	private final Set<String> flags = new HashSet<>();
	private final Map<String, String> values = new HashMap<>();

	private CommandLine() {
	}

	public static CommandLine parse(Command command, List<String> args) throws UsageException {
		CommandLine line = new CommandLine();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			String longForm = command.shortOptions().get(arg);
			if (longForm != null) {
				arg = "--" + longForm;
			}
			if (!arg.startsWith("--") || arg.equals("--")) {
				line.positional.add(arg);
				continue;
			}
			String name = arg.substring(2);
			String value = null;
			int eq = name.indexOf('=');
			if (eq >= 0) {
				value = name.substring(eq + 1);
				name = name.substring(0, eq);
			}
			if (name.equals("help") || command.flags().contains(name)) {
				line.flags.add(name);
			} else if (name.equals("data") || command.valueOptions().contains(name)) {
				if (value == null) {
					if (i + 1 >= args.size()) {
						throw new UsageException("--" + name + " needs a value");
					}
					value = args.get(++i);
				}
				line.values.put(name, value);
			} else {
				throw new UsageException("unknown option --" + name);
			}
		}
		return line;
	}

	public List<String> positional() {
		return List.copyOf(positional);
	}

	public boolean flag(String name) {
		return flags.contains(name);
	}

	public String value(String name, String fallback) {
		return values.getOrDefault(name, fallback);
	}

	/** A whole number option in a range. */
	public int intValue(String name, int fallback, int min, int max) throws UsageException {
		String text = values.get(name);
		if (text == null) {
			return fallback;
		}
		try {
			int n = Integer.parseInt(text.trim());
			if (n < min || n > max) {
				throw new UsageException("--" + name + " must be between " + min + " and " + max + ", not " + n);
			}
			return n;
		} catch (NumberFormatException e) {
			throw new UsageException("--" + name + " takes a whole number, not '" + text + "'");
		}
	}

	/** A date option (YYYY-MM-DD, or as typed in Dutch: 13-11-2025, "13 november 2025"), or null when not given. */
	public LocalDate dateValue(String name) throws UsageException {
		String text = values.get(name);
		try {
			return text == null ? null : DutchDates.parseTyped(text);
		} catch (DateTimeParseException e) {
			throw new UsageException("--" + name + " takes a date as YYYY-MM-DD or DD-MM-YYYY, not '" + text + "'");
		}
	}

	/** The data folder: --data, else $VRAAGBAAK_DATA, else ~/.vraagbaak. */
	public Path dataFolder() {
		return DataFolder.resolve(values.get("data"));
	}

	/** Opens the store in the data folder, or prints why not. */
	public CorpusStore openStore(PrintStream err) {
		try {
			return CorpusStore.open(dataFolder());
		} catch (StoreException e) {
			err.println("vraagbaak: " + e.getMessage());
			return null;
		}
	}
}
