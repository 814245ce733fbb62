package nl.vraagbaak.internal.ui;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.vraagbaak.docx.ExportOptions;
import nl.vraagbaak.ui.DraftEditor;

/**
 * Bestand > Exporteren naar Word (Ctrl+Alt+W): writes the draft in the editor as a .docx next to it in the dossier,
 * with the numbering chosen in the preferences. File > Export offers the same with every option.
 */
public final class ExportDraftHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActiveEditor(event) instanceof DraftEditor editor) || editor.file() == null) {
			return null;
		}
		IFile file = editor.file();
		Path target = DraftExport.besideDraft(file);
		if (DraftExport.export(HandlerUtil.getActiveShell(event), file, editor.document().get(),
				new ExportOptions(UiPreferences.numbering(), null), target)) {
			editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(NLS.bind(Messages.Export_done, target));
		}
		return null;
	}
}
