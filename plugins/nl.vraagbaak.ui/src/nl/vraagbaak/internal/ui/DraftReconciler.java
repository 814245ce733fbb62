package nl.vraagbaak.internal.ui;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.swt.widgets.Control;

/**
 * The draft's background check, run again when the corpus changes (an import, a sync, a document corrected or
 * removed): a question asked in the new documents is marked, and a marker whose earlier passage went is taken off,
 * without waiting for the user to type.
 */
final class DraftReconciler extends MonoReconciler {
	private final Runnable corpusChanged = this::recheckOnDisplay;
	private Control control;

	DraftReconciler(IReconcilingStrategy strategy) {
		super(strategy, false);
	}

	@Override
	public void install(ITextViewer textViewer) {
		super.install(textViewer);
		control = textViewer.getTextWidget();
		CorpusServices.addCorpusChangeListener(corpusChanged);
	}

	@Override
	public void uninstall() {
		CorpusServices.removeCorpusChangeListener(corpusChanged);
		super.uninstall();
	}

	/** Corpus changes are told from jobs; the reconciler is asked again from the display thread, as when typing. */
	private void recheckOnDisplay() {
		Control widget = control;
		if (widget != null && !widget.isDisposed()) {
			widget.getDisplay().asyncExec(() -> {
				if (!widget.isDisposed()) {
					forceReconciling();
				}
			});
		}
	}
}
