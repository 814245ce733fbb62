package nl.vraagbaak.internal.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;

import nl.vraagbaak.core.Citation;
import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.CrossReference;
import nl.vraagbaak.core.Footnote;
import nl.vraagbaak.core.Passage;

/** Renders one passage with its provenance into a read-only styled text: labels bold, the rest plain. */
public final class PassageDetails {
	private final StringBuilder text = new StringBuilder();
	private final List<StyleRange> styles = new ArrayList<>();

	private PassageDetails() {
	}

	public static void render(StyledText target, CorpusDocument document, Passage passage) {
		PassageDetails out = new PassageDetails();
		out.provenance(document, passage);
		out.body(passage);
		target.setText(out.text.toString());
		target.setStyleRanges(out.styles.toArray(StyleRange[]::new));
		target.setTopIndex(0);
	}

	private void provenance(CorpusDocument d, Passage p) {
		bold(d.title());
		text.append("\n");
		field(Messages.Passage_source, d.source() + " #" + p.number());
		field(Messages.Passage_date, d.date() == null ? null : d.date().toString());
		field(Messages.Passage_citation, d.citation() == null ? null : d.citation().format());
		field(Messages.Passage_document, d.documentNumber());
		field(Messages.Passage_minister, d.minister());
		text.append("\n");
	}

	private void body(Passage p) {
		if (p.hasQuestion()) {
			bold(Messages.Passage_question + " " + p.number());
			text.append("\n").append(p.question()).append("\n\n");
			bold(Messages.Passage_answer);
			text.append("\n");
		} else if (p.heading() != null) {
			bold(p.heading());
			text.append("\n");
		}
		text.append(p.answer()).append("\n");
		if (!p.footnotes().isEmpty()) {
			text.append("\n");
			bold(Messages.Passage_footnotes);
			text.append("\n");
			for (Footnote f : p.footnotes()) {
				text.append(f.label()).append("  ").append(f.text()).append("\n");
			}
		}
		if (!p.citations().isEmpty()) {
			text.append("\n");
			bold(Messages.Passage_citations);
			text.append("\n");
			p.citations().stream().map(Citation::format).distinct().forEach(c -> text.append(c).append("\n"));
		}
		if (!p.crossReferences().isEmpty()) {
			text.append("\n");
			bold(Messages.Passage_references);
			text.append("\n");
			for (CrossReference r : p.crossReferences()) {
				text.append('"').append(r.text()).append("\" → ")
						.append(r.target() == null ? Messages.Passage_notInCorpus : r.target().toString()).append("\n");
			}
		}
	}

	private void field(String label, String value) {
		if (value != null && !value.isBlank()) {
			bold(label + ": ");
			text.append(value).append("\n");
		}
	}

	private void bold(String value) {
		StyleRange range = new StyleRange();
		range.start = text.length();
		range.length = value.length();
		range.fontStyle = SWT.BOLD;
		styles.add(range);
		text.append(value);
	}
}
