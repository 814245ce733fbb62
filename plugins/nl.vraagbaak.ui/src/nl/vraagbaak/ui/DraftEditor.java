package nl.vraagbaak.ui;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import nl.vraagbaak.core.draft.DraftFormat;
import nl.vraagbaak.core.draft.ParsedDraft;
import nl.vraagbaak.internal.ui.DraftOutlinePage;
import nl.vraagbaak.internal.ui.DraftQuestions;
import nl.vraagbaak.internal.ui.DraftViewerConfiguration;
import nl.vraagbaak.internal.ui.Messages;
import nl.vraagbaak.internal.ui.RecoveryCopies;

/**
 * The editor for drafts (.kv): the text editor framework's save, dirty state and undo, colouring, and a reconciler
 * that flags already-asked questions as the user types, and an Outline of the questions. It tells listeners (the
 * Earlier Answers view) which question the caret is in.
 */
public class DraftEditor extends TextEditor {
	public static final String ID = "nl.vraagbaak.ui.draftEditor";
	/** The extension of a draft file, the one this editor is registered for (plugin.xml). */
	public static final String EXTENSION = "kv";
	/** Widget data key of the text, for tests. */
	public static final String TEXT_KEY = "vraagbaak.draft.text";

	private static final List<Consumer<CurrentQuestion>> LISTENERS = new CopyOnWriteArrayList<>();
	/** How soon after typing pauses the unsaved text is copied for recovery. */
	private static final int RECOVERY_DELAY_MS = 2000;

	private static final Pattern FOOTNOTE_REFERENCE = Pattern.compile("\\[(\\d+)\\]");

	private Job recoveryJob;
	private boolean announcementPending;
	private DraftOutlinePage outline;

	/** The question under the caret: its number (1-based) and text, in which editor. */
	/** @param searched the text to search for its earlier answers (a follow-up with the question before it) */
	public record CurrentQuestion(DraftEditor editor, int number, String text, String searched) {
	}

	public DraftEditor() {
		setSourceViewerConfiguration(new DraftViewerConfiguration(this));
	}

