package nl.vraagbaak.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import nl.vraagbaak.core.Citation;
import nl.vraagbaak.core.draft.Draft;
import nl.vraagbaak.core.read.CitationParser;
import nl.vraagbaak.core.read.CrossReferences;
import nl.vraagbaak.core.read.Texts;

/**
 * Whether a question's own footnotes cite an earlier passage. A question that cites the earlier answer it resembles
 * asks on knowingly, as a follow-up does ("In uw antwoord op eerdere vragen[1] stelt u ..."): the writer has that
 * answer in hand, which is all an "already asked" marker would tell. Citing the earlier answer is one of the
 * marker's quick fixes, so the marker goes when it is done, by hand or by Citeer.
 */
public final class CitedPassages {
	private CitedPassages() {
	}

	/**
	 * Whether question {@code number} (1-based) of the draft cites the hit: in a footnote, in its own text ("In uw
	 * antwoord op vraag 26 (Kamerstuk 34 843, nr. 114) stelt u ..."), or by naming it ({@link #namedIn}).
	 */
	public static boolean citedBy(Draft draft, int number, SearchHit hit) {
		String question = draft.questions().get(number - 1).plainText();
		List<String> sources = new ArrayList<>(draft.sourcesOf(number));
		sources.add(question);
		return cite(sources, hit) || namedIn(question, hit);
	}

	/**
	 * A footnote cites the hit when it names the hit's document and the hit's question ("vraag 8", "antwoord op
	 * vragen 7 en 8") or no question at all (then the whole set of answers is cited). It names the document by its
	 * citation as a publication, in any of its written forms ("Aanhangsel van de Handelingen, vergaderjaar 2024-2025,
	 * nr. 1244", "Kamerstukken II 2024/25, 34 843, nr. 114, p. 3"), or, for a document without one, by its title or
	 * file name as {@link HouseStyle#citation(SearchHit)} writes them, which covers every footnote Citeer writes.
	 */
	public static boolean cite(List<String> footnotes, SearchHit hit) {
		for (String footnote : footnotes) {
			if (namesDocument(footnote, hit)) {
				List<Integer> questions = CrossReferences.questionNumbers(footnote);
				if (questions.isEmpty() || hit.question() != null && questions.contains(hit.number())) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * A question names the hit in its own words when it names the hit's question and the day it was answered, as a
	 * follow-up opens: "In uw antwoord op vraag 8 van 21 november 2025 stelt u ...". Without the day, "vraag 8" could
	 * be any set's.
	 */
	public static boolean namedIn(String question, SearchHit hit) {
		String day = HouseStyle.dutchDate(hit.date());
		// "1 oktober 2024" is in "21 oktober 2024" as text, not as a day
		return hit.question() != null && day != null
				&& Pattern.compile("(?<!\\d)" + Pattern.quote(day)).matcher(comparable(question)).find()
				&& CrossReferences.questionNumbers(question).contains(hit.number());
	}

	private static boolean namesDocument(String footnote, SearchHit hit) {
		List<Citation> publication = hit.citation() == null ? List.of() : CitationParser.parse(hit.citation());
		if (!publication.isEmpty()) {
			return CitationParser.parse(footnote).stream().anyMatch(c -> c.samePublication(publication.get(0)));
		}
		String name = hit.citation() != null ? hit.citation()
				: hit.title() != null && !hit.title().isBlank() ? hit.title() : hit.source();
		return comparable(footnote).contains(comparable(name));
	}

	/** Spacing and case do not make another name. */
	private static String comparable(String text) {
		return Texts.normalizeWhitespace(text).toLowerCase(Locale.ROOT);
	}
}
