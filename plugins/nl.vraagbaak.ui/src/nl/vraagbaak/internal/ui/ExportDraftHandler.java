package nl.vraagbaak.internal.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.vraagbaak.core.draft.DraftFormat;
import nl.vraagbaak.core.draft.DraftProblem;
import nl.vraagbaak.core.draft.ParsedDraft;
import nl.vraagbaak.docx.DraftExporter;
import nl.vraagbaak.docx.ExportOptions;
import nl.vraagbaak.ui.DraftEditor;

/**
 * File > Exporteren naar Word (Ctrl+Alt+W): writes the draft in the editor as a .docx next to it in the dossier.
 * A draft with errors is not exported; a draft with questions still marked as already asked asks first.
 */
public final class ExportDraftHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (!(HandlerUtil.getActiveEditor(event) instanceof DraftEditor editor) || editor.file() == null) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShell(event);
		ParsedDraft parsed = DraftFormat.parse(editor.document().get());
		if (parsed.hasErrors()) {
			DraftProblem first = parsed.problems().stream().filter(p -> p.severity() == DraftProblem.Severity.ERROR)
					.findFirst().orElseThrow();
			MessageDialog.openError(shell, Messages.Export_title, NLS.bind(Messages.Export_errors, first));
			return null;
		}
		IFile file = editor.file();
		try {
			int flagged = file.findMarkers(DraftReconcilingStrategy.MARKER, false, IResource.DEPTH_ZERO).length;
			if (flagged > 0 && !MessageDialog.openQuestion(shell, Messages.Export_title, NLS.bind(Messages.Export_flagged, flagged))) {
				return null;
			}
			IFile target = file.getParent().getFile(IPath.fromPortableString(
					file.getName().replaceAll("\\.kv$", "") + ".docx"));
			Path location = Path.of(target.getLocation().toOSString());
			DraftExporter.export(parsed.draft(), new ExportOptions(UiPreferences.numbering(), null), location);
			target.refreshLocal(IResource.DEPTH_ZERO, null);
			editor.getEditorSite().getActionBars().getStatusLineManager()
					.setMessage(NLS.bind(Messages.Export_done, target.getFullPath()));
		} catch (IOException | CoreException e) {
			MessageDialog.openError(shell, Messages.Export_title, NLS.bind(Messages.Export_failed, e.getMessage()));
		}
		return null;
	}
}