	/** The editor's own key bindings (add footnote), on top of the text editors' (Ctrl+1, Ctrl+Space, Ctrl+Z). */
	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { "nl.vraagbaak.ui.draftEditorScope" });
	}

	public static void addCurrentQuestionListener(Consumer<CurrentQuestion> listener) {
		LISTENERS.add(listener);
	}

	public static void removeCurrentQuestionListener(Consumer<CurrentQuestion> listener) {
		LISTENERS.remove(listener);
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		StyledText text = getSourceViewer().getTextWidget();
		text.setData(TEXT_KEY, Boolean.TRUE);
		text.setWordWrap(true); // a draft is prose: a question is one long line
		// typing fires both events; one parse after both is enough
		text.addCaretListener(e -> scheduleAnnouncement());
		text.addModifyListener(e -> {
			scheduleAnnouncement();
			scheduleRecoveryCopy();
		});
		addPropertyListener((source, property) -> {
			if (property == PROP_DIRTY) {
				dropRecoveryCopyWhenClean();
			}
		});
		offerRecoveredText();
	}

	private void scheduleAnnouncement() {
		if (announcementPending) {
			return;
		}
		announcementPending = true;
		StyledText text = getSourceViewer().getTextWidget();
		text.getDisplay().asyncExec(() -> {
			announcementPending = false;
			if (!text.isDisposed()) {
				announceCurrentQuestion();
			}
		});
	}

	/** Called by the reconciler (off the display thread) with the draft it parsed: the outline follows it. */
	public void reconciled(ParsedDraft parsed) {
		StyledText text = getSourceViewer() == null ? null : getSourceViewer().getTextWidget();
		if (text == null || text.isDisposed()) {
			return;
		}
		text.getDisplay().asyncExec(() -> {
			if (outline != null && !text.isDisposed()) {
				outline.show(parsed);
			}
		});
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == IContentOutlinePage.class) {
			if (outline == null) {
				outline = new DraftOutlinePage(this);
			}
			return type.cast(outline);
		}
		return super.getAdapter(type);
	}

	/** Shows line {@code line} (1-based) of the draft with the caret at its start. */
	public void revealLine(int line) {
		try {
			selectAndReveal(document().getLineOffset(line - 1), 0);
		} catch (BadLocationException e) {
			// the outline was older than the text; the next reconcile corrects it
		}
	}

	/** Puts the caret at the end of the last footnote that question {@code number} refers to, to type its text. */
	public void placeCaretInLastFootnoteOf(int number) {
		ParsedDraft parsed = DraftFormat.parse(document().get());
		if (number < 1 || number > parsed.draft().questions().size()) {
			return;
		}
		Matcher reference = FOOTNOTE_REFERENCE.matcher(parsed.draft().questions().get(number - 1).text());
		String last = null;
		while (reference.find()) {
			last = reference.group(1);
		}
		if (last == null) {
			return;
		}
		IDocument document = document();
		for (int line = document.getNumberOfLines() - 1; line >= 0; line--) {
			try {
				IRegion region = document.getLineInformation(line);
				int offset = region.getOffset();
				String text = document.get(offset, region.getLength());
				if (text.startsWith("[" + last + "]")) {
					selectAndReveal(offset + text.length(), 0);
					return;
				}
			} catch (BadLocationException e) {
				return;
			}
		}
	}

	/**
	 * A draft renamed or moved while open (Dossiers > Naam wijzigen) keeps its editor, with any unsaved text: its
	 * recovery copy moves along, so that no copy is left behind under the old name, never to be offered again.
	 */
	@Override
	protected void doSetInput(IEditorInput input) throws CoreException {
		IFile before = file();
		super.doSetInput(input);
		IFile after = file();
		if (before != null && after != null && !before.equals(after)) {
			try {
				RecoveryCopies.move(before, after);
			} catch (IOException e) {
				ILog.of(getClass()).warn(NLS.bind(Messages.Recovery_failed, e.getMessage()), e);
			}
		}
	}

	/**
	 * No unsaved text, no recovery copy: also when the editor went back to the file without a save (Revert, or
	 * "Tekst vervangen" after a colleague saved the draft), or the copy would be offered at the next start.
	 */
	private void dropRecoveryCopyWhenClean() {
		IFile file = file();
		if (!isDirty() && file != null) {
			if (recoveryJob != null) {
				recoveryJob.cancel();
			}
			try {
				RecoveryCopies.delete(file);
			} catch (IOException e) {
				ILog.of(getClass()).warn(NLS.bind(Messages.Recovery_failed, e.getMessage()), e);
			}
		}
	}

	/** Copies the unsaved text off the display thread once typing pauses; a newer change replaces the pending copy. */
	private void scheduleRecoveryCopy() {
		IFile file = file();
		if (file == null || !isDirty()) {
			return;
		}
		String text = document().get();
		if (recoveryJob != null) {
			recoveryJob.cancel();
		}
		recoveryJob = Job.create(Messages.Recovery_job, monitor -> {
			try {
				RecoveryCopies.write(file, text);
				return Status.OK_STATUS;
			} catch (IOException e) {
				return new Status(IStatus.WARNING, VraagbaakUi.PLUGIN_ID, NLS.bind(Messages.Recovery_failed, e.getMessage()), e);
			}
		});
		recoveryJob.setSystem(true);
		recoveryJob.schedule(RECOVERY_DELAY_MS);
	}

	/** A recovery copy that differs from the saved draft means the last session ended without saving: offer it. */
	private void offerRecoveredText() {
		IFile file = file();
		try {
			String recovered = file == null ? null : RecoveryCopies.read(file);
			if (recovered != null && !recovered.equals(document().get())) {
				if (MessageDialog.openQuestion(getSite().getShell(), Messages.Recovery_title,
						NLS.bind(Messages.Recovery_offer, file.getFullPath()))) {
					replaceText(recovered);
				} else {
					RecoveryCopies.delete(file);
				}
			}
		} catch (IOException e) {
			ILog.of(getClass()).warn(NLS.bind(Messages.Recovery_failed, e.getMessage()), e);
		}
	}

	/**
	 * Saving renumbers questions and footnotes (the printed form of the draft) when the draft has no errors; a draft
	 * with errors is saved as typed, so nothing the user wrote is lost.
	 */
	@Override
	public void doSave(IProgressMonitor monitor) {
		ParsedDraft parsed = DraftFormat.parse(document().get());
		if (!parsed.hasErrors()) {
			String printed = DraftFormat.print(parsed.draft());
			if (!printed.equals(document().get())) {
				int caret = getSourceViewer().getTextWidget().getCaretOffset();
				replaceText(printed);
				getSourceViewer().getTextWidget().setCaretOffset(Math.min(caret, printed.length()));
			}
		}
		super.doSave(monitor);
		if (recoveryJob != null) {
			recoveryJob.cancel();
		}
		try {
			if (file() != null && !isDirty()) {
				RecoveryCopies.delete(file());
			}
		} catch (IOException e) {
			ILog.of(getClass()).warn(NLS.bind(Messages.Recovery_failed, e.getMessage()), e);
		}
	}

	/**
	 * A normal close, saved or deliberately not saved, ends the need for a recovery copy; after a crash the editor is
	 * never disposed, so the copy stays and is offered next time.
	 */
	@Override
	public void dispose() {
		if (recoveryJob != null) {
			recoveryJob.cancel();
		}
		try {
			if (file() != null) {
				RecoveryCopies.delete(file());
			}
		} catch (IOException e) {
			ILog.of(getClass()).warn(NLS.bind(Messages.Recovery_failed, e.getMessage()), e);
		}
		super.dispose();
	}

	/** The workspace file being edited, or null for a file outside the workspace. */
	/** Whether the element is a draft file: a workspace file with the draft extension. */
	public static boolean isDraft(Object element) {
		return element instanceof IFile file && EXTENSION.equals(file.getFileExtension());
	}

	public IFile file() {
		return getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null;
	}

	public IDocument document() {
		return getDocumentProvider().getDocument(getEditorInput());
	}

	/** Replaces the whole text as one undoable change (quick fixes and commands print the edited draft). */
	public void replaceText(String text) {
		IDocument document = document();
		try {
			document.replace(0, document.getLength(), text);
		} catch (BadLocationException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The question the caret is in, or 0 when it is in none. */
	public int currentQuestion() {
		return DraftQuestions.at(document(), getSourceViewer().getTextWidget().getCaretOffset()).number();
	}

	private void announceCurrentQuestion() {
		DraftQuestions.At at = DraftQuestions.at(document(), getSourceViewer().getTextWidget().getCaretOffset());
		CurrentQuestion current = new CurrentQuestion(this, at.number(), at.text(), at.searched());
		LISTENERS.forEach(l -> l.accept(current));
	}
}
