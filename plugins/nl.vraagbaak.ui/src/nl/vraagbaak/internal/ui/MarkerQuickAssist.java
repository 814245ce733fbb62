package nl.vraagbaak.internal.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.texteditor.MarkerAnnotation;

import nl.vraagbaak.ui.DraftEditor;

/**
 * The quick fixes of the markers where the caret is (part of Ctrl+1), the same ones the Problems view offers: those
 * of what is wrong in the caret's line, then those of the already-asked marker of the question it is in.
 */
public final class MarkerQuickAssist {
	private final DraftEditor editor;

	public MarkerQuickAssist(DraftEditor editor) {
		this.editor = editor;
	}

	public ICompletionProposal[] proposals(IQuickAssistInvocationContext context) {
		IFile file = editor.file();
		IDocument document = context.getSourceViewer().getDocument();
		if (file == null) {
			return new ICompletionProposal[0];
		}
		List<ICompletionProposal> proposals = new ArrayList<>();
		try {
			int line = document.getLineOfOffset(context.getOffset()) + 1;
			add(proposals, file, DraftProblemMarkers.MARKER, IMarker.LINE_NUMBER, line, new DraftProblemResolutions());
			int question = DraftQuestions.at(document, context.getOffset()).number();
			if (question > 0) {
				add(proposals, file, DraftReconcilingStrategy.MARKER, DraftReconcilingStrategy.QUESTION, question,
						new AlreadyAskedResolutions());
			}
		} catch (CoreException | BadLocationException e) {
			return new ICompletionProposal[0]; // the file or the offset went away meanwhile
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	/** The resolutions of the file's markers of {@code type} whose {@code attribute} is {@code value}. */
	private static void add(List<ICompletionProposal> proposals, IFile file, String type, String attribute, int value,
			IMarkerResolutionGenerator2 resolutions) throws CoreException {
		for (IMarker marker : file.findMarkers(type, false, IResource.DEPTH_ZERO)) {
			if (marker.getAttribute(attribute, 0) == value) {
				for (IMarkerResolution resolution : resolutions.getResolutions(marker)) {
					proposals.add(new ResolutionProposal(resolution, marker));
				}
			}
		}
	}

	public boolean canFix(Annotation annotation) {
		return annotation instanceof MarkerAnnotation marker
				&& (isA(marker.getMarker(), DraftReconcilingStrategy.MARKER) || isA(marker.getMarker(), DraftProblemMarkers.MARKER));
	}

	private static boolean isA(IMarker marker, String type) {
		try {
			return marker.exists() && marker.isSubtypeOf(type);
		} catch (CoreException e) {
			return false;
		}
	}

	/** A marker resolution offered in the editor's quick-fix list; it edits the draft through the shared buffer. */
	private record ResolutionProposal(IMarkerResolution resolution, IMarker marker) implements PlainProposal {
		@Override
		public void apply(IDocument document) {
			resolution.run(marker);
		}

		@Override
		public String getDisplayString() {
			return resolution.getLabel();
		}

		@Override
		public String getAdditionalProposalInfo() {
			return marker.getAttribute(IMarker.MESSAGE, "");
		}
	}
}
