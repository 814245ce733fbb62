package nl.vraagbaak.internal.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.texteditor.MarkerAnnotation;

import nl.vraagbaak.ui.DraftEditor;

/**
 * The quick fixes of the already-asked marker of the question under the caret (part of Ctrl+1), the same
 * ones the Problems view offers.
 */
public final class AlreadyAskedQuickAssist {
	private final DraftEditor editor;

	public AlreadyAskedQuickAssist(DraftEditor editor) {
		this.editor = editor;
	}

	public ICompletionProposal[] proposals(IQuickAssistInvocationContext context) {
		IFile file = editor.file();
		int question = DraftQuestions.at(context.getSourceViewer().getDocument(), context.getOffset()).number();
		if (file == null || question == 0) {
			return new ICompletionProposal[0];
		}
		List<ICompletionProposal> proposals = new ArrayList<>();
		try {
			AlreadyAskedResolutions resolutions = new AlreadyAskedResolutions();
			for (IMarker marker : file.findMarkers(DraftReconcilingStrategy.MARKER, false, IResource.DEPTH_ZERO)) {
				if (marker.getAttribute(DraftReconcilingStrategy.QUESTION, 0) == question) {
					for (IMarkerResolution resolution : resolutions.getResolutions(marker)) {
						proposals.add(new ResolutionProposal(resolution, marker));
					}
				}
			}
		} catch (CoreException e) {
			return new ICompletionProposal[0];
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	public boolean canFix(Annotation annotation) {
		return annotation instanceof MarkerAnnotation marker && isAlreadyAsked(marker.getMarker());
	}

	private static boolean isAlreadyAsked(IMarker marker) {
		try {
			return marker.exists() && marker.isSubtypeOf(DraftReconcilingStrategy.MARKER);
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
