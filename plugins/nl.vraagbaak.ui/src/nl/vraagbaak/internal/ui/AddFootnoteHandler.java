package nl.vraagbaak.internal.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.vraagbaak.core.draft.Draft;
import nl.vraagbaak.core.draft.DraftEdits;
import nl.vraagbaak.core.draft.DraftFormat;
import nl.vraagbaak.ui.DraftEditor;

/**
 * Bewerken > Voetnoot toevoegen (Ctrl+Alt+F): adds an empty footnote to the question under the caret, numbered in
 * order with the others, and puts the caret in it to type the source.
 */
public final class AddFootnoteHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActiveEditor(event) instanceof DraftEditor editor)) {
			return null;
		}
		int question = editor.currentQuestion();
		Draft draft = DraftFormat.parse(editor.document().get()).draft();
		if (question == 0 || question > draft.questions().size()) {
			editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(Messages.Footnote_noQuestion);
			return null;
		}
		editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(null);
		editor.replaceText(DraftFormat.print(DraftEdits.addFootnote(draft, question, "")));
		editor.placeCaretInLastFootnoteOf(question);
		return null;
	}
}
