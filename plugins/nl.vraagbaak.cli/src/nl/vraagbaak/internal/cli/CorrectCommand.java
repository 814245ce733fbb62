package nl.vraagbaak.internal.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.vraagbaak.cli.Cli;
import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.store.CorpusStore;
import nl.vraagbaak.core.store.DocumentCorrection;
import nl.vraagbaak.core.store.StoreException;

/**
 * {@code vraagbaak correct <source> [--title T] [--date D] [--citation C] [--minister M] [--reset]}: corrects what
 * a document states of its provenance (a letter without a date or citation is otherwise cited by its first words),
 * and indexes it again so that search results and footnotes carry the correction. Options not given keep their
 * earlier correction; without options it prints the document's provenance and its correction.
 */
public final class CorrectCommand implements Command {
	private static final List<String> FIELDS = List.of("title", "date", "citation", "minister");

	/** The JSON form: the provenance the document is now served with, and what of it is a correction. */
	public record Corrected(String source, String title, String date, String citation, String minister,
			DocumentCorrection correction) {
	}

	@Override
	public String name() {
		return "correct";
	}

	@Override
	public String usage() {
		return "<source> [--title TEXT] [--date DATE] [--citation \"Kamerstuk 34 843, nr. 115\"] [--minister TEXT] [--reset] [--json]";
	}

	@Override
	public String summary() {
		return "correct a document's title, date, citation or minister (kept when the file is imported again)";
	}

	@Override
	public Set<String> flags() {
		return Set.of("json", "reset");
	}

	@Override
	public Set<String> valueOptions() {
		return Set.copyOf(FIELDS);
	}

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) throws UsageException {
		if (line.positional().size() != 1) {
			throw new UsageException("name one document by its source, as 'vraagbaak corpus' lists it");
		}
		String source = line.positional().get(0);
		boolean changes = line.flag("reset") || FIELDS.stream().anyMatch(f -> line.value(f, null) != null);
		DocumentCorrection typed;
		try {
			typed = DocumentCorrection.typed(line.value("title", null), line.value("date", null),
					line.value("citation", null), line.value("minister", null));
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		try {
			if (!changes) {
				CorpusStore store = line.openStore(err);
				return store == null ? Cli.DATA : print(store, source, line, out, err);
			}
			// a correction is indexed at once, as an import is: it needs the index, which the workbench may hold
			try (Session session = Session.open(line, err)) {
				if (session == null) {
					return Cli.DATA;
				}
				CorpusStore store = session.store();
				if (store.document(source).isPresent()) {
					DocumentCorrection wanted = line.flag("reset") ? DocumentCorrection.NONE
							: store.correction(source).with(typed);
					session.indexing().stored(store.correct(source, wanted));
				}
				return print(store, source, line, out, err);
			}
		} catch (StoreException e) {
			err.println("vraagbaak correct: " + e.getMessage());
			return Cli.DATA;
		}
	}

	private static int print(CorpusStore store, String source, CommandLine line, PrintStream out, PrintStream err)
			throws StoreException {
		Optional<CorpusDocument> found = store.document(source);
		if (found.isEmpty()) {
			err.println("vraagbaak correct: no document '" + source + "' in the corpus / niet in het corpus");
			return Cli.PARTIAL;
		}
		CorpusDocument d = found.get();
		Corrected c = new Corrected(d.source(), d.title(), d.date() == null ? null : d.date().toString(),
				d.citation() == null ? null : d.citation().format(), d.minister(), store.correction(source));
		if (line.flag("json")) {
			Json.print(out, c);
			return Cli.OK;
		}
		List<String> corrected = c.correction().fields();
		out.println(c.source());
		row(out, "title", c.title(), corrected);
		row(out, "date", c.date(), corrected);
		row(out, "citation", c.citation(), corrected);
		row(out, "minister", c.minister(), corrected);
		return Cli.OK;
	}
	private static void row(PrintStream out, String field, String value, List<String> corrected) {
		out.printf("  %-9s %s%s%n", field, value == null ? "-" : value,
				corrected.contains(field) ? "   (corrected / gecorrigeerd)" : "");
	}
}
