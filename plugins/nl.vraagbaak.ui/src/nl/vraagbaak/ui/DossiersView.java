package nl.vraagbaak.ui;

import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.operations.UndoRedoActionGroup;
import org.eclipse.ui.ide.undo.WorkspaceUndoUtil;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.ui.part.ViewPart;

import nl.vraagbaak.internal.ui.DossierActions;
import nl.vraagbaak.internal.ui.DossierTreeContent;
import nl.vraagbaak.internal.ui.Messages;

/**
 * The dossiers with their drafts and Word exports. In place of Eclipse's Project Explorer, whose context menu was
 * in English and made for programmers (Go Into, Close Project, Compare With, Restore from Local History,
 * Properties): here open, new question set, rename (F2), delete (Delete) and export to Word, with undo (Ctrl+Z).
 */
public class DossiersView extends ViewPart implements ISetSelectionTarget {
	public static final String ID = "nl.vraagbaak.ui.dossiersView";
	/** Widget data key of the tree, for tests. */
	public static final String TREE_KEY = "vraagbaak.dossiers.tree";

	private TreeViewer viewer;
	private DossierActions actions;
	/** Drafts and dossiers created, renamed or deleted anywhere (wizard, editor save-as, undo): show them. */
	private final IResourceChangeListener workspaceChanged = event -> {
		// markers and saved contents change all the time while typing; only added and removed files matter here
		if (viewer != null && !viewer.getControl().isDisposed() && filesAddedOrRemoved(event.getDelta())) {
			viewer.getControl().getDisplay().asyncExec(() -> {
				if (!viewer.getControl().isDisposed()) {
					viewer.refresh();
				}
			});
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setData(TREE_KEY, Boolean.TRUE);
		DossierTreeContent content = new DossierTreeContent();
		viewer.setContentProvider(content);
		viewer.setLabelProvider(content);
		viewer.setInput(ResourcesPlugin.getWorkspace().getRoot());
		viewer.setAutoExpandLevel(2);
		getSite().setSelectionProvider(viewer);
		actions = new DossierActions(getSite().getPage(), getSite().getShell());
		viewer.addOpenListener(e -> {
			IStructuredSelection selection = viewer.getStructuredSelection();
			if (selection.getFirstElement() instanceof String) {
				actions.newQuestionSet(selection); // the hint shown before the first dossier
			} else {
				actions.open(selection);
			}
		});

		IAction open = action(Messages.Dossiers_open, actions::open);
		IAction newSet = action(Messages.Dossiers_newQuestionSet, actions::newQuestionSet);
		IAction rename = action(Messages.Dossiers_rename + "...\tF2", actions::rename);
		IAction delete = action(Messages.Dossiers_delete + "\tDelete", actions::delete);
		IAction export = action(Messages.Dossiers_export, actions::export);
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(m -> {
			Object element = viewer.getStructuredSelection().getFirstElement();
			if (element instanceof IFile) {
				m.add(open);
			}
			m.add(newSet);
			if (DraftEditor.isDraft(element)) {
				m.add(export);
			}
			if (element instanceof IResource) {
				m.add(new Separator());
				m.add(rename);
				m.add(delete);
			}
		});
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		// F2 and Delete are the workbench's rename and delete commands: this view handles them while it is active
		rename.setActionDefinitionId(ActionFactory.RENAME.getCommandId());
		delete.setActionDefinitionId(ActionFactory.DELETE.getCommandId());
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.RENAME.getId(), rename);
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
		new UndoRedoActionGroup(getSite(), WorkspaceUndoUtil.getWorkspaceUndoContext(), true)
				.fillActionBars(getViewSite().getActionBars());
		ResourcesPlugin.getWorkspace().addResourceChangeListener(workspaceChanged, IResourceChangeEvent.POST_CHANGE);
	}

	private static boolean filesAddedOrRemoved(IResourceDelta delta) {
		if (delta == null) {
			return false;
		}
		if ((delta.getKind() & (IResourceDelta.ADDED | IResourceDelta.REMOVED)) != 0
				|| (delta.getFlags() & IResourceDelta.OPEN) != 0) {
			return true;
		}
		for (IResourceDelta child : delta.getAffectedChildren()) {
			if (filesAddedOrRemoved(child)) {
				return true;
			}
		}
		return false;
	}

	private IAction action(String label, Consumer<IStructuredSelection> work) {
		return new Action(label) {
			@Override
			public void run() {
				work.accept(viewer.getStructuredSelection());
			}
		};
	}

	/** Shows a draft a wizard just created (BasicNewResourceWizard.selectAndReveal calls this). */
	@Override
	public void selectReveal(ISelection selection) {
		viewer.setSelection(selection, true);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(workspaceChanged);
		super.dispose();
	}
}
