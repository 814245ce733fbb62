package nl.vraagbaak.internal.ui;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PlatformUI;

import nl.vraagbaak.core.store.CorpusStore;
import nl.vraagbaak.core.store.DocumentCorrection;
import nl.vraagbaak.core.store.StoreException;
import nl.vraagbaak.search.IndexException;
import nl.vraagbaak.ui.VraagbaakUi;

/**
 * Removing a document from the corpus and correcting its details, as operations Bewerken > Ongedaan maken (Ctrl+Z in
 * the Corpus view) takes back and Opnieuw brings again: a document removed by mistake, a synced one above all, could
 * otherwise only come back by importing its file again, and a synced document's file is not on the user's disk.
 */
public final class CorpusOperations {
	/** The Corpus view's undo history. */
	public static final IUndoContext CONTEXT = new ObjectUndoContext(CorpusOperations.class, "Corpus");

	private CorpusOperations() {
	}

	/**
	 * Takes a document out of the corpus, in the calling job; when done, Ctrl+Z puts it back with its correction.
	 *
	 * @return OK, or an error naming the document and the reason
	 */
	public static IStatus remove(String source, IProgressMonitor monitor) {
		return performed(new Removal(source), monitor);
	}

	/**
	 * Corrects a document's details, in the calling job; when done, Ctrl+Z puts the earlier correction (or none) back.
	 *
	 * @return OK, or an error naming the document and the reason
	 */
	public static IStatus correct(String source, DocumentCorrection wanted, IProgressMonitor monitor) {
		return performed(new Correction(source, wanted), monitor);
	}

	/** The first run is the redo: one way to make the change; recorded on the display thread when it succeeded. */
	private static IStatus performed(DocumentChange operation, IProgressMonitor monitor) {
		IStatus done = operation.redo(monitor, null);
		if (done.isOK()) {
			operation.addContext(CONTEXT);
			PlatformUI.getWorkbench().getDisplay().asyncExec(
					() -> PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().add(operation));
		}
		return done;
	}

	/** A change of one document: the first run and a redo are the same. */
	private abstract static class DocumentChange extends AbstractOperation {
		DocumentChange(String label) {
			super(label);
		}

		@Override
		public final IStatus execute(IProgressMonitor monitor, IAdaptable info) {
			return redo(monitor, info);
		}

		@Override
		public abstract IStatus redo(IProgressMonitor monitor, IAdaptable info);
	}

	private static final class Removal extends DocumentChange {
		private final String source;
		/** What the last removal took out: what undo puts back. */
		private CorpusStore.Removed removed;

		Removal(String source) {
			super(NLS.bind(Messages.Remove_undoLabel, source));
			this.source = source;
		}

		@Override
		public boolean canUndo() {
			// imported again since: putting the old one back would replace it
			return !inCorpus(source);
		}

		@Override
		public boolean canRedo() {
			return inCorpus(source);
		}

		@Override
		public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
			return change(Messages.Remove_undoFailed, source, monitor, services -> services.restore(removed));
		}

		@Override
		public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
			return change(Messages.Remove_failed, source, monitor, services -> removed = services.remove(source));
		}
	}

	private static final class Correction extends DocumentChange {
		private final String source;
		private final DocumentCorrection wanted;
		/** The correction before the first run: what undo puts back. */
		private DocumentCorrection before;

		Correction(String source, DocumentCorrection wanted) {
			super(NLS.bind(Messages.Correct_undoLabel, source));
			this.source = source;
			this.wanted = wanted;
		}

		@Override
		public boolean canUndo() {
			return inCorpus(source);
		}

		@Override
		public boolean canRedo() {
			return inCorpus(source);
		}

		@Override
		public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
			return change(Messages.Correct_failed, source, monitor, services -> services.correct(source, before));
		}

		@Override
		public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
			return change(Messages.Correct_failed, source, monitor, services -> {
				if (before == null) {
					before = services.store().correction(source);
				}
				services.correct(source, wanted);
			});
		}
	}

	private interface Change {
		void apply(CorpusServices services) throws StoreException;
	}

	/**
	 * One document written to the store and the index (opened first when needed: the first run is in a job); a
	 * failure names the document and the reason.
	 */
	private static IStatus change(String failed, String source, IProgressMonitor monitor, Change change) {
		try {
			change.apply(CorpusServices.get(monitor));
			return Status.OK_STATUS;
		} catch (StoreException | IndexException e) {
			return new Status(IStatus.ERROR, VraagbaakUi.PLUGIN_ID, NLS.bind(failed, source, e.getMessage()), e);
		}
	}

	private static boolean inCorpus(String source) {
		CorpusServices services = CorpusServices.ifOpen();
		return services != null && services.store().contains(source);
	}
}
