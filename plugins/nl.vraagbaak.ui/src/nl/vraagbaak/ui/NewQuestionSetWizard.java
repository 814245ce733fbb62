package nl.vraagbaak.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

import nl.vraagbaak.core.draft.DraftHeading;
import nl.vraagbaak.core.draft.HeadingFormat;
import nl.vraagbaak.internal.ui.Messages;
import nl.vraagbaak.internal.ui.QuestionSetPage;

/**
 * File > New > Vragenset: asks for askers with their parties, addressees and subject, creates the dossier folder
 * when needed and the draft with its heading sentence and a first question number, and opens it.
 */
public class NewQuestionSetWizard extends Wizard implements INewWizard {
	public static final String ID = "nl.vraagbaak.ui.newQuestionSet";

	/** Proposed when no dossier is selected: the subject of the seed corpus. */
	private static final String FIRST_DOSSIER = "Chatcontrole";

	private IWorkbench workbench;
	private QuestionSetPage page;
	private String dossier = FIRST_DOSSIER;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		if (selection != null && selection.getFirstElement() instanceof IResource resource && resource.getProject() != null) {
			dossier = resource.getProject().getName();
		}
		setWindowTitle(Messages.Wizard_title);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		page = new QuestionSetPage(dossier);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		DraftHeading heading = page.heading();
		try {
			IProject dossier = ResourcesPlugin.getWorkspace().getRoot().getProject(page.dossier());
			boolean newDossier = !dossier.exists();
			if (newDossier) {
				dossier.create(null);
			}
			dossier.open(null);
			if (newDossier) {
				WorkspaceDossiers.record(); // a crash before the next snapshot must not lose the dossier
			}
			IFile file = dossier.getFile(page.fileName());
			String text = HeadingFormat.format(heading) + "\n\n1. \n";
			file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), false, null);
			IEditorPart editor = IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, DraftEditor.ID);
			if (editor instanceof ITextEditor draftEditor) {
				// the caret after "1. ", where the first question is typed
				draftEditor.selectAndReveal(text.length() - 1, 0);
			}
			return true;
		} catch (PartInitException e) {
			page.setErrorMessage(e.getMessage());
			return true; // the draft exists; only opening it failed
		} catch (CoreException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
	}
}
