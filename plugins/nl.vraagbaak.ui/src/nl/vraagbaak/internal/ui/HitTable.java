package nl.vraagbaak.internal.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;

import nl.vraagbaak.core.read.Texts;
import nl.vraagbaak.search.SearchHit;

/**
 * The table of search hits the Earlier Answers and Search views share (where it is, date, earlier question) with the
 * selected hit's passage below it, and how they show a new list of hits.
 */
public final class HitTable {
	/** What the passage pane's widget data key adds to the table's. */
	public static final String DETAILS = ".details";
	private static final int TOOLTIP_LENGTH = 400;
	private final TableViewer viewer;

	private HitTable(TableViewer viewer) {
		this.viewer = viewer;
	}

	/**
	 * The table and, below it in the sash, the passage of the selected hit (none when nothing is selected).
	 *
	 * @param dataKey the widget data key tests find the table by; the passage has it with {@link #DETAILS} after it
	 */
	public static HitTable create(SashForm sash, String dataKey) {
		TableViewer viewer = table(sash, dataKey);
		StyledText details = new StyledText(sash, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		details.setData(dataKey + DETAILS, Boolean.TRUE);
		details.setMargins(6, 6, 6, 6);
		viewer.addSelectionChangedListener(e -> {
			if (e.getStructuredSelection().getFirstElement() instanceof SearchHit hit) {
				HitDetails.render(details, hit);
			} else {
				details.setText("");
			}
		});
		return new HitTable(viewer);
	}

	public TableViewer viewer() {
		return viewer;
	}

	/** The selected hit, if any. */
	public Optional<SearchHit> selected() {
		return viewer.getStructuredSelection().getFirstElement() instanceof SearchHit hit ? Optional.of(hit)
				: Optional.empty();
	}

	/**
	 * Shows new hits with the first one selected, as if clicked: its passage beside them and the views' actions
	 * following it; no passage when there are none (not the previous search's under an empty list).
	 */
	public void show(List<SearchHit> hits) {
		viewer.setInput(hits);
		viewer.setSelection(hits.isEmpty() ? StructuredSelection.EMPTY : new StructuredSelection(hits.get(0)), true);
	}

	/**
	 * The columns share the view's width (the number's and the date's are fixed): with fixed widths the question, what a hit is chosen
	 * by, began beyond the right edge of the narrow view and was never seen without scrolling sideways.
	 */
	private static TableViewer table(Composite parent, String dataKey) {
		Composite holder = new Composite(parent, SWT.NONE);
		TableColumnLayout columns = new TableColumnLayout();
		holder.setLayout(columns);
		TableViewer viewer = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		viewer.getTable().setData(dataKey, Boolean.TRUE);
		viewer.getTable().setHeaderVisible(true);
		// the number beside the document, not after it, where a narrow column cut it off
		columns.setColumnData(column(viewer, Messages.Passage_source, SearchHit::document),
				new ColumnWeightData(40, 100));
		columns.setColumnData(column(viewer, Messages.Passage_number,
				h -> h.question() != null ? String.valueOf(h.number()) : h.place()), new ColumnPixelData(45));
		columns.setColumnData(column(viewer, Messages.Passage_date, h -> h.date() == null ? "" : h.date()),
				new ColumnPixelData(90));
		columns.setColumnData(column(viewer, Messages.Passage_question, HitTable::earlierText),
				new ColumnWeightData(60, 150));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		return viewer;
	}

	/** The earlier question, else the letter section's heading, else its text. */
	private static String earlierText(SearchHit hit) {
		return hit.question() != null ? hit.question() : hit.heading() != null ? hit.heading() : hit.answer();
	}

	/** The whole row as a tooltip: in the narrow right column the question is cut off after a few words. */
	private static String toolTip(SearchHit hit) {
		return hit.provenance() + (hit.date() == null ? "" : ", " + hit.date()) + "\n"
				+ Texts.abbreviate(Texts.normalizeWhitespace(earlierText(hit)), TOOLTIP_LENGTH);
	}

	private static TableColumn column(TableViewer viewer, String title, Function<SearchHit, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof SearchHit hit ? text.apply(hit).replaceAll("\\s+", " ") : "";
			}

			@Override
			public String getToolTipText(Object element) {
				return element instanceof SearchHit hit ? toolTip(hit) : null;
			}
		});
		return column.getColumn();
	}
}
