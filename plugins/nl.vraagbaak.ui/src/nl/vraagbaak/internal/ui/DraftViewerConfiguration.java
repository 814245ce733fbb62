package nl.vraagbaak.internal.ui;

import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.source.IAnnotationHover;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;
import org.osgi.framework.FrameworkUtil;

import nl.vraagbaak.ui.DraftEditor;

/**
 * Colouring, the reconciler that checks the draft in the background as the user types, quick fixes (Ctrl+1),
 * citation proposals (Ctrl+Space) and the already-asked hover.
 */
public final class DraftViewerConfiguration extends TextSourceViewerConfiguration {
	private static final int PROPOSAL_LIST_WIDTH = 760;
	private static final int PROPOSAL_LIST_HEIGHT = 240;
	/** How long typing must pause before the draft is checked again. */
	public static final int RECONCILE_DELAY_MS = 300;

	private final DraftEditor editor;
	/** The spelling marks of this editor's viewer, shared by the reconciler (which sets them) and Ctrl+1. */
	private SpellingAnnotations spelling;

	public DraftViewerConfiguration(DraftEditor editor) {
		// the text editors' preferences: without them the hover leaves out annotation texts (the spelling message)
		super(EditorsUI.getPreferenceStore());
		this.editor = editor;
	}

	private SpellingAnnotations spelling(ISourceViewer viewer) {
		if (spelling == null) {
			spelling = new SpellingAnnotations(viewer);
		}
		return spelling;
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer viewer) {
		PresentationReconciler reconciler = new PresentationReconciler();
		DefaultDamagerRepairer colours = new DefaultDamagerRepairer(new DraftScanner(viewer.getTextWidget().getDisplay()));
		reconciler.setDamager(colours, IDocument.DEFAULT_CONTENT_TYPE);
		reconciler.setRepairer(colours, IDocument.DEFAULT_CONTENT_TYPE);
		return reconciler;
	}

	/** Ctrl+1: corrections of the misspelt word under the caret, then the quick fixes of the question's marker. */
	@Override
	public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer viewer) {
		QuickAssistAssistant assistant = new QuickAssistAssistant();
		assistant.setQuickAssistProcessor(new DraftQuickAssist(new MarkerQuickAssist(editor), spelling(viewer)));
		assistant.setInformationControlCreator(getInformationControlCreator(viewer));
		return assistant;
	}

	/** Ctrl+Space: cite one of the earlier answers that bear on the question under the caret. */
	@Override
	public IContentAssistant getContentAssistant(ISourceViewer viewer) {
		ContentAssistant assistant = new ContentAssistant();
		assistant.setContentAssistProcessor(new CitationAssist(assistant::setStatusMessage), IDocument.DEFAULT_CONTENT_TYPE);
		assistant.enableAutoActivation(false);
		assistant.setInformationControlCreator(getInformationControlCreator(viewer));
		assistant.setStatusLineVisible(true);
		assistant.setStatusMessage(Messages.Assist_status);
		assistant.setRestoreCompletionProposalSize(proposalListSize());
		return assistant;
	}

	/**
	 * Where the size of the Ctrl+Space list is kept: the user's last size, at first one wide enough for an answer's
	 * source and the start of its question (the platform's default showed "Citeer Kamerstuk 34 843, nr. 114, vraag 6:
	 * Heeft u Offlimits bet").
	 */
	private static IDialogSettings proposalListSize() {
		IDialogSettings section = DialogSettings.getOrCreateSection(PlatformUI
				.getDialogSettingsProvider(FrameworkUtil.getBundle(DraftViewerConfiguration.class)).getDialogSettings(),
				"citationProposals");
		if (section.get(ContentAssistant.STORE_SIZE_X) == null) {
			section.put(ContentAssistant.STORE_SIZE_X, PROPOSAL_LIST_WIDTH);
			section.put(ContentAssistant.STORE_SIZE_Y, PROPOSAL_LIST_HEIGHT);
		}
		return section;
	}

	/** What the markers of a line say (a draft problem, an already-asked explanation), over the ruler. */
	@Override
	public IAnnotationHover getAnnotationHover(ISourceViewer viewer) {
		return new DraftMarkerHover(editor);
	}

	/** The same explanation over the question's text; other annotations keep the editor's usual hover. */
	@Override
	public ITextHover getTextHover(ISourceViewer viewer, String contentType) {
		ITextHover usual = super.getTextHover(viewer, contentType);
		DraftMarkerHover alreadyAsked = new DraftMarkerHover(editor);
		return new ITextHover() {
			@Override
			public String getHoverInfo(ITextViewer textViewer, IRegion region) {
				String explanation = alreadyAsked.getHoverInfo(textViewer, region);
				return explanation != null ? explanation : usual.getHoverInfo(textViewer, region);
			}

			@Override
			public IRegion getHoverRegion(ITextViewer textViewer, int offset) {
				return usual.getHoverRegion(textViewer, offset);
			}
		};
	}

	@Override
	public IReconciler getReconciler(ISourceViewer viewer) {
		MonoReconciler reconciler = new DraftReconciler(new DraftReconcilingStrategy(editor, spelling(viewer)));
		reconciler.setDelay(RECONCILE_DELAY_MS);
		return reconciler;
	}
}
