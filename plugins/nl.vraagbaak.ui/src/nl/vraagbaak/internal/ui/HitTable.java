package nl.vraagbaak.internal.ui;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;

import nl.vraagbaak.core.read.Texts;
import nl.vraagbaak.search.SearchHit;

/**
 * The table of search hits the Earlier Answers and Search views share (where it is, date, earlier question), and how
 * they show a new list of hits.
 */
public final class HitTable {
	private static final int TOOLTIP_LENGTH = 400;
	private HitTable() {
	}

	/** @param dataKey the widget data key tests find the table by */
	public static TableViewer create(Composite parent, String dataKey) {
		TableViewer viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		viewer.getTable().setData(dataKey, Boolean.TRUE);
		viewer.getTable().setHeaderVisible(true);
		column(viewer, Messages.Passage_source, 260, SearchHit::provenance);
		column(viewer, Messages.Passage_date, 90, h -> h.date() == null ? "" : h.date());
		column(viewer, Messages.Passage_question, 440, HitTable::earlierText);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		return viewer;
	}

	/**
	 * Shows new hits with the first one's passage beside them, or no passage when there are none (not the previous
	 * search's under an empty list).
	 */
	public static void show(TableViewer viewer, StyledText details, List<SearchHit> hits) {
		viewer.setInput(hits);
		if (hits.isEmpty()) {
			details.setText("");
		} else {
			viewer.getTable().select(0);
			HitDetails.render(details, hits.get(0));
		}
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

	private static void column(TableViewer viewer, String title, int width, Function<SearchHit, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
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
	}
}
