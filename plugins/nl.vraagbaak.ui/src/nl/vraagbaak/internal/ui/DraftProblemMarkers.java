package nl.vraagbaak.internal.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;

import nl.vraagbaak.core.draft.DraftProblem;
import nl.vraagbaak.core.draft.ParsedDraft;

/**
 * What is wrong in a draft's text as markers on its lines (Problemen view, the editor's ruler and a squiggle), while
 * it is written, as a compiler marks a program: before, a footnote referenced but not defined or a missing heading
 * showed only when the export refused the draft.
 */
final class DraftProblemMarkers {
	static final String MARKER = "nl.vraagbaak.ui.draftProblem";

	private DraftProblemMarkers() {
	}

	/**
	 * Replaces the file's draft problem markers by the parse's problems, in the workbench's language; but for the last
	 * question being started ("1. " in a new set), which is the state of writing, not a fault.
	 */
	static void write(IFile file, ParsedDraft parsed) throws CoreException {
		Locale language = Locale.getDefault();
		List<FileMarkers.Wanted> wanted = parsed.problems().stream().filter(p -> !parsed.isBeingStarted(p))
				.map(p -> new FileMarkers.Wanted(key(p.line(), severity(p), p.message(language)),
						() -> Map.of(IMarker.SEVERITY, severity(p), IMarker.MESSAGE, p.message(language), IMarker.LINE_NUMBER,
								p.line())))
				.toList();
		FileMarkers.replace(file, MARKER, wanted, m -> key(m.getAttribute(IMarker.LINE_NUMBER, 0),
				m.getAttribute(IMarker.SEVERITY, 0), m.getAttribute(IMarker.MESSAGE, "")));
	}

	private static int severity(DraftProblem problem) {
		return problem.severity() == DraftProblem.Severity.ERROR ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING;
	}

	private static String key(int line, int severity, String message) {
		return line + "|" + severity + "|" + message;
	}
}
