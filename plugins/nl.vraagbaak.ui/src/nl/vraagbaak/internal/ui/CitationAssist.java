package nl.vraagbaak.internal.ui;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;

import nl.vraagbaak.core.read.Texts;
import nl.vraagbaak.core.draft.DraftFormat;
import nl.vraagbaak.core.draft.ParsedDraft;
import nl.vraagbaak.search.CitedPassages;
import nl.vraagbaak.search.HouseStyle;
import nl.vraagbaak.search.IndexException;
import nl.vraagbaak.search.SearchHit;
import nl.vraagbaak.search.SearchOptions;
import nl.vraagbaak.spelling.QueryCorrection;

/**
 * Ctrl+Space in the draft editor: the earlier answers that bear on the question under the caret; choosing one adds
 * a footnote citing it to that question (one undoable change, footnotes renumbered). A slip in a key word is searched
 * as the word the corpus uses, as the Earlier Answers view does, and the list's status line says so.
 */
public final class CitationAssist implements IContentAssistProcessor {
	private static final int SUGGESTIONS = 6;
	private static final int LABEL_LENGTH = 80;

	private final Consumer<String> statusLine;
	private String errorMessage;

	/** @param statusLine shows a message in the proposal list's status line */
	public CitationAssist(Consumer<String> statusLine) {
		this.statusLine = statusLine;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		errorMessage = null;
		IDocument document = viewer.getDocument();
		ParsedDraft parsed = DraftFormat.parse(document.get());
		DraftQuestions.At question;
		try {
			question = DraftQuestions.atLine(parsed, document.getLineOfOffset(offset) + 1);
		} catch (BadLocationException e) {
			question = DraftQuestions.At.NONE;
		}
		if (question.number() == 0 || question.text().isBlank()) {
			errorMessage = Messages.Assist_noQuestion;
			return new ICompletionProposal[0];
		}
		Optional<String> refused = DraftDocuments.refusal(parsed);
		if (refused.isPresent()) {
			// a citation would rewrite the draft, and a draft with errors is not rewritten: say so before searching
			errorMessage = refused.get();
			return new ICompletionProposal[0];
		}
		// the reconciler opens the index in the background; the display thread never waits for a rebuild
		CorpusServices services = CorpusServices.ifOpen();
		if (services == null) {
			errorMessage = Messages.Assist_indexOpening;
			return new ICompletionProposal[0];
		}
		try {
			// a follow-up with the question it points back to, as the Earlier Answers view searches it
			Optional<QueryCorrection.Correction> correction = correction(services, question.searched());
			statusLine.accept(correction.map(c -> NLS.bind(Messages.Assist_statusCorrected, String.join(", ", c.words())))
					.orElse(Messages.Assist_status));
			String searched = correction.map(QueryCorrection.Correction::query).orElse(question.searched());
			List<SearchHit> hits = services.search().search(searched, SearchOptions.top(SUGGESTIONS));
			if (hits.isEmpty()) {
				errorMessage = Messages.Assist_none;
			}
			int number = question.number();
			CitedPassages cited = CitedPassages.of(parsed.draft(), number);
			return hits.stream().map(hit -> new CiteProposal(number, hit, cited.cites(hit))).toArray(ICompletionProposal[]::new);
		} catch (IndexException e) {
			errorMessage = e.getMessage();
			return new ICompletionProposal[0];
		}
	}

	/**
	 * The question's slips corrected; as typed when the word list cannot be read (that is said in the log, and the
	 * citations need no word list). The word list is usually read already, by the spelling check or the Earlier
	 * Answers view, both in the background; otherwise this reads it once, which takes about a second.
	 */
	private static Optional<QueryCorrection.Correction> correction(CorpusServices services, String question) {
		try {
			return SpellingServices.correction(services, question);
		} catch (IOException e) {
			ILog.of(CitationAssist.class).warn(e.getMessage(), e);
			return Optional.empty();
		}
	}

	@Override
	public String getErrorMessage() {
		return errorMessage;
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return new IContextInformation[0];
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}

	/**
	 * Cites one earlier answer in a footnote of question {@code number}; one the question cites already is listed as
	 * such and adds no second footnote with the same source.
	 */
	private record CiteProposal(int number, SearchHit hit, boolean cited) implements PlainProposal {
		@Override
		public void apply(IDocument document) {
			if (!cited) {
				// the text as it is now, not as it was when the list opened; the list opens only on a draft without
				// errors, so nothing refuses the edit but a change made meanwhile
				DraftDocuments.addFootnote(document, number, HouseStyle.citation(hit));
			}
		}

		@Override
		public String getDisplayString() {
			String earlier = hit.question() != null ? hit.question() : hit.heading() != null ? hit.heading() : hit.title();
			String flat = earlier == null ? "" : earlier.strip().replaceAll("\\s+", " ");
			return NLS.bind(cited ? Messages.Assist_cited : Messages.Assist_cite, hit.provenance(),
					Texts.abbreviate(flat, LABEL_LENGTH));
		}

		@Override
		public String getAdditionalProposalInfo() {
			return HouseStyle.citation(hit) + "\n\n" + (hit.answer() == null ? "" : hit.answer().strip());
		}
	}
}
