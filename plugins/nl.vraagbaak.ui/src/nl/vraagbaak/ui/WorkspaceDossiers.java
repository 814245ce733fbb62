package nl.vraagbaak.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import nl.vraagbaak.internal.ui.RecoveryCopies;

/**
 * Keeps what is on disk and what the workbench shows in step after a crash. The workspace records its dossiers in
 * snapshots every few minutes: a dossier made shortly before a crash comes back closed (recorded when made, not yet
 * when opened), or is missing altogether, as is a dossier folder copied into the workspace folder by hand; either
 * way the Dossiers view did not show it and its drafts, with their recovery copies, could not be opened. At
 * start-up such dossiers are opened or taken in, and drafts that have a recovery copy are opened, so that their
 * editors offer the unsaved text.
 */
public final class WorkspaceDossiers {
	private WorkspaceDossiers() {
	}

	/**
	 * Opens every closed dossier (Vraagbaak never closes one), forgets a dossier whose folder is gone from disk, and
	 * takes in every folder of the workspace folder that the workspace does not know (Eclipse's own .metadata and
	 * hidden folders aside) as a dossier; records the workspace at once when it changed anything.
	 *
	 * @return the names of the dossiers opened or taken in
	 * @throws CoreException when a dossier cannot be opened or taken in; the ones before it are
	 */
	public static List<String> openDossiers(IWorkspace workspace) throws CoreException, IOException {
		IWorkspaceRoot root = workspace.getRoot();
		List<String> adopted = new ArrayList<>();
		boolean changed = false;
		for (IProject project : root.getProjects()) {
			boolean onDisk = project.getLocation() != null && Files.isDirectory(project.getLocation().toPath());
			if (!onDisk) {
				// its folder was deleted by hand while Vraagbaak was closed: an empty dossier nobody can open
				project.delete(IResource.NEVER_DELETE_PROJECT_CONTENT | IResource.FORCE, null);
				changed = true;
			} else if (!project.isOpen()) {
				project.open(null);
				adopted.add(project.getName());
			}
		}
		try (Stream<Path> folders = Files.list(root.getLocation().toPath())) {
			for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
				String name = folder.getFileName().toString();
				IProject project = root.getProject(name);
				if (name.startsWith(".") || project.exists()) {
					continue;
				}
				Path dotProject = folder.resolve(IProjectDescription.DESCRIPTION_FILE_NAME);
				IProjectDescription description = Files.isRegularFile(dotProject)
						? workspace.loadProjectDescription(IPath.fromPath(dotProject))
						: workspace.newProjectDescription(name);
				// the folder's own name decides, also when its .project was copied from a dossier of another name
				description.setName(name);
				description.setLocation(null);
				project.create(description, null);
				project.open(null);
				adopted.add(name);
			}
		}
		if (changed || !adopted.isEmpty()) {
			record();
		}
		return adopted;
	}

	/**
	 * Records the workspace's dossiers now, not at the next snapshot: after a dossier was made, renamed or deleted,
	 * so that a crash does not leave a dossier the workspace still lists but the disk no longer has.
	 */
	public static void record() {
		try {
			ResourcesPlugin.getWorkspace().save(false, null);
		} catch (CoreException e) {
			ILog.of(WorkspaceDossiers.class).warn("Recording the workspace failed / werkruimte niet vastgelegd: "
					+ e.getMessage(), e);
		}
	}

	/**
	 * Opens, in the draft editor, every draft that has a recovery copy: the last session ended without saving it.
	 *
	 * @return the drafts opened
	 */
	public static List<IFile> openDraftsWithRecoveryCopies(IWorkbenchPage page) throws IOException {
		List<IFile> opened = new ArrayList<>();
		for (IFile draft : RecoveryCopies.drafts(ResourcesPlugin.getWorkspace().getRoot())) {
			try {
				IDE.openEditor(page, draft, DraftEditor.ID);
				opened.add(draft);
			} catch (PartInitException e) {
				throw new IOException("cannot open " + draft.getFullPath() + ": " + e.getMessage(), e);
			}
		}
		return opened;
	}
}
