package nl.vraagbaak.internal.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.IAnnotationHover;
import org.eclipse.jface.text.source.ISourceViewer;

import nl.vraagbaak.ui.DraftEditor;

/**
 * The hover of a draft's line: over the ruler, what is wrong in the line's text (a footnote referenced but not
 * defined); over the ruler and over the text, for an already-asked question, the verdict, the earlier question and
 * the first lines of its answer, the date, and the words both share, so the user can check it.
 */
public final class DraftMarkerHover implements IAnnotationHover, ITextHover {
	private final DraftEditor editor;

	public DraftMarkerHover(DraftEditor editor) {
		this.editor = editor;
	}

	/** The explanation of the already-asked markers on a line (1-based), or null when it has none. */
	public String explanationOfLine(int line) {
		List<String> parts = onLine(DraftReconcilingStrategy.MARKER, line, marker -> marker.getAttribute(IMarker.MESSAGE, "")
				+ "\n\n" + marker.getAttribute(DraftReconcilingStrategy.EXPLANATION, ""));
		return parts.isEmpty() ? null : String.join("\n\n", parts);
	}

	/**
	 * Over the ruler: what is wrong in the line's text, then the already-asked explanation. Over the text the editor's
	 * usual hover says the former, beside the spelling of the word under the mouse.
	 */
	@Override
	public String getHoverInfo(ISourceViewer viewer, int lineNumber) {
		List<String> parts = new ArrayList<>(
				onLine(DraftProblemMarkers.MARKER, lineNumber + 1, marker -> marker.getAttribute(IMarker.MESSAGE, "")));
		String explanation = explanationOfLine(lineNumber + 1);
		if (explanation != null) {
			parts.add(explanation);
		}
		return parts.isEmpty() ? null : String.join("\n\n", parts);
	}

	/** What the draft's markers of {@code type} on a line (1-based) say, in the order of the markers. */
	private List<String> onLine(String type, int line, Function<IMarker, String> said) {
		IFile file = editor.file();
		try {
			return file == null ? List.of()
					: Arrays.stream(file.findMarkers(type, false, IResource.DEPTH_ZERO))
							.filter(m -> m.getAttribute(IMarker.LINE_NUMBER, 0) == line).map(said).toList();
		} catch (CoreException e) {
			return List.of(); // the file went away while hovering
		}
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		try {
			return explanationOfLine(viewer.getDocument().getLineOfOffset(region.getOffset()) + 1);
		} catch (BadLocationException e) {
			return null;
		}
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}
}
