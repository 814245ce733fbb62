package nl.vraagbaak.internal.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

import nl.vraagbaak.core.draft.DraftFixes;
import nl.vraagbaak.core.draft.DraftFormat;
import nl.vraagbaak.core.draft.DraftProblem;

/**
 * The quick fixes of what is wrong in a draft's text (Problems view and Ctrl+1): add the footnote a question refers
 * to, make a stray line the next question or delete it, delete an unknown directive ({@link DraftFixes}). Each is one
 * edit of the draft's shared text buffer ({@link DraftDocuments#onFile}), worked out again from the text as it is
 * when it runs.
 */
public final class DraftProblemResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return getResolutions(marker).length > 0;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		return DraftDocuments.onFile((IFile) marker.getResource(), document -> fixes(document, marker).stream()
				.map(fix -> resolution(fix.label().in(Locale.getDefault()))).toList())
				.orElse(List.of()).toArray(IMarkerResolution[]::new);
	}

	/** The fixes of the problem the marker shows, in the text as it is now; none when the text no longer has it. */
	static List<DraftFixes.Fix> fixes(IDocument document, IMarker marker) {
		String text = document.get();
		int line = marker.getAttribute(IMarker.LINE_NUMBER, 0);
		String message = marker.getAttribute(IMarker.MESSAGE, "");
		Optional<DraftProblem> problem = DraftFormat.parse(text).problems().stream()
				.filter(p -> p.line() == line && p.message(Locale.getDefault()).equals(message)).findFirst();
		return problem.map(p -> DraftFixes.of(text, p)).orElse(List.of());
	}

	private static IMarkerResolution resolution(String label) {
		return DraftDocuments.resolution(label, (document, marker) -> {
			for (DraftFixes.Fix fix : fixes(document, marker)) {
				if (fix.label().in(Locale.getDefault()).equals(label)) {
					document.replace(fix.offset(), fix.length(), fix.text());
					return;
				}
			}
		});
	}
}
