package nl.vraagbaak.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import nl.vraagbaak.cli.Cli;
import nl.vraagbaak.core.DocumentKind;
import nl.vraagbaak.search.CorpusVocabulary;
import nl.vraagbaak.search.IndexException;
import nl.vraagbaak.search.PassageSearch;
import nl.vraagbaak.search.SearchHit;
import nl.vraagbaak.search.SearchOptions;
import nl.vraagbaak.spelling.QueryCorrection;
import nl.vraagbaak.spelling.SpellChecker;

/** {@code vraagbaak search "<text>"}: earlier answers for a draft question or keywords. */
public final class SearchCommand implements Command {

	@Override
	public String name() {
		return "search";
	}

	@Override
	public String usage() {
		return "\"<text>\" [--limit N] [--kind question-list|written-answers|questions|letter[,...]] [--from YYYY-MM-DD] "
				+ "[--to YYYY-MM-DD] [--minister WORDS] [--json]";
	}

	@Override
	public String summary() {
		return "earlier answers for a draft question or keywords (\"quotes\", AND, OR work), ranked with provenance";
	}

	@Override
	public Set<String> flags() {
		return Set.of("json");
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("limit", "kind", "from", "to", "minister");
	}

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) throws UsageException {
		if (line.positional().isEmpty()) {
			throw new UsageException("give the text to search for");
		}
		SearchOptions options = new SearchOptions(line.intValue("limit", 10, 1, 1000), kinds(line.value("kind", "")),
				line.dateValue("from"), line.dateValue("to"), line.value("minister", null));
		try (Session session = Session.openForReading(line, err)) {
			if (session == null) {
				return Cli.DATA;
			}
			String query = String.join(" ", line.positional());
			List<SearchHit> hits = new PassageSearch(session.index()).search(query, options);
			if (line.flag("json")) {
				Json.print(out, hits);
			} else {
				HitPrinter.print(out, hits);
			}
			suggestCorrection(query, session, err);
			return hits.isEmpty() ? Cli.PARTIAL : Cli.OK;
		} catch (IndexException | IOException e) {
			err.println("vraagbaak search: " + e.getMessage());
			return Cli.DATA;
		}
	}

	/** "Did you mean ...?" on stderr, as the workbench's search offers it, when a word is a slip for one the corpus uses. */
	private static void suggestCorrection(String query, Session session, PrintStream err) throws IOException {
		CorpusVocabulary vocabulary = new CorpusVocabulary(session.index());
		QueryCorrection.of(query, vocabulary, () -> new SpellChecker(vocabulary))
				.ifPresent(better -> err.println("vraagbaak search: did you mean / bedoelde u: " + better.query()));
	}

	private static Set<DocumentKind> kinds(String text) throws UsageException {
		Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
		for (String part : text.split(",")) {
			if (part.isBlank()) {
				continue;
			}
			DocumentKind kind = DocumentKind.parse(part.trim().replace('-', '_'));
			if (kind == null) {
				throw new UsageException("unknown --kind '" + part + "': use question-list, written-answers, questions or letter");
			}
			kinds.add(kind);
		}
		return kinds;
	}
}
