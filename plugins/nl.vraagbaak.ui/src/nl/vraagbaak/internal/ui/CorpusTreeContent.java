package nl.vraagbaak.internal.ui;

import java.text.MessageFormat;
import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;

import nl.vraagbaak.core.read.Texts;
import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.DocumentKind;
import nl.vraagbaak.core.Passage;

/** Documents at the top, their passages below; a plain string stands for a status line (loading, failed). */
public final class CorpusTreeContent extends LabelProvider implements ITreeContentProvider {
	private static final int LABEL_CHARS = 90;

	/** A passage together with its document, so that a selection carries its provenance. */
	public record PassageNode(CorpusDocument document, Passage passage) {
	}

	@Override
	public Object[] getElements(Object input) {
		return input instanceof List<?> list ? list.toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof CorpusDocument document) {
			return document.passages().stream().map(p -> new PassageNode(document, p)).toArray();
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return element instanceof PassageNode node ? node.document() : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof CorpusDocument document && !document.passages().isEmpty();
	}

	@Override
	public String getText(Object element) {
		if (element instanceof CorpusDocument d) {
			String date = d.date() == null ? "" : d.date() + "  ";
			String count = d.kind() == DocumentKind.QUESTIONS ? MessageFormat.format(Messages.CorpusView_unanswered, d.passages().size())
					: MessageFormat.format(Messages.CorpusView_passages, d.passages().size());
			return date + d.title() + "  (" + count + ")";
		}
		if (element instanceof PassageNode node) {
			Passage p = node.passage();
			String text = p.hasQuestion() ? p.question() : p.answer();
			String prefix = p.hasQuestion() ? p.number() + ". " : p.label() + ": ";
			return prefix + shorten(text);
		}
		return String.valueOf(element);
	}

	private static String shorten(String text) {
		return Texts.abbreviate(text == null ? null : text.replaceAll("\\s+", " "), LABEL_CHARS);
	}
}
