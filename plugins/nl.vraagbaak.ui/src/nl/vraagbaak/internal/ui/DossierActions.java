package nl.vraagbaak.internal.ui;

import java.text.MessageFormat;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.ide.undo.DeleteResourcesOperation;
import org.eclipse.ui.ide.undo.MoveResourcesOperation;
import org.eclipse.ui.ide.undo.WorkspaceUndoUtil;

import nl.vraagbaak.ui.DraftEditor;
import nl.vraagbaak.ui.ExportWordWizard;
import nl.vraagbaak.ui.NewQuestionSetWizard;
import nl.vraagbaak.ui.WorkspaceDossiers;

/**
 * What staff do with their dossiers and drafts: open, start a new question set, rename, delete, export to Word.
 * Rename and delete run as the workspace's undoable operations, so Bewerken > Ongedaan maken (Ctrl+Z) brings a
 * deleted draft back from the local history.
 */
public final class DossierActions {
	private final IWorkbenchPage page;
	private final Shell shell;

	public DossierActions(IWorkbenchPage page, Shell shell) {
		this.page = page;
		this.shell = shell;
	}

	/** Opens a draft in the draft editor, a Word export in the program the desktop opens .docx files with. */
	public void open(IStructuredSelection selection) {
		if (!(selection.getFirstElement() instanceof IFile file)) {
			return;
		}
		if (DraftEditor.isDraft(file)) {
			try {
				IDE.openEditor(page, file, DraftEditor.ID);
			} catch (PartInitException e) {
				ErrorDialog.openError(shell, Messages.Dossiers_open, null, e.getStatus());
			}
		} else if (file.getLocation() == null || !Program.launch(file.getLocation().toOSString())) {
			MessageDialog.openInformation(shell, Messages.Dossiers_open, NLS.bind(Messages.Dossiers_noProgram, file.getName()));
		}
	}

	/** The new-question-set wizard, in the selected dossier. */
	public void newQuestionSet(IStructuredSelection selection) {
		openWizard(new NewQuestionSetWizard(), selection);
	}

	/** The Word export with every option, for the selected draft. */
	public void export(IStructuredSelection selection) {
		openWizard(new ExportWordWizard(), selection);
	}

	private void openWizard(IWorkbenchWizard wizard, IStructuredSelection selection) {
		wizard.init(PlatformUI.getWorkbench(), selection);
		new WizardDialog(shell, wizard).open();
	}

	/** Asks for a new name (a draft keeps its extension) and renames; undoable. */
	public void rename(IStructuredSelection selection) {
		if (!(selection.getFirstElement() instanceof IResource resource)) {
			return;
		}
		String extension = resource instanceof IFile file ? file.getFileExtension() : null;
		InputDialog dialog = new InputDialog(shell, Messages.Dossiers_renameTitle,
				NLS.bind(Messages.Dossiers_renameMessage, resource.getName()), resource.getName(),
				typed -> problemWithName(resource, withExtension(typed.strip(), extension)));
		if (dialog.open() != Window.OK) {
			return;
		}
		String name = withExtension(dialog.getValue().strip(), extension);
		if (name.equals(resource.getName())) {
			return;
		}
		IPath target = resource.getFullPath().removeLastSegments(1).append(name);
		run(new MoveResourcesOperation(resource, target, Messages.Dossiers_rename));
		if (resource instanceof IProject) {
			WorkspaceDossiers.record();
		}
	}

	private static String withExtension(String name, String extension) {
		return extension == null || name.isEmpty() || name.toLowerCase().endsWith("." + extension) ? name
				: name + "." + extension;
	}

	/** Why a name cannot be used, or null when it can. */
	static String problemWithName(IResource resource, String name) {
		if (name.isEmpty()) {
			return Messages.Dossiers_nameEmpty;
		}
		IStatus valid = ResourcesPlugin.getWorkspace().validateName(name, resource.getType());
		if (!valid.isOK()) {
			return NLS.bind(Messages.Dossiers_nameInvalid, name);
		}
		boolean taken = resource instanceof IProject ? ResourcesPlugin.getWorkspace().getRoot().getProject(name).exists()
				: resource.getParent().findMember(name) != null;
		return taken && !name.equals(resource.getName()) ? NLS.bind(Messages.Dossiers_nameTaken, name) : null;
	}

	/** Asks first, naming what goes; a draft can be brought back with Ctrl+Z, a whole dossier cannot. */
	public void delete(IStructuredSelection selection) {
		if (!(selection.getFirstElement() instanceof IResource resource)) {
			return;
		}
		String question = resource instanceof IProject project
				? MessageFormat.format(Messages.Dossiers_deleteDossier, project.getName(), drafts(project))
				: NLS.bind(Messages.Dossiers_deleteDraft, resource.getName());
		if (MessageDialog.openQuestion(shell, Messages.Dossiers_delete, question)) {
			run(new DeleteResourcesOperation(new IResource[] { resource }, Messages.Dossiers_delete, true));
			if (resource instanceof IProject) {
				WorkspaceDossiers.record();
			}
		}
	}

	private static int drafts(IProject project) {
		try {
			int count = 0;
			for (IResource member : project.members()) {
				count += DraftEditor.isDraft(member) ? 1 : 0;
			}
			return count;
		} catch (CoreException e) {
			return 0;
		}
	}

	private void run(IUndoableOperation operation) {
		try {
			PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().execute(operation, null,
					WorkspaceUndoUtil.getUIInfoAdapter(shell));
		} catch (ExecutionException e) {
			MessageDialog.openError(shell, operation.getLabel(), e.getMessage());
		}
	}
}
