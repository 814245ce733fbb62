package nl.vraagbaak.internal.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.vraagbaak.cli.Cli;
import nl.vraagbaak.core.store.CorpusListener;
import nl.vraagbaak.core.store.StoreException;

/**
 * {@code vraagbaak remove <source>...}: takes documents out of the corpus and the index (a file imported by
 * mistake would otherwise be suggested and flag drafts for good). Each source is removed or reported on its own.
 */
public final class RemoveCommand implements Command {

	/** The JSON form: what was removed and what was not, with the reason. */
	public record Removed(List<String> removed, List<String> failed) {
	}

	@Override
	public String name() {
		return "remove";
	}

	@Override
	public String usage() {
		return "<source>... [--json]";
	}

	@Override
	public String summary() {
		return "take documents out of the corpus and the search index (a file imported by mistake)";
	}

	@Override
	public Set<String> flags() {
		return Set.of("json");
	}

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) throws UsageException {
		if (line.positional().isEmpty()) {
			throw new UsageException("name at least one document by its source, as 'vraagbaak corpus' lists it");
		}
		try (Session session = Session.open(line, err)) {
			if (session == null) {
				return Cli.DATA;
			}
			List<String> removed = new ArrayList<>();
			List<String> failed = new ArrayList<>();
			CorpusListener indexing = session.indexing();
			for (String source : line.positional()) {
				try {
					session.store().remove(source);
				} catch (StoreException e) {
					failed.add(source + ": " + e.getMessage());
					err.println("vraagbaak remove: " + e.getMessage());
					continue;
				}
				removed.add(source);
				try {
					indexing.removed(source);
				} catch (StoreException e) {
					// the store no longer has it: opening the index next time takes its passages out
					err.println("vraagbaak remove: " + source + ": " + e.getMessage());
				}
			}
			if (line.flag("json")) {
				Json.print(out, new Removed(removed, failed));
			} else {
				removed.forEach(source -> out.println("removed " + source));
				out.printf("%d removed, %d failed%n", removed.size(), failed.size());
			}
			return failed.isEmpty() ? Cli.OK : Cli.PARTIAL;
		}
	}
}
