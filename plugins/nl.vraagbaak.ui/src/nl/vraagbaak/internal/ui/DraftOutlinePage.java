package nl.vraagbaak.internal.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import nl.vraagbaak.core.read.Texts;
import nl.vraagbaak.core.draft.DraftFormat;
import nl.vraagbaak.core.draft.ParsedDraft;
import nl.vraagbaak.ui.DraftEditor;

/**
 * The Outline of a draft: its questions in order, numbered as they will be printed; selecting one shows it in the
 * editor. It follows the reconciler's parse of the draft, so it costs the display thread nothing while typing.
 */
public final class DraftOutlinePage extends ContentOutlinePage {
	/** Widget data key of the outline's tree, for tests. */
	public static final String TREE_KEY = "vraagbaak.outline.tree";
	private static final int LABEL_LENGTH = 90;

	/** One question in the outline: its number, the line it starts on (1-based) and its label. */
	public record Entry(int number, int firstLine, String label) {
	}

	private final DraftEditor editor;

	public DraftOutlinePage(DraftEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.getTree().setData(TREE_KEY, Boolean.TRUE);
		viewer.setContentProvider(new FlatContent());
		viewer.setLabelProvider(LabelProvider.createTextProvider(e -> ((Entry) e).label()));
		show(DraftFormat.parse(editor.document().get()));
	}

	/** Shows the questions of a parsed draft; the display thread only. */
	public void show(ParsedDraft parsed) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		List<Entry> entries = entries(parsed);
		if (!entries.equals(viewer.getInput())) {
			viewer.setInput(entries);
		}
	}

	static List<Entry> entries(ParsedDraft parsed) {
		List<Entry> entries = new ArrayList<>();
		for (ParsedDraft.QuestionSpan span : parsed.spans()) {
			String text = parsed.draft().questions().get(span.number() - 1).plainText();
			entries.add(new Entry(span.number(), span.firstLine(), span.number() + ". " + Texts.abbreviate(text, LABEL_LENGTH)));
		}
		return entries;
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (event.getStructuredSelection().getFirstElement() instanceof Entry entry) {
			editor.revealLine(entry.firstLine());
		}
	}

	/** The questions are a flat list: a tree without children. */
	private static final class FlatContent extends ArrayContentProvider implements ITreeContentProvider {
		@Override
		public Object[] getChildren(Object parent) {
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return false;
		}
	}
}
