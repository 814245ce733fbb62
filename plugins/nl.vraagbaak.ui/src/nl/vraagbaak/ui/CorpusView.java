package nl.vraagbaak.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.operations.UndoRedoActionGroup;
import org.eclipse.ui.part.ViewPart;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.Passage;
import nl.vraagbaak.core.store.CorpusStore;
import nl.vraagbaak.core.store.CorpusStore.StoredDocument;
import nl.vraagbaak.core.store.DocumentCorrection;
import nl.vraagbaak.core.store.StoreException;
import nl.vraagbaak.internal.ui.CorpusOperations;
import nl.vraagbaak.internal.ui.CorpusServices;
import nl.vraagbaak.internal.ui.CorpusTreeContent;
import nl.vraagbaak.internal.ui.DocumentCorrectionDialog;
import nl.vraagbaak.internal.ui.Messages;
import nl.vraagbaak.internal.ui.PassageDetails;
import nl.vraagbaak.internal.ui.SyncMoments;

/**
 * The corpus: documents, then their passages; selecting a passage shows its question, answer and provenance. The
 * store is read in a job; the display thread only shows the result.
 */
public class CorpusView extends ViewPart {
	public static final String ID = "nl.vraagbaak.ui.corpusView";
	/** Widget data keys, so that tests find the widgets without knowing the layout. */
	public static final String TREE_KEY = "vraagbaak.corpus.tree";
	public static final String DETAILS_KEY = "vraagbaak.corpus.details";
	/** Widget data key of the line saying how far the corpus is up to date with the open data, for tests. */
	public static final String SYNC_KEY = "vraagbaak.corpus.sync";

	private static final String SYNC_COMMAND = "nl.vraagbaak.ui.syncOpenData";

