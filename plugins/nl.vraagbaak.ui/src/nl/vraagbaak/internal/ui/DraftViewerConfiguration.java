package nl.vraagbaak.internal.ui;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

import nl.vraagbaak.ui.DraftEditor;

/** Colouring, and the reconciler that checks the draft in the background as the user types. */
public final class DraftViewerConfiguration extends TextSourceViewerConfiguration {
	/** How long typing must pause before the draft is checked again. */
	public static final int RECONCILE_DELAY_MS = 300;

	private final DraftEditor editor;

	public DraftViewerConfiguration(DraftEditor editor) {
		this.editor = editor;
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer viewer) {
		PresentationReconciler reconciler = new PresentationReconciler();
		DefaultDamagerRepairer colours = new DefaultDamagerRepairer(new DraftScanner(viewer.getTextWidget().getDisplay()));
		reconciler.setDamager(colours, IDocument.DEFAULT_CONTENT_TYPE);
		reconciler.setRepairer(colours, IDocument.DEFAULT_CONTENT_TYPE);
		return reconciler;
	}

	@Override
	public IReconciler getReconciler(ISourceViewer viewer) {
		MonoReconciler reconciler = new MonoReconciler(new DraftReconcilingStrategy(editor), false);
		reconciler.setDelay(RECONCILE_DELAY_MS);
		return reconciler;
	}
}
