package nl.vraagbaak.internal.cli;

import java.io.PrintStream;
import java.util.Optional;
import java.util.Set;

import nl.vraagbaak.cli.Cli;
import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.Passage;
import nl.vraagbaak.core.store.CorpusStore;
import nl.vraagbaak.core.store.StoreException;

/** {@code vraagbaak show <source> <number> [--json]}: one passage with its provenance. */
public final class ShowCommand implements Command {

	/** The JSON form: the passage and the document it belongs to, without the document's other passages. */
	public record Shown(String source, String kind, String title, String date, String citation, String documentNumber,
			String minister, Passage passage) {
	}

	@Override
	public String name() {
		return "show";
	}

	@Override
	public String usage() {
		return "<source> <number> [--json]";
	}

	@Override
	public String summary() {
		return "show one passage: question, answer, footnotes, citations and provenance";
	}

	@Override
	public Set<String> flags() {
		return Set.of("json");
	}

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) throws UsageException {
		if (line.positional().size() != 2) {
			throw new UsageException("give a source and a passage number, e.g. 001_4a688004c2e20cff.txt 26");
		}
		int number;
		try {
			number = Integer.parseInt(line.positional().get(1));
		} catch (NumberFormatException e) {
			throw new UsageException("the passage number must be a whole number, not '" + line.positional().get(1) + "'");
		}
		CorpusStore store = line.openStore(err);
		if (store == null) {
			return Cli.DATA;
		}
		String source = line.positional().get(0);
		try {
			Optional<CorpusDocument> document = store.document(source);
			Optional<Passage> passage = document.flatMap(d -> d.passage(number));
			if (passage.isEmpty()) {
				err.println("vraagbaak show: " + (document.isEmpty() ? "no document '" + source + "' in the corpus"
						: source + " has no passage " + number) + " / niet gevonden");
				return Cli.PARTIAL;
			}
			CorpusDocument d = document.get();
			Shown shown = new Shown(d.source(), d.kind().name(), d.title(), d.date() == null ? null : d.date().toString(),
					d.citation() == null ? null : d.citation().format(), d.documentNumber(), d.minister(), passage.get());
			if (line.flag("json")) {
				Json.print(out, shown);
			} else {
				PassagePrinter.print(out, shown);
			}
			return Cli.OK;
		} catch (StoreException e) {
			err.println("vraagbaak show: " + e.getMessage());
			return Cli.DATA;
		}
	}
}
