package nl.vraagbaak.internal.ui;

import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IMarkerResolution;

import nl.vraagbaak.core.draft.Draft;
import nl.vraagbaak.core.draft.DraftEdits;
import nl.vraagbaak.core.draft.DraftFormat;
import nl.vraagbaak.core.draft.ParsedDraft;

/**
 * Edits of a draft's text as it is now: parse, apply a {@link DraftEdits} edit, print (which renumbers), and replace
 * the text in one change, so an editor shows it as one undoable step. A draft with errors is left as it is: printing
 * it would drop the text the parse could not place (a note between the questions, a footnote defined twice).
 * Each edit returns why it was not made, in the workbench's language, or nothing when it was.
 */
public final class DraftDocuments {
	private DraftDocuments() {
	}

	/** @throws IllegalArgumentException when the edit names a question the draft does not have */
	public static Optional<String> edit(IDocument document, UnaryOperator<Draft> edit) {
		ParsedDraft parsed = DraftFormat.parse(document.get());
		Optional<String> refused = refusal(parsed);
		if (refused.isPresent()) {
			return refused;
		}
		String edited = DraftFormat.print(edit.apply(parsed.draft()));
		try {
			document.replace(0, document.getLength(), edited);
		} catch (BadLocationException e) {
			throw new IllegalStateException(e);
		}
		return Optional.empty();
	}

	/**
	 * {@link #edit(IDocument, UnaryOperator)} for a quick fix, which has no status line of its own: why it was not
	 * made is said in a dialog. Returns whether it was made.
	 */
	static boolean editOrExplain(IDocument document, UnaryOperator<Draft> edit) {
		Optional<String> refused = edit(document, edit);
		refused.ifPresent(why -> MessageDialog.openInformation(Display.getCurrent().getActiveShell(), Messages.Fix_title, why));
		return refused.isEmpty();
	}

	/** Work on a document that may change it. */
	interface DocumentWork<T> {
		T on(IDocument document) throws BadLocationException;
	}

	/**
	 * Runs {@code work} on the file's shared text buffer: an open editor shows a change as an undoable edit; a closed
	 * draft is saved after a change, or it would be lost. Empty when the buffer cannot be had (said in the log).
	 */
	static <T> Optional<T> onFile(IFile file, DocumentWork<T> work) {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		try {
			manager.connect(file.getFullPath(), LocationKind.IFILE, null);
			try {
				ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
				String before = buffer.getDocument().get();
				T result = work.on(buffer.getDocument());
				if (!buffer.isShared() && !before.equals(buffer.getDocument().get())) {
					buffer.commit(null, true);
				}
				return Optional.ofNullable(result);
			} finally {
				manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
			}
		} catch (CoreException | BadLocationException | IllegalArgumentException | IllegalStateException e) {
			ILog.of(DraftDocuments.class).error("Quick fix failed / snelle oplossing mislukt: " + e.getMessage(), e);
			return Optional.empty();
		}
	}

	/** What a quick fix does to its marker's draft. */
	interface MarkerWork {
		void on(IDocument document, IMarker marker) throws BadLocationException;
	}

	/** A quick fix by its label: {@code work} on the marker's draft, through its shared buffer ({@link #onFile}). */
	static IMarkerResolution resolution(String label, MarkerWork work) {
		return new IMarkerResolution() {
			@Override
			public String getLabel() {
				return label;
			}

			@Override
			public void run(IMarker marker) {
				onFile((IFile) marker.getResource(), document -> {
					work.on(document, marker);
					return null;
				});
			}
		};
	}

	/** Why a draft is not rewritten, naming the first error a rewrite would lose text on; nothing when it has none. */
	public static Optional<String> refusal(ParsedDraft parsed) {
		return parsed.rewriteBlocker()
				.map(error -> NLS.bind(Messages.Draft_notChanged, error.line(), error.message(Locale.getDefault())));
	}

	/** Adds a footnote to question {@code question} (1-based). */
	public static Optional<String> addFootnote(IDocument document, int question, String text) {
		return editQuestion(document, question, draft -> DraftEdits.addFootnote(draft, question, text));
	}

	/**
	 * Applies an edit of question {@code question} (1-based); nothing changes when the draft no longer has that
	 * question (it was deleted since the view last showed it).
	 */
	public static Optional<String> editQuestion(IDocument document, int question, UnaryOperator<Draft> edit) {
		int questions = DraftFormat.parse(document.get()).draft().questions().size();
		if (question < 1 || question > questions) {
			return Optional.of(NLS.bind(Messages.Draft_noQuestion, question));
		}
		return edit(document, edit);
	}
}
