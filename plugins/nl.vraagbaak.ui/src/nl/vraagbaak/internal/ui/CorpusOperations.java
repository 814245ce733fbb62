package nl.vraagbaak.internal.ui;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.IUndoableOperation;
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

	/** A change already made in a job, recorded so that Ctrl+Z takes it back (on the display thread). */
	public static void record(IUndoableOperation done) {
		done.addContext(CONTEXT);
		PlatformUI.getWorkbench().getOperationSupport().getOperationHistory().add(done);
	}

	/** A document taken out of the corpus; undo puts it back with its correction. */
	public static IUndoableOperation removal(CorpusStore.Removed removed) {
		return new Removal(removed);
	}

	/** A document's details corrected; undo puts the earlier correction (or none) back. */
	public static IUndoableOperation correction(String source, DocumentCorrection before, DocumentCorrection after) {
		return new Correction(source, before, after);
	}

	private static final class Removal extends AbstractOperation {
		private CorpusStore.Removed removed;

		Removal(CorpusStore.Removed removed) {
			super(NLS.bind(Messages.Remove_undoLabel, removed.original().source()));
			this.removed = removed;
		}

		private String source() {
			return removed.original().source();
		}

		@Override
		public boolean canUndo() {
			// imported again since: putting the old one back would replace it
			return !inCorpus(source());
		}

		@Override
		public boolean canRedo() {
			return inCorpus(source());
		}

		@Override
		public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
			return redo(monitor, info);
		}

		@Override
		public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
			return change(Messages.Remove_undoFailed, source(), services -> services.restore(removed));
		}

		@Override
		public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
			return change(Messages.Remove_failed, source(), services -> removed = services.remove(source()));
		}
	}

	private static final class Correction extends AbstractOperation {
		private final String source;
		private final DocumentCorrection before;
		private final DocumentCorrection after;

		Correction(String source, DocumentCorrection before, DocumentCorrection after) {
			super(NLS.bind(Messages.Correct_undoLabel, source));
			this.source = source;
			this.before = before;
			this.after = after;
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
		public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
			return redo(monitor, info);
		}

		@Override
		public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
			return change(Messages.Correct_failed, source, services -> services.correct(source, before));
		}

		@Override
		public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
			return change(Messages.Correct_failed, source, services -> services.correct(source, after));
		}
	}

	private interface Change {
		void apply(CorpusServices services) throws StoreException;
	}

	/** One document written to the store and the index; a failure names the document and the reason. */
	private static IStatus change(String failed, String source, Change change) {
		CorpusServices services = CorpusServices.ifOpen();
		if (services == null) {
			return new Status(IStatus.ERROR, VraagbaakUi.PLUGIN_ID, NLS.bind(failed, source, Messages.Assist_indexOpening));
		}
		try {
			change.apply(services);
			return Status.OK_STATUS;
		} catch (StoreException e) {
			return new Status(IStatus.ERROR, VraagbaakUi.PLUGIN_ID, NLS.bind(failed, source, e.getMessage()), e);
		}
	}

	private static boolean inCorpus(String source) {
		CorpusServices services = CorpusServices.ifOpen();
		return services != null && services.store().contains(source);
	}
}
