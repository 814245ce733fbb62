package nl.vraagbaak.core.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Edits to a draft that the editor's commands and quick fixes make. Each returns a new draft; printing it with
 * {@link DraftFormat#print(Draft)} renumbers footnotes, so the user never renumbers by hand.
 */
public final class DraftEdits {
	/** A full stop after a word and before a capital ("inschat. Dit"), not in "nr. 114" or "24 november jl. is". */
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[\\p{L})])\\.\\s+(?=\\p{Lu})");

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
	 * Rewrites question {@code number} as a follow-up that opens by quoting the earlier answer it builds on: "In uw
	 * antwoord op vraag 26 van 8 oktober 2024 stelt u: “...” " followed by the user's own question as written, and cites
	 * it in a footnote when a citation is given. A quote, not "stelt u dat ...": the answer's sentence has the word
	 * order of a main clause, and after "dat" it read as bad Dutch ("stelt u dat er is advies ingewonnen").
	 *
	 * @param earlier how the opening names the earlier answer after "In": "uw antwoord op vraag 26 van ...", "uw brief
	 *                van ..."
	 * @param claim   the earlier answer, whose first sentence is quoted
	 */
	public static Draft asFollowUp(Draft draft, int number, String earlier, String citation, String claim) {
		DraftQuestion question = question(draft, number);
		String opening = "In " + earlier + " stelt u: \u201c" + firstSentence(claim) + "\u201d ";
		List<DraftQuestion> questions = new ArrayList<>(draft.questions());
		questions.set(number - 1, new DraftQuestion(opening + question.text().strip()));
		Draft rewritten = new Draft(draft.heading(), questions, draft.footnotes(), draft.numbering(), draft.ignored(), draft.words());
		return citation == null ? rewritten : addFootnote(rewritten, number, citation);
	}

	/**
	 * What a follow-up quotes of an answer: its first sentence, ending with its full stop (one is added when the
	 * answer has none).
	 */
	public static String firstSentence(String claim) {
		String sentence = SENTENCE_END.split(claim.strip(), 2)[0].strip();
		return sentence.matches(".*[.!?\u2026]$") ? sentence : sentence + ".";
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
