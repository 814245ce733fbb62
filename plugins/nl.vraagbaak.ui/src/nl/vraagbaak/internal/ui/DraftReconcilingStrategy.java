package nl.vraagbaak.internal.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.osgi.util.NLS;

import nl.vraagbaak.core.read.Texts;
import nl.vraagbaak.core.draft.DraftEdits;
import nl.vraagbaak.core.draft.DraftFormat;
import nl.vraagbaak.core.draft.ParsedDraft;
import nl.vraagbaak.search.AlreadyAsked;
import nl.vraagbaak.search.HouseStyle;
import nl.vraagbaak.search.IndexException;
import nl.vraagbaak.search.SearchHit;
import nl.vraagbaak.ui.DraftEditor;

/**
 * Runs off the display thread after typing pauses: parses the draft, marks what is wrong in its text, asks the
 * detector about every question, and replaces the file's already-asked markers (Problems view, editor ruler) when the
 * verdicts changed.
 */
final class DraftReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {
	static final String MARKER = "nl.vraagbaak.ui.alreadyAsked";
	static final String EARLIER = "nl.vraagbaak.earlier";
	static final String CITATION = "nl.vraagbaak.citation";
	/** How a follow-up names the earlier answer: "uw antwoord op vraag 8 van 21 november 2025". */
	static final String FOLLOW_UP = "nl.vraagbaak.followUp";
	static final String QUESTION = "nl.vraagbaak.question";
	/**
	 * What the follow-up quick fix quotes: the earlier answer's whole first sentence, as the views' Vervolgvraag quotes
	 * it (the answer's first lines, cut at 240 characters, cut a long sentence short); empty when not yet answered.
	 */
	static final String QUOTED = "nl.vraagbaak.quoted";
	/** Why the question matched, for the hover: the earlier question, its answer's first lines, the shared words. */
	static final String EXPLANATION = "nl.vraagbaak.explanation";
	/** Marker attributes hold at most 64 KB; a hover needs far less. */
	private static final int EXPLANATION_PART_LENGTH = 600;
	/** An answer whose "first sentence" is longer has no sentence ends the quote could stop at. */
	private static final int QUOTED_LENGTH = 2000;

	private final DraftEditor editor;
	private final SpellingAnnotations spelling;
	private IDocument document;

	DraftReconcilingStrategy(DraftEditor editor, SpellingAnnotations spelling) {
		this.editor = editor;
		this.spelling = spelling;
	}

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	/** A draft opened from disk is checked at once, before the user types anything. */
	@Override
	public void initialReconcile() {
		reconcile((IRegion) null);
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		// each check is short and replaced by the next one; there is nothing to report progress on
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		reconcile(subRegion);
	}

	@Override
	public void reconcile(IRegion partition) {
		IFile file = editor.file();
		if (file == null || document == null) {
			return;
		}
		String text = document.get();
		ParsedDraft parsed = DraftFormat.parse(text);
		editor.reconciled(parsed);
		markProblems(file, parsed);
		checkAlreadyAsked(file, parsed);
		spelling.check(text, new NullProgressMonitor());
	}

	private void markProblems(IFile file, ParsedDraft parsed) {
		try {
			DraftProblemMarkers.write(file, parsed);
		} catch (CoreException e) {
			ILog.of(getClass()).warn("Draft problems not marked / fouten in het concept niet gemarkeerd: " + e.getMessage(), e);
		}
	}

	private void checkAlreadyAsked(IFile file, ParsedDraft parsed) {
		try {
			AlreadyAsked detector = CorpusServices.get(new NullProgressMonitor()).detector(UiPreferences.threshold());
			List<AlreadyAsked.Verdict> verdicts = detector.checkDraft(parsed.draft());
			List<Flag> flags = new ArrayList<>();
			for (ParsedDraft.QuestionSpan span : parsed.spans()) {
				AlreadyAsked.Verdict verdict = verdicts.get(span.number() - 1);
				if (verdict.alreadyAsked() && !verdict.matches().isEmpty()) {
					flags.add(new Flag(span, verdict.matches().get(0), verdict.confidence(), verdict.readWith() != null));
				}
			}
			writeMarkers(file, flags);
		} catch (IndexException | CoreException | RuntimeException e) {
			ILog.of(getClass()).warn("Already-asked check failed / controle mislukt: " + e.getMessage(), e);
		}
	}


	/**
	 * @param readWithBefore whether the question points back and was read with the question before it (the first
	 *                       question: with the set's subject)
	 */
	private record Flag(ParsedDraft.QuestionSpan span, AlreadyAsked.Match match, double confidence,
			boolean readWithBefore) {
		String message() {
			var hit = match.hit();
			return NLS.bind(Messages.AlreadyAsked_marker, new Object[] { span.number(), hit.provenance(),
					hit.date() == null ? "" : hit.date(), String.format("%.2f", confidence),
					String.join(", ", match.sharedWords()) });
		}

		String explanation() {
			var hit = match.hit();
			return NLS.bind(Messages.AlreadyAsked_explanation, new Object[] { hit.provenance(),
					hit.date() == null ? "" : hit.date(), shorten(match.earlierQuestion()),
					match.answerStart().isBlank() ? Messages.Passage_notYetAnswered : shorten(match.answerStart()),
					String.join(", ", match.sharedWords()), hit.reference() })
					+ (!readWithBefore ? "" : "\n" + (span.number() == 1 ? Messages.AlreadyAsked_readWithSubject
							: NLS.bind(Messages.AlreadyAsked_readWith, span.number() - 1)));
		}

		private static String shorten(String text) {
			return Texts.abbreviate(text == null ? null : text.strip(), EXPLANATION_PART_LENGTH);
		}
	}

	/** The same question flagged by the same earlier passage is the same marker, whatever its confidence now. */
	private void writeMarkers(IFile file, List<Flag> flags) throws CoreException {
		// the line only, because character offsets from this snapshot may no longer fit the text the user sees now
		List<FileMarkers.Wanted> wanted = flags.stream().map(f -> new FileMarkers.Wanted(
				f.span().number() + "|" + f.match().hit().reference(),
				() -> Map.of(IMarker.SEVERITY, IMarker.SEVERITY_WARNING, IMarker.MESSAGE, f.message(),
						IMarker.LINE_NUMBER, f.span().firstLine(), QUESTION, f.span().number(), EARLIER,
						f.match().hit().reference(), CITATION, HouseStyle.citation(f.match().hit()), FOLLOW_UP,
						HouseStyle.earlierAnswer(f.match().hit()), QUOTED, quoted(f.match().hit()), EXPLANATION,
						f.explanation()))).toList();
		FileMarkers.replace(file, MARKER, wanted, m -> m.getAttribute(QUESTION, 0) + "|" + m.getAttribute(EARLIER, ""));
	}

	private static String quoted(SearchHit hit) {
		return HouseStyle.canFollowUp(hit) ? Texts.abbreviate(DraftEdits.firstSentence(hit.answer()), QUOTED_LENGTH) : "";
	}
}
