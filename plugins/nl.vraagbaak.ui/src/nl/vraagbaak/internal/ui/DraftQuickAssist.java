package nl.vraagbaak.internal.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.ui.texteditor.spelling.SpellingAnnotation;

/**
 * Ctrl+1 in the draft editor: the corrections of the misspelt word under the caret first (the word is what the
 * caret is on), then the quick fixes of what is wrong in its line and of the already-asked marker of its question.
 */
final class DraftQuickAssist implements IQuickAssistProcessor {
	private final MarkerQuickAssist markers;
	private final SpellingAnnotations spelling;

	DraftQuickAssist(MarkerQuickAssist markers, SpellingAnnotations spelling) {
		this.markers = markers;
		this.spelling = spelling;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		List<ICompletionProposal> proposals = new ArrayList<>(spelling.proposalsAt(context.getOffset()));
		proposals.addAll(List.of(markers.proposals(context)));
		return proposals.toArray(ICompletionProposal[]::new);
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof SpellingAnnotation || markers.canFix(annotation);
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}
}
