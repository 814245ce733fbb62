package nl.vraagbaak.internal.ui;

import java.util.function.UnaryOperator;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;

import nl.vraagbaak.core.draft.Draft;
import nl.vraagbaak.core.draft.DraftEdits;
import nl.vraagbaak.core.draft.DraftFormat;

/**
 * Edits of a draft's text as it is now: parse, apply a {@link DraftEdits} edit, print (which renumbers), and replace
 * the text in one change, so an editor shows it as one undoable step.
 */
public final class DraftDocuments {
	private DraftDocuments() {
	}

	/** @throws IllegalArgumentException when the edit names a question the draft does not have */
	public static void edit(IDocument document, UnaryOperator<Draft> edit) {
		String edited = DraftFormat.print(edit.apply(DraftFormat.parse(document.get()).draft()));
		try {
			document.replace(0, document.getLength(), edited);
		} catch (BadLocationException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Adds a footnote to question {@code question} (1-based); false when the draft has no such question. */
	public static boolean addFootnote(IDocument document, int question, String text) {
		return editQuestion(document, question, draft -> DraftEdits.addFootnote(draft, question, text));
	}

	/**
	 * Applies an edit of question {@code question} (1-based); false, and nothing changed, when the draft no longer has
	 * that question (it was deleted since the view last showed it).
	 */
	public static boolean editQuestion(IDocument document, int question, UnaryOperator<Draft> edit) {
		int questions = DraftFormat.parse(document.get()).draft().questions().size();
		if (question < 1 || question > questions) {
			return false;
		}
		edit(document, edit);
		return true;
	}
}