	private TreeViewer viewer;
	private Link syncStatus;
	private StyledText details;
	/** The user's corrections of the documents shown, by source: read with them, in the same job. */
	private volatile Map<String, DocumentCorrection> corrections = Map.of();
	/** An import in a job changed the corpus: reload on the display thread. */
	private final Runnable corpusChanged = () -> {
		if (!viewer.getControl().isDisposed()) {
			viewer.getControl().getDisplay().asyncExec(() -> {
				if (!viewer.getControl().isDisposed()) {
					reload();
				}
			});
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(GridLayoutFactory.fillDefaults().spacing(0, 4).create());
		syncStatus = new Link(parent, SWT.WRAP);
		syncStatus.setData(SYNC_KEY, Boolean.TRUE);
		syncStatus.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).indent(4, 4).hint(200, SWT.DEFAULT).create());
		syncStatus.addListener(SWT.Selection, e -> startSync());
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		sash.setLayoutData(GridDataFactory.fillDefaults().grab(true, true).create());
		viewer = new TreeViewer(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setData(TREE_KEY, Boolean.TRUE);
		CorpusTreeContent content = new CorpusTreeContent();
		viewer.setContentProvider(content);
		viewer.setLabelProvider(content);
		details = new StyledText(sash, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		details.setData(DETAILS_KEY, Boolean.TRUE);
		details.setMargins(8, 8, 8, 8);
		details.setText(Messages.CorpusView_selectPassage);
		sash.setWeights(55, 45);
		viewer.addSelectionChangedListener(e -> show(e.getStructuredSelection()));
		getSite().setSelectionProvider(viewer);
		MenuManager menu = new MenuManager();
		menu.add(new Action(Messages.Correct_action) {
			@Override
			public void run() {
				correctSelectedDocument();
			}
		});
		Action remove = new Action(Messages.Remove_action) {
			@Override
			public void run() {
				removeSelectedDocument();
			}
		};
		menu.add(remove);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		// Delete is the workbench's delete command, as in the Dossiers view; Ctrl+Z takes the removal back
		remove.setActionDefinitionId(ActionFactory.DELETE.getCommandId());
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), remove);
		new UndoRedoActionGroup(getSite(), CorpusOperations.CONTEXT, true).fillActionBars(getViewSite().getActionBars());
		CorpusServices.addCorpusChangeListener(corpusChanged);
		reload();
	}

	@Override
	public void dispose() {
		CorpusServices.removeCorpusChangeListener(corpusChanged);
		super.dispose();
	}

	/** Reads the store again (after an import) and shows it. */
	public void reload() {
		viewer.setInput(List.of(NLS.bind(Messages.CorpusView_loading, VraagbaakUi.dataFolder())));
		Job job = Job.create("Corpus", (IProgressMonitor monitor) -> {
			try {
				List<StoredDocument> stored = CorpusStore.open(VraagbaakUi.dataFolder()).stored();
				corrections = stored.stream().collect(Collectors.toUnmodifiableMap(d -> d.document().source(),
						StoredDocument::correction));
				showAsync(stored.stream().map(StoredDocument::document).sorted(CorpusDocument.NEWEST_FIRST).toList());
				showSyncStatusAsync(SyncMoments.lastSync(Messages.CorpusView_neverSynced));
				return Status.OK_STATUS;
			} catch (StoreException e) {
				showAsync(List.of(NLS.bind(Messages.CorpusView_loadFailed, e.getMessage())));
				return new Status(IStatus.ERROR, VraagbaakUi.PLUGIN_ID, e.getMessage(), e);
			}
		});
		job.setSystem(true);
		job.schedule();
	}

	private void showAsync(List<?> input) {
		viewer.getControl().getDisplay().asyncExec(() -> {
			if (!viewer.getControl().isDisposed()) {
				viewer.setInput(input);
			}
		});
	}

	private void showSyncStatusAsync(String sentence) {
		syncStatus.getDisplay().asyncExec(() -> {
			if (!syncStatus.isDisposed()) {
				syncStatus.setText(NLS.bind(Messages.CorpusView_sync, sentence));
				syncStatus.getParent().layout();
			}
		});
	}

	/** The link's "Bijwerken uit open data...": the same command as the File menu's. */
	private void startSync() {
		try {
			getSite().getService(IHandlerService.class).executeCommand(SYNC_COMMAND, null);
		} catch (CommandException e) {
			MessageDialog.openError(getSite().getShell(), Messages.Sync_title, e.getMessage());
		}
	}

	private void show(IStructuredSelection selection) {
		Object element = selection.getFirstElement();
		if (element instanceof CorpusTreeContent.PassageNode node) {
			PassageDetails.render(details, node.document(), node.passage(), correctionOf(node.document()));
		} else if (element instanceof CorpusDocument document && !document.passages().isEmpty()) {
			Passage first = document.passages().get(0);
			PassageDetails.render(details, document, first, correctionOf(document));
		}
	}

	private DocumentCorrection correctionOf(CorpusDocument document) {
		return corrections.getOrDefault(document.source(), DocumentCorrection.NONE);
	}

	/** The document selected, or the document of the passage selected; null when none is. */
	private CorpusDocument selectedDocument() {
		Object element = viewer.getStructuredSelection().getFirstElement();
		return element instanceof CorpusTreeContent.PassageNode node ? node.document()
				: element instanceof CorpusDocument document ? document : null;
	}

	/** Asks for the corrected provenance of the selected document and stores it. */
	private void correctSelectedDocument() {
		CorpusDocument document = selectedDocument();
		if (document == null) {
			return;
		}
		DocumentCorrectionDialog dialog = new DocumentCorrectionDialog(getSite().getShell(), document);
		if (dialog.open() != Window.OK) {
			return;
		}
		DocumentCorrection wanted = dialog.result();
		changeCorpus(Messages.Correct_title, monitor -> CorpusOperations.correct(document.source(), wanted, monitor));
	}

	/** Asks first, naming the document and its passages, then takes it out of the corpus in a job. */
	private void removeSelectedDocument() {
		CorpusDocument document = selectedDocument();
		if (document == null || !MessageDialog.openQuestion(getSite().getShell(), Messages.Remove_title,
				NLS.bind(Messages.Remove_question, new Object[] { document.title(), document.source(),
						document.passages().size() }))) {
			return;
		}
		changeCorpus(Messages.Remove_title, monitor -> CorpusOperations.remove(document.source(), monitor));
	}

	/**
	 * Runs a change of one document in a job (it writes the index); a failure is shown in the job's error dialog,
	 * naming the document. The view reloads when the corpus changed; Ctrl+Z in the view takes the change back.
	 */
	private static void changeCorpus(String title, IJobFunction change) {
		Job job = Job.create(title, change);
		job.setUser(true);
		job.schedule();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
