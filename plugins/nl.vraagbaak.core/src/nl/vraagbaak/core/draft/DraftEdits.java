package nl.vraagbaak.core.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Edits to a draft that the editor's commands and quick fixes make. Each returns a new draft; printing it with
 * {@link DraftFormat#print(Draft)} renumbers footnotes, so the user never renumbers by hand.
 */
public final class DraftEdits {
	/** A full stop after a word and before a capital ("inschat. Dit"), not in "nr. 114" or "24 november jl. is". */
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[\\p{L})])\\.\\s+(?=\\p{Lu})");
	/** Words that start a Dutch sentence without being names: their capital is the sentence's. */
	private static final Set<String> SENTENCE_OPENERS = Set.of("de", "het", "een", "er", "dit", "dat", "deze", "die",
			"in", "op", "met", "voor", "bij", "naar", "van", "uit", "over", "zoals", "ook", "wij", "ik", "u", "hierbij",
			"daarbij", "daarnaast", "omdat", "als", "nee", "ja", "momenteel", "inmiddels", "tevens", "verder", "wel",
			"niet", "geen", "alle", "naast", "tijdens", "na", "sinds", "door", "om", "hoewel", "wanneer", "indien");

	private DraftEdits() {
	}

	/**
	 * Adds a footnote with {@code text} to question {@code number} (1-based), referenced at the end of the question.
	 *
	 * @throws IllegalArgumentException when the draft has no such question
	 */
	public static Draft addFootnote(Draft draft, int number, String text) {
		DraftQuestion question = question(draft, number);
		int footnote = draft.footnotes().stream().mapToInt(DraftFootnote::number).max().orElse(0) + 1;
		List<DraftQuestion> questions = new ArrayList<>(draft.questions());
		questions.set(number - 1, new DraftQuestion(question.text().stripTrailing() + " [" + footnote + "]"));
		List<DraftFootnote> footnotes = new ArrayList<>(draft.footnotes());
		footnotes.add(new DraftFootnote(footnote, text));
		return new Draft(draft.heading(), questions, footnotes, draft.numbering(), draft.ignored(), draft.words());
	}

	/**
	 * Rewrites question {@code number} as a follow-up that opens with the earlier answer it builds on: "In uw antwoord
	 * op vraag 26 van 8 oktober 2024 stelt u dat ...; " followed by the user's own question, and cites it in a
	 * footnote when a citation is given.
	 *
	 * @param earlier how the opening names the earlier answer after "In": "uw antwoord op vraag 26 van ...", "uw brief
	 *                van ..."
	 */
	public static Draft asFollowUp(Draft draft, int number, String earlier, String citation, String claim) {
		DraftQuestion question = question(draft, number);
		String opening = "In " + earlier + " stelt u dat " + asClause(claim) + "; ";
		String own = question.text().strip();
		String rest = own.isEmpty() ? own : Character.toLowerCase(own.charAt(0)) + own.substring(1);
		List<DraftQuestion> questions = new ArrayList<>(draft.questions());
		questions.set(number - 1, new DraftQuestion(opening + rest));
		Draft rewritten = new Draft(draft.heading(), questions, draft.footnotes(), draft.numbering(), draft.ignored(), draft.words());
		return citation == null ? rewritten : addFootnote(rewritten, number, citation);
	}

	/**
	 * The answer's first sentence as a clause after "stelt u dat": without its full stop, and with a capital that
	 * only started the sentence made small ("Er is advies ingewonnen" = "er is advies ingewonnen"); names and
	 * abbreviations ("Nederland", "De AIVD" is "de AIVD") keep theirs.
	 */
	private static String asClause(String claim) {
		String clause = SENTENCE_END.split(claim.strip(), 2)[0].replaceAll("[.\\s]+$", "");
		int space = clause.indexOf(' ');
		String first = space < 0 ? clause : clause.substring(0, space);
		return SENTENCE_OPENERS.contains(first.toLowerCase(Locale.ROOT))
				? Character.toLowerCase(clause.charAt(0)) + clause.substring(1) : clause;
	}

	/** Removes question {@code number}; the questions after it move up. */
	public static Draft deleteQuestion(Draft draft, int number) {
		question(draft, number);
		List<DraftQuestion> questions = new ArrayList<>(draft.questions());
		questions.remove(number - 1);
		return new Draft(draft.heading(), questions, draft.footnotes(), draft.numbering(), draft.ignored(), draft.words());
	}

	private static DraftQuestion question(Draft draft, int number) {
		if (number < 1 || number > draft.questions().size()) {
			throw new IllegalArgumentException("the draft has no question " + number);
		}
		return draft.questions().get(number - 1);
	}
}
