package nl.vraagbaak.internal.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import nl.vraagbaak.core.draft.DraftFormat;
import nl.vraagbaak.core.draft.DraftProblem;
import nl.vraagbaak.core.draft.ParsedDraft;
import nl.vraagbaak.docx.DraftExporter;
import nl.vraagbaak.docx.ExportOptions;

/**
 * Export of a draft to Word from the workbench (the editor's command and File > Export): a draft with errors is not
 * exported, a draft with questions still marked as already asked asks first.
 */
final class DraftExport {
	private DraftExport() {
	}

	/** Exports the draft text of {@code draft}; returns whether a .docx was written (errors are shown to the user). */
	static boolean export(Shell shell, IFile draft, String text, ExportOptions options, Path target) {
		ParsedDraft parsed = DraftFormat.parse(text);
		if (parsed.hasErrors()) {
			DraftProblem first = parsed.problems().stream().filter(p -> p.severity() == DraftProblem.Severity.ERROR)
					.findFirst().orElseThrow();
			MessageDialog.openError(shell, Messages.Export_title, NLS.bind(Messages.Export_errors, first));
			return false;
		}
		try {
			int flagged = draft.findMarkers(DraftReconcilingStrategy.MARKER, false, IResource.DEPTH_ZERO).length;
			if (flagged > 0 && !MessageDialog.openQuestion(shell, Messages.Export_title, NLS.bind(Messages.Export_flagged, flagged))) {
				return false;
			}
			DraftExporter.export(parsed.draft(), options, target);
			// a .docx written into a dossier shows up in the Dossiers view
			for (IFile written : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(target.toUri())) {
				written.refreshLocal(IResource.DEPTH_ZERO, null);
			}
			return true;
		} catch (IOException | CoreException e) {
			MessageDialog.openError(shell, Messages.Export_title, NLS.bind(Messages.Export_failed, e.getMessage()));
			return false;
		}
	}

	/** Where a draft is exported by default: beside it, as a .docx of the same name. */
	static Path besideDraft(IFile draft) {
		return Path.of(draft.getLocation().toOSString().replaceAll("\\.kv$", "") + ".docx");
	}
}
