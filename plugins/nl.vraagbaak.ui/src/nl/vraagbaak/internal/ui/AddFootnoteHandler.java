package nl.vraagbaak.internal.ui;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

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
		Optional<String> refused = question == 0 ? Optional.of(Messages.Footnote_noQuestion)
				: DraftDocuments.addFootnote(editor.document(), question, "");
		editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(refused.orElse(null));
		if (refused.isEmpty()) {
			editor.placeCaretInLastFootnoteOf(question);
		}
		return null;
	}
}
