package nl.vraagbaak.internal.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import nl.vraagbaak.cli.Cli;
import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.store.CorpusStore;
import nl.vraagbaak.core.store.CorpusStore.StoredDocument;
import nl.vraagbaak.core.store.StoreException;

/** {@code vraagbaak corpus [--json]}: lists the documents in the store. */
public final class CorpusCommand implements Command {

	/** One row of the listing; {@code corrected}: its title, date, citation or minister was corrected by hand. */
	public record Row(String source, String kind, String date, String citation, String title, int passages,
			boolean corrected) {
	}

	@Override
	public String name() {
		return "corpus";
	}

	@Override
	public String usage() {
		return "[--json]";
	}

	@Override
	public String summary() {
		return "list the documents in the corpus, newest first, with kind, date, citation and passage count";
	}

	@Override
	public Set<String> flags() {
		return Set.of("json");
	}

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) {
		CorpusStore store = line.openStore(err);
		if (store == null) {
			return Cli.DATA;
		}
		List<Row> rows = new ArrayList<>();
		try {
			for (StoredDocument stored : store.stored().stream()
					.sorted(Comparator.comparing(StoredDocument::document, CorpusDocument.NEWEST_FIRST)).toList()) {
				CorpusDocument d = stored.document();
				rows.add(new Row(d.source(), d.kind().name(), d.date() == null ? "" : d.date().toString(),
						d.citation() == null ? "" : d.citation().format(), d.title(), d.passages().size(),
						!stored.correction().isEmpty()));
			}
		} catch (StoreException e) {
			err.println("vraagbaak corpus: " + e.getMessage());
			return Cli.DATA;
		}
		if (line.flag("json")) {
			Json.print(out, rows);
		} else {
			// the source last: a ministry's .docx is named after its whole title and pushed every column out of line
			out.printf("%-15s %-10s %-26s %8s  %s%n", "KIND", "DATE", "CITATION", "PASSAGES", "SOURCE");
			for (Row r : rows) {
				out.printf("%-15s %-10s %-26s %8d  %s%s%n", r.kind(), r.date(), r.citation(), r.passages(), r.source(),
						r.corrected() ? " *" : "");
			}
			out.printf("%d documents, %d passages%n", rows.size(), rows.stream().mapToInt(Row::passages).sum());
			if (rows.stream().anyMatch(Row::corrected)) {
				out.println("* details corrected by hand / gegevens gecorrigeerd (vraagbaak correct <source>)");
			}
		}
		return Cli.OK;
	}
}
