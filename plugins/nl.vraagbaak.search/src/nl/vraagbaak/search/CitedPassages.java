package nl.vraagbaak.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.vraagbaak.core.Citation;
import nl.vraagbaak.core.draft.Draft;
import nl.vraagbaak.core.read.CitationParser;
import nl.vraagbaak.core.read.CrossReferences;
import nl.vraagbaak.core.read.Texts;

/**
 * The earlier passages a question cites. A question that cites the earlier answer it resembles asks on knowingly, as
 * a follow-up does ("In uw antwoord op eerdere vragen[1] stelt u ..."): the writer has that answer in hand, which is
 * all an "already asked" marker would tell. Citing the earlier answer is one of the marker's quick fixes, so the
 * marker goes when it is done, by hand or by Citeer.
 *
 * <p>Made once for a question and asked for every candidate passage: its footnotes and its text are read (citations,
 * question numbers) once, not for each passage.
 */
public final class CitedPassages {
	/** A text that may cite: a footnote, or the question itself, read once. */
	private record Source(String comparable, List<Citation> citations, List<Integer> questions) {
		static Source of(String text) {
			return new Source(CitedPassages.comparable(text), CitationParser.parse(text), CrossReferences.questionNumbers(text));
		}
	}

	private final List<Source> sources;
	/** The question's own text, which may also name a passage by its question and day; null when there is none. */
	private final Source question;

	private CitedPassages(List<Source> sources, Source question) {
		this.sources = sources;
		this.question = question;
	}

	/**
	 * What question {@code number} (1-based) of the draft cites: in a footnote, in its own text ("In uw antwoord op
	 * vraag 26 (Kamerstuk 34 843, nr. 114) stelt u ..."), or by naming it ({@link #namedIn}).
	 */
	public static CitedPassages of(Draft draft, int number) {
		Source question = Source.of(draft.questions().get(number - 1).plainText());
		List<Source> sources = new ArrayList<>(draft.sourcesOf(number).stream().map(Source::of).toList());
		sources.add(question);
		return new CitedPassages(sources, question);
	}

	/** What these footnotes cite. */
	public static CitedPassages inFootnotes(List<String> footnotes) {
		return new CitedPassages(footnotes.stream().map(Source::of).toList(), null);
	}

	/**
	 * A footnote cites the hit when it names the hit's document and the hit's question ("vraag 8", "antwoord op
	 * vragen 7 en 8") or no question at all (then the whole set of answers is cited). It names the document by its
	 * citation as a publication, in any of its written forms ("Aanhangsel van de Handelingen, vergaderjaar 2024-2025,
	 * nr. 1244", "Kamerstukken II 2024/25, 34 843, nr. 114, p. 3"), or, for a document without one, by its title or
	 * file name as {@link HouseStyle#citation(SearchHit)} writes them, which covers every footnote Citeer writes.
	 */
	public boolean cites(SearchHit hit) {
		List<Citation> publication = hit.citation() == null ? List.of() : CitationParser.parse(hit.citation());
		for (Source source : sources) {
			if (namesDocument(source, publication, hit)
					&& (source.questions().isEmpty() || hit.question() != null && source.questions().contains(hit.number()))) {
				return true;
			}
		}
		return question != null && namesDay(question, hit);
	}

	/**
	 * A question names the hit in its own words when it names the hit's question and the day it was answered, as a
	 * follow-up opens: "In uw antwoord op vraag 8 van 21 november 2025 stelt u ...". Without the day, "vraag 8" could
	 * be any set's.
	 */
	public static boolean namedIn(String question, SearchHit hit) {
		return namesDay(Source.of(question), hit);
	}

	private static boolean namesDay(Source question, SearchHit hit) {
		String day = HouseStyle.dutchDate(hit.date());
		return hit.question() != null && day != null && containsDay(question.comparable(), day)
				&& question.questions().contains(hit.number());
	}

	/** "1 oktober 2024" is in "21 oktober 2024" as text, not as a day. */
	private static boolean containsDay(String text, String day) {
		for (int at = text.indexOf(day); at >= 0; at = text.indexOf(day, at + 1)) {
			if (at == 0 || !Character.isDigit(text.charAt(at - 1))) {
				return true;
			}
		}
		return false;
	}

	private static boolean namesDocument(Source source, List<Citation> publication, SearchHit hit) {
		if (!publication.isEmpty()) {
			return source.citations().stream().anyMatch(c -> c.samePublication(publication.get(0)));
		}
		String name = hit.citation() != null ? hit.citation()
				: hit.title() != null && !hit.title().isBlank() ? hit.title() : hit.source();
		return source.comparable().contains(comparable(name));
	}

	/** Spacing and case do not make another name. */
	private static String comparable(String text) {
		return Texts.normalizeWhitespace(text).toLowerCase(Locale.ROOT);
	}
}
