package nl.vraagbaak.internal.ui;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;

import nl.vraagbaak.core.draft.DraftFormat;
import nl.vraagbaak.core.draft.ParsedDraft;
import nl.vraagbaak.search.QuestionsInSet;

/**
 * Which question of a draft a place in its text belongs to, that question's text without footnote marks, and what to
 * search for it: a follow-up that points back ("daarvoor") is searched with the question before it.
 */
public final class DraftQuestions {

	/** Question {@code number} (1-based; 0 when the place is in no question), its text and the text to search. */
	public record At(int number, String text, String searched) {
		public static final At NONE = new At(0, "", "");
	}

	private DraftQuestions() {
	}

	public static At at(IDocument document, int offset) {
		try {
			int line = document.getLineOfOffset(Math.max(0, Math.min(offset, document.getLength()))) + 1;
			return atLine(DraftFormat.parse(document.get()), line);
		} catch (BadLocationException e) {
			return At.NONE; // the offset is past the text while it changes: no question then
		}
	}

	/** The question on a line (1-based) of a parsed draft. */
	public static At atLine(ParsedDraft parsed, int line) {
		for (ParsedDraft.QuestionSpan span : parsed.spans()) {
			if (line >= span.firstLine() && line <= span.lastLine()) {
				List<String> questions = parsed.draft().plainQuestions();
				String text = questions.get(span.number() - 1);
				String readWith = QuestionsInSet.readWith(parsed.draft().subject(), questions).get(span.number() - 1);
				return new At(span.number(), text, QuestionsInSet.searched(text, readWith));
			}
		}
		return At.NONE;
	}
}
