package nl.vraagbaak.internal.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.vraagbaak.cli.Cli;
import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.Passage;
import nl.vraagbaak.core.store.CorpusStore;
import nl.vraagbaak.core.store.StoreException;

/**
 * {@code vraagbaak show <source> <number> [--json]}: one passage with its provenance. The passage may also be given
 * as one reference, {@code <source>#<number>}, as search, check and eval print it.
 */
public final class ShowCommand implements Command {

	/** The JSON form: the passage and the document it belongs to, without the document's other passages. */
	/** @param corrected the provenance fields a person corrected ("title", "date", "citation", "minister") */
	public record Shown(String source, String kind, String title, String date, String citation, String documentNumber,
			String minister, List<String> corrected, Passage passage) {
	}

	@Override
	public String name() {
		return "show";
	}

	@Override
	public String usage() {
		return "<source> <number> | <source>#<number> [--json]";
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
		List<String> passageArguments = passageArguments(line.positional());
		String source = passageArguments.get(0);
		int number;
		try {
			number = Integer.parseInt(passageArguments.get(1));
		} catch (NumberFormatException e) {
			throw new UsageException("the passage number must be a whole number, not '" + passageArguments.get(1) + "'");
		}
		CorpusStore store = line.openStore(err);
		if (store == null) {
			return Cli.DATA;
		}
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
					d.citation() == null ? null : d.citation().format(), d.documentNumber(), d.minister(),
					store.correction(source).fields(), passage.get());
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

	/** Source and number, from two arguments or from one reference "source#number". */
	private static List<String> passageArguments(List<String> positional) throws UsageException {
		if (positional.size() == 2) {
			return positional;
		}
		if (positional.size() == 1) {
			String reference = positional.get(0);
			int hash = reference.lastIndexOf('#');
			if (hash > 0 && hash < reference.length() - 1) {
				return List.of(reference.substring(0, hash), reference.substring(hash + 1));
			}
		}
		throw new UsageException("give a source and a passage number, e.g. 001_4a688004c2e20cff.txt 26"
				+ " or 001_4a688004c2e20cff.txt#26");
	}
}
