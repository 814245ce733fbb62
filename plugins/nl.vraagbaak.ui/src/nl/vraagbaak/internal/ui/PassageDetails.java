package nl.vraagbaak.internal.ui;

import java.util.Map;

import org.eclipse.swt.custom.StyledText;

import nl.vraagbaak.core.Citation;
import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.CrossReference;
import nl.vraagbaak.core.Footnote;
import nl.vraagbaak.core.Passage;
import nl.vraagbaak.core.store.DocumentCorrection;

/** Renders one passage with its provenance into a read-only styled text: labels bold, the rest plain. */
public final class PassageDetails {
	private final RichText text = new RichText();

	private PassageDetails() {
	}

	/** @param correction what the user corrected of the document's provenance, said so below it */
	public static void render(StyledText target, CorpusDocument document, Passage passage, DocumentCorrection correction) {
		PassageDetails out = new PassageDetails();
		out.provenance(document, passage, correction);
		out.body(passage);
		out.text.showIn(target);
	}

	private void provenance(CorpusDocument d, Passage p, DocumentCorrection correction) {
		bold(d.title());
		text.plain("\n");
		field(Messages.Passage_source, d.source() + " #" + p.number());
		field(Messages.Passage_date, d.date() == null ? null : d.date().toString());
		field(Messages.Passage_citation, d.citation() == null ? null : d.citation().format());
		field(Messages.Passage_document, d.documentNumber());
		field(Messages.Passage_minister, d.minister());
		// provenance a person typed is not what the document states: say which
		Map<String, String> labels = Map.of("title", Messages.Passage_title, "date", Messages.Passage_date, "citation",
				Messages.Passage_citation, "minister", Messages.Passage_minister);
		field(Messages.Passage_corrected, String.join(", ", correction.fields().stream().map(labels::get).toList())
				.toLowerCase());
		text.plain("\n");
	}

	private void body(Passage p) {
		if (p.hasQuestion()) {
			bold(Messages.Passage_question + " " + p.number());
			text.plain("\n").plain(p.question()).plain("\n\n");
			bold(Messages.Passage_answer);
			text.plain("\n");
		} else if (p.heading() != null) {
			bold(p.heading());
			text.plain("\n");
		}
		text.plain(p.hasQuestion() && p.answer().isBlank() ? Messages.Passage_notYetAnswered : p.answer()).plain("\n");
		if (!p.footnotes().isEmpty()) {
			text.plain("\n");
			bold(Messages.Passage_footnotes);
			text.plain("\n");
			for (Footnote f : p.footnotes()) {
				text.plain(f.label()).plain("  ").plain(f.text()).plain("\n");
			}
		}
		if (!p.citations().isEmpty()) {
			text.plain("\n");
			bold(Messages.Passage_citations);
			text.plain("\n");
			p.citations().stream().map(Citation::format).distinct().forEach(c -> text.plain(c).plain("\n"));
		}
		if (!p.crossReferences().isEmpty()) {
			text.plain("\n");
			bold(Messages.Passage_references);
			text.plain("\n");
			for (CrossReference r : p.crossReferences()) {
				text.plain('"').plain(r.text()).plain("\" → ")
						.plain(r.target() == null ? Messages.Passage_notInCorpus : r.target().toString()).plain("\n");
			}
		}
	}

	private void field(String label, String value) {
		if (value != null && !value.isBlank()) {
			bold(label + ": ");
			text.plain(value).plain("\n");
		}
	}

	private void bold(String value) {
		text.bold(value);
	}
}
