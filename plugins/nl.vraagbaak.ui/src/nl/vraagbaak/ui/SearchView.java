package nl.vraagbaak.ui;

import java.io.IOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import nl.vraagbaak.core.DocumentKind;
import nl.vraagbaak.core.read.DutchDates;
import nl.vraagbaak.internal.ui.CorpusServices;
import nl.vraagbaak.internal.ui.HitTable;
import nl.vraagbaak.internal.ui.KindLabels;
import nl.vraagbaak.internal.ui.Messages;
import nl.vraagbaak.internal.ui.SpellingServices;
import nl.vraagbaak.internal.ui.StatusLabel;
import nl.vraagbaak.search.IndexException;
import nl.vraagbaak.search.SearchHit;
import nl.vraagbaak.search.SearchOptions;
import nl.vraagbaak.spelling.QueryCorrection;

/**
 * Search in earlier answers while writing: Dutch-aware full text (synonyms, compounds, stems; quotes and AND/OR),
 * filters on document kind, date range and minister, results with provenance and the matched words in bold.
 */
public class SearchView extends ViewPart {
	public static final String ID = "nl.vraagbaak.ui.searchView";
	public static final String QUERY_KEY = "vraagbaak.search.query";
	public static final String TABLE_KEY = "vraagbaak.search.table";
	public static final String STATUS_KEY = "vraagbaak.search.status";
	public static final String CORRECTION_KEY = "vraagbaak.search.correction";
	public static final String CITE_KEY = "vraagbaak.search.cite";
	public static final String FOLLOW_UP_KEY = CITE_KEY + ".followUp";
	private static final int HITS = 50;

	private Text query;
	private Combo kind;
	/** A filter's width before the view shares out its own: small, so that the filters fit a narrow view. */
	private static final int FILTER_MIN_WIDTH = 60;
	private Text from;
	private Text to;
	private Text minister;
	private Label status;
	/** "Bedoelde u: ...?" under the status when a word of the query is a slip for one the corpus uses. */
	private Link correction;
	private String correctedQuery;
	private HitTable table;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(4, false));
		query = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		query.setData(QUERY_KEY, Boolean.TRUE);
		query.setMessage(Messages.Search_query);
		query.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		query.addListener(SWT.DefaultSelection, e -> search());
		Button go = new Button(parent, SWT.PUSH);
		go.setText(Messages.Search_button);
		go.addListener(SWT.Selection, e -> search());
		Composite filters = filterRows(parent);
		kind = new Combo(filters, SWT.READ_ONLY);
		kind.add(Messages.Search_kindAll);
		for (DocumentKind k : DocumentKind.values()) {
			kind.add(KindLabels.of(k));
		}
		kind.select(0);
		kind.setLayoutData(filterLayout());
		minister = new Text(filters, SWT.BORDER);
		minister.setMessage(Messages.Passage_minister);
		minister.setLayoutData(filterLayout());
		from = dateField(filters, Messages.Search_from);
		to = dateField(filters, Messages.Search_to);
		status = new Label(parent, SWT.WRAP); // beside the buttons in a narrow view: wrapped, not cut off
		status.setData(STATUS_KEY, Boolean.TRUE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		correction = new Link(parent, SWT.NONE);
		correction.setData(CORRECTION_KEY, Boolean.TRUE);
		correction.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
		correction.addListener(SWT.Selection, e -> {
			query.setText(correctedQuery);
			search();
		});
		showCorrection(null);
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
		table = HitTable.create(sash, TABLE_KEY);
		// the buttons go beside the status line, before the correction and the sash in the grid
		HitActions.create(parent, table, this::target, text -> StatusLabel.set(status, text), Messages.Search_noQuestion,
				CITE_KEY, FOLLOW_UP_KEY);
		correction.moveBelow(null);
		sash.moveBelow(null);
	}

	/** The question under the caret of the draft editor last active, as the Earlier Answers view follows it. */
	private Optional<HitActions.Target> target() {
		if (getSite().getPage().getActiveEditor() instanceof DraftEditor editor) {
			int question = editor.currentQuestion();
			return question > 0 ? Optional.of(new HitActions.Target(editor.document(), question)) : Optional.empty();
		}
		return Optional.empty();
	}

	private static Text dateField(Composite parent, String hint) {
		Text field = new Text(parent, SWT.BORDER);
		field.setMessage(hint);
		field.setLayoutData(filterLayout());
		return field;
	}

	/**
	 * The filters two by two, each half the view's width: the view shares the workbench's right column with the
	 * earlier answers, and four filters in one row ran out of it.
	 */
	private static Composite filterRows(Composite parent) {
		Composite filters = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(2, true);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		filters.setLayout(layout);
		filters.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
		return filters;
	}

	private static GridData filterLayout() {
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = FILTER_MIN_WIDTH;
		return data;
	}

	private void search() {
		SearchOptions options;
		try {
			Set<DocumentKind> kinds = kind.getSelectionIndex() <= 0 ? Set.of()
					: EnumSet.of(DocumentKind.values()[kind.getSelectionIndex() - 1]);
			options = new SearchOptions(HITS, kinds, date(from), date(to), minister.getText());
		} catch (DateTimeParseException e) {
			StatusLabel.set(status, NLS.bind(Messages.Search_badDate, e.getParsedString()));
			return;
		}
		String text = query.getText();
		StatusLabel.set(status, Messages.EarlierAnswers_searching + " ...");
		Job job = Job.create(Messages.EarlierAnswers_searching, (IProgressMonitor monitor) -> {
			try {
				CorpusServices corpus = CorpusServices.get(monitor);
				List<SearchHit> hits = corpus.search().search(text, options);
				String better = SpellingServices.correction(corpus, text).map(QueryCorrection.Correction::query).orElse(null);
				table.viewer().getControl().getDisplay().asyncExec(() -> show(text, hits, better));
				return Status.OK_STATUS;
			} catch (IndexException | IOException | RuntimeException e) {
				IStatus failed = new Status(IStatus.WARNING, VraagbaakUi.PLUGIN_ID, e.getMessage(), e);
				ILog.of(getClass()).log(failed);
				return failed;
			}
		});
		job.setUser(false);
		job.schedule();
	}

	private void show(String text, List<SearchHit> hits, String better) {
		if (table.viewer().getControl().isDisposed()) {
			return;
		}
		StatusLabel.set(status, MessageFormat.format(Messages.Search_results, hits.size(), text));
		showCorrection(better);
		table.show(hits);
	}

	private void showCorrection(String better) {
		boolean shown = better != null;
		correctedQuery = better;
		correction.setText(shown ? NLS.bind(Messages.Search_didYouMean, better.replace("&", "&&")) : "");
		correction.setVisible(shown);
		((GridData) correction.getLayoutData()).exclude = !shown;
		correction.getParent().layout(true);
	}

	private static LocalDate date(Text field) {
		String value = field.getText().trim();
		return value.isEmpty() ? null : DutchDates.parseTyped(value);
	}

	@Override
	public void setFocus() {
		query.setFocus();
	}
}
