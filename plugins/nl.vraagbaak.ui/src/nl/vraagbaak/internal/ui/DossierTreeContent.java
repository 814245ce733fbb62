package nl.vraagbaak.internal.ui;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import nl.vraagbaak.ui.DraftEditor;

/**
 * Dossiers (the workspace's open projects) and what staff keep in them: drafts (.kv) and their Word exports
 * (.docx), by name. Eclipse's own files (.project) and anything else stay out of sight.
 */
public final class DossierTreeContent extends LabelProvider implements ITreeContentProvider {
	private static final Set<String> SHOWN_EXTENSIONS = Set.of(DraftEditor.EXTENSION, "docx");

	private static final Comparator<IResource> BY_NAME = Comparator.comparing(IResource::getName,
			String.CASE_INSENSITIVE_ORDER);

	/**
	 * The dossiers; before the first one, a line that says how to make one (a new user saw an empty view and no
	 * hint of what belongs there).
	 */
	@Override
	public Object[] getElements(Object input) {
		if (!(input instanceof IWorkspaceRoot root)) {
			return new Object[0];
		}
		Object[] dossiers = Arrays.stream(root.getProjects()).filter(IProject::isOpen).sorted(BY_NAME).toArray();
		return dossiers.length > 0 ? dossiers : new Object[] { Messages.Dossiers_none };
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (!(parent instanceof IContainer container) || !container.isAccessible()) {
			return new Object[0];
		}
		try {
			return Arrays.stream(container.members()).filter(DossierTreeContent::shown).sorted(BY_NAME).toArray();
		} catch (CoreException e) {
			return new Object[0]; // deleted meanwhile: the next refresh shows it gone
		}
	}

	private static boolean shown(IResource resource) {
		return resource instanceof IFile file && SHOWN_EXTENSIONS.contains(file.getFileExtension());
	}

	@Override
	public Object getParent(Object element) {
		return element instanceof IResource resource ? resource.getParent() : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof IProject;
	}

	@Override
	public String getText(Object element) {
		return element instanceof IResource resource ? resource.getName() : String.valueOf(element);
	}

	@Override
	public Image getImage(Object element) {
		if (!(element instanceof IResource)) {
			return null; // the hint before the first dossier
		}
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		// a folder, not IDE's project image: only the IDE's own workbench advisor registers that one
		return images.getImage(element instanceof IProject ? ISharedImages.IMG_OBJ_FOLDER : ISharedImages.IMG_OBJ_FILE);
	}
}
