package nl.vraagbaak.ui;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import nl.vraagbaak.internal.ui.CorpusServices;
import nl.vraagbaak.internal.ui.HitTable;
import nl.vraagbaak.internal.ui.Messages;
import nl.vraagbaak.internal.ui.SpellingServices;
import nl.vraagbaak.internal.ui.StatusLabel;
import nl.vraagbaak.search.IndexException;
import nl.vraagbaak.search.SearchHit;
import nl.vraagbaak.search.SearchOptions;
import nl.vraagbaak.spelling.QueryCorrection;

/**
 * The earlier answers for the question under the caret of the draft editor, refreshed when typing pauses: the search
 * runs in a job, a newer question cancels an older search, and results come back to the display thread. "Cite" adds
 * a footnote with the selected answer's citation to the current question; "Follow-up" rewrites the question to open
 * with the selected answer ("In uw brief van 1 oktober 2024 stelt u: “...”"), cited, as the marker's quick fix does.
 */
public class EarlierAnswersView extends ViewPart {
	public static final String ID = "nl.vraagbaak.ui.earlierAnswersView";
	public static final String TABLE_KEY = "vraagbaak.earlier.table";
	public static final String CITE_KEY = "vraagbaak.earlier.cite";
	public static final String FOLLOW_UP_KEY = CITE_KEY + ".followUp";
	public static final String STATUS_KEY = "vraagbaak.earlier.status";
	private static final int DELAY_MS = 300;
	private static final int HITS = 10;

	private HitTable table;
	private Label status;
	private DraftEditor.CurrentQuestion current;
	private Job searchJob;
	private final Consumer<DraftEditor.CurrentQuestion> listener = this::questionChanged;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(3, false));
		status = new Label(parent, SWT.WRAP);
		status.setData(STATUS_KEY, Boolean.TRUE);
		status.setText(Messages.EarlierAnswers_none);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		table = HitTable.create(sash, TABLE_KEY);
		sash.setWeights(50, 50);
		// the buttons go beside the status line, before the sash in the grid
		HitActions.create(parent, table, this::target, text -> StatusLabel.set(status, text), Messages.EarlierAnswers_none,
				CITE_KEY, FOLLOW_UP_KEY);
		sash.moveBelow(null);
		DraftEditor.addCurrentQuestionListener(listener);
	}

	private void questionChanged(DraftEditor.CurrentQuestion question) {
		if (question.number() == 0 || question.text().isBlank()) {
			return;
		}
		if (current != null && current.searched().equals(question.searched()) && current.editor() == question.editor()) {
			current = question; // the same question (the caret moved within it): the running search still applies
			return;
		}
		boolean anotherQuestion = current == null || current.editor() != question.editor()
				|| current.number() != question.number();
		current = question;
		if (searchJob != null) {
			searchJob.cancel(); // superseded by newer typing
		}
		if (anotherQuestion) {
			// the list was for the question the caret left: Citeer would put its answer under this one
			table.show(List.of());
			StatusLabel.set(status, MessageFormat.format(Messages.EarlierAnswers_searchingFor, question.number()));
		}
		String text = question.searched(); // a follow-up with the question it points back to
		searchJob = Job.create(Messages.EarlierAnswers_searching, (IProgressMonitor monitor) -> {
			try {
				CorpusServices corpus = CorpusServices.get(monitor);
				// a slip in a key word ("versleuteing") would hide every answer about it while the user types
				Optional<QueryCorrection.Correction> correction = SpellingServices.correction(corpus, text);
				String searched = correction.map(QueryCorrection.Correction::query).orElse(text);
				List<SearchHit> hits = corpus.search().search(searched, SearchOptions.top(HITS));
				if (!monitor.isCanceled()) {
					show(question, hits, correction.map(QueryCorrection.Correction::words).orElse(List.of()));
				}
				return Status.OK_STATUS;
			} catch (IndexException | IOException | RuntimeException e) {
				IStatus failed = new Status(IStatus.WARNING, VraagbaakUi.PLUGIN_ID,
						Messages.EarlierAnswers_searching + ": " + e.getMessage(), e);
				ILog.of(getClass()).log(failed);
				return failed;
			}
		});
		searchJob.setSystem(true);
		searchJob.schedule(DELAY_MS);
	}

	/** @param corrected the words searched instead of slips in the question; empty when none */
	private void show(DraftEditor.CurrentQuestion question, List<SearchHit> hits, List<String> corrected) {
		if (table.viewer().getControl().isDisposed()) {
			return;
		}
		table.viewer().getControl().getDisplay().asyncExec(() -> {
			if (table.viewer().getControl().isDisposed() || current == null || !current.searched().equals(question.searched())) {
				return;
			}
			String counted = MessageFormat.format(Messages.EarlierAnswers_forQuestion, question.number(), hits.size());
			// the first question is read with the heading's subject, a later one with the question before it
			String found = question.searched().equals(question.text()) ? counted
					: NLS.bind(question.number() == 1 ? Messages.EarlierAnswers_withSubject : Messages.EarlierAnswers_withBefore,
							counted);
			StatusLabel.set(status, corrected.isEmpty() ? found
					: NLS.bind(Messages.EarlierAnswers_corrected, found, String.join(", ", corrected)));
			table.show(hits);
		});
	}

	/** The question the list is for, while the caret is in one. */
	private Optional<HitActions.Target> target() {
		return current != null && current.number() > 0
				? Optional.of(new HitActions.Target(current.editor().document(), current.number()))
				: Optional.empty();
	}

	@Override
	public void setFocus() {
		table.viewer().getControl().setFocus();
	}

	@Override
	public void dispose() {
		DraftEditor.removeCurrentQuestionListener(listener);
		if (searchJob != null) {
			searchJob.cancel();
		}
		super.dispose();
	}
}
