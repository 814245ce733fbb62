package nl.vraagbaak.internal.ui;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;

import nl.vraagbaak.core.draft.DraftFormat;
import nl.vraagbaak.core.draft.ParsedDraft;

/** Which question of a draft a place in its text belongs to, and that question's text without footnote marks. */
public final class DraftQuestions {

	/** Question {@code number} (1-based; 0 when the place is in no question) and its text. */
	public record At(int number, String text) {
		public static final At NONE = new At(0, "");
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
				return new At(span.number(), parsed.draft().questions().get(span.number() - 1).plainText());
			}
		}
		return At.NONE;
	}
}
