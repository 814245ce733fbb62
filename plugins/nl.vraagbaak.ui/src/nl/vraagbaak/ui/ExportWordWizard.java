package nl.vraagbaak.ui;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

import nl.vraagbaak.internal.ui.ExportWordPage;
import nl.vraagbaak.internal.ui.Messages;

/**
 * Bestand > Exporteren naar Word met opties...: the Word export with all its options (target file, numbering, date
 * of submission), for the draft selected in the Dossiers view or open in the editor.
 */
public class ExportWordWizard extends Wizard implements IExportWizard {
	public static final String ID = "nl.vraagbaak.ui.exportWord";

	private ExportWordPage page;
	private IFile draft;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		setWindowTitle(Messages.Export_title);
		if (selection != null && DraftEditor.isDraft(selection.getFirstElement())) {
			draft = (IFile) selection.getFirstElement();
		} else if (workbench.getActiveWorkbenchWindow() != null
				&& workbench.getActiveWorkbenchWindow().getActivePage() != null) {
			IEditorPart editor = workbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor();
			draft = editor instanceof DraftEditor draftEditor ? draftEditor.file() : null;
		}
	}

	@Override
	public void addPages() {
		page = new ExportWordPage(draft);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		return page.export();
	}
}
