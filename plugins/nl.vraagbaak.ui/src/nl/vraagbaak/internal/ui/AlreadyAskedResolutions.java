package nl.vraagbaak.internal.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

import nl.vraagbaak.core.PassageRef;
import nl.vraagbaak.core.draft.Draft;
import nl.vraagbaak.core.draft.DraftEdits;

/**
 * The quick fixes of an already-asked marker (Problems view and Ctrl+1): cite the earlier answer in a footnote,
 * rewrite the question as a follow-up that opens with the earlier answer, delete the question, or ignore this match
 * for this draft (remembered in the draft as "% negeer: ..."). Each is one edit of the draft's shared text buffer:
 * an open editor shows it as an undoable change; a closed draft is saved.
 */
public final class AlreadyAskedResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return marker.getAttribute(DraftReconcilingStrategy.QUESTION, 0) > 0;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		int question = marker.getAttribute(DraftReconcilingStrategy.QUESTION, 0);
		String earlier = marker.getAttribute(DraftReconcilingStrategy.EARLIER, "");
		String citation = marker.getAttribute(DraftReconcilingStrategy.CITATION, "");
		List<IMarkerResolution> fixes = new ArrayList<>();
		fixes.add(fix(Messages.Fix_cite, d -> DraftEdits.addFootnote(d, question, citation)));
		String quoted = marker.getAttribute(DraftReconcilingStrategy.QUOTED, "");
		if (!quoted.isBlank()) {
			// an earlier question not yet answered has no answer to build on
			fixes.add(fix(Messages.Fix_followUp, d -> DraftEdits.asFollowUp(d, question,
					marker.getAttribute(DraftReconcilingStrategy.FOLLOW_UP, "uw antwoord"), citation, quoted)));
		}
		fixes.add(fix(Messages.Fix_delete, d -> DraftEdits.deleteQuestion(d, question)));
		fixes.add(fix(Messages.Fix_ignore, d -> d.ignoring(PassageRef.parse(earlier))));
		return fixes.toArray(IMarkerResolution[]::new);
	}

	private static IMarkerResolution fix(String label, UnaryOperator<Draft> edit) {
		return DraftDocuments.resolution(label, (document, marker) -> DraftDocuments.editOrExplain(document, edit));
	}
}
