package nl.vraagbaak.core.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.vraagbaak.core.Citation;
import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.read.CitationParser;
import nl.vraagbaak.core.read.DutchDates;

/**
 * What a user corrected of a document's provenance: its title, date, citation or minister, each null where the
 * document's own reading stands. A letter that states no date or citation ("Tijdens het commissiedebat van 24
 * november jl. ...") would otherwise be cited in a footnote by its first words. Corrections are kept apart from the
 * document ({@link CorpusStore#correct}), so importing the file again keeps them.
 *
 * @param citation the citation in house style ("Kamerstuk 34 843, nr. 115"), as {@link Citation#format()} writes it
 */
public record DocumentCorrection(String title, LocalDate date, String citation, String minister) {
	public static final DocumentCorrection NONE = new DocumentCorrection(null, null, null, null);

	public DocumentCorrection {
		title = blankToNull(title);
		citation = blankToNull(citation);
		minister = blankToNull(minister);
		if (citation != null) {
			citation = parseCitation(citation).format();
		}
	}

	/**
	 * A correction from what a person typed; a blank field corrects nothing.
	 *
	 * @throws IllegalArgumentException naming the field whose text is no date or no single citation
	 */
	public static DocumentCorrection typed(String title, String date, String citation, String minister) {
		LocalDate day = null;
		if (blankToNull(date) != null) {
			try {
				day = DutchDates.parseTyped(date);
			} catch (DateTimeParseException e) {
				throw new IllegalArgumentException("date / datum: " + e.getMessage()
						+ " (for example 25-11-2025 or \"25 november 2025\")", e);
			}
		}
		return new DocumentCorrection(title, day, citation, minister);
	}

	/** This correction with the fields of another one laid over it, where that one has them. */
	public DocumentCorrection with(DocumentCorrection newer) {
		return new DocumentCorrection(newer.title != null ? newer.title : title, newer.date != null ? newer.date : date,
				newer.citation != null ? newer.citation : citation, newer.minister != null ? newer.minister : minister);
	}

	/** Only the fields that differ from what the document states itself. */
	public DocumentCorrection differencesFrom(CorpusDocument original) {
		String originalCitation = original.citation() == null ? null : original.citation().format();
		return new DocumentCorrection(Objects.equals(title, original.title()) ? null : title,
				Objects.equals(date, original.date()) ? null : date,
				Objects.equals(citation, originalCitation) ? null : citation,
				Objects.equals(minister, original.minister()) ? null : minister);
	}

	/** The document as corrected. */
	public CorpusDocument applyTo(CorpusDocument d) {
		if (isEmpty()) {
			return d;
		}
		return new CorpusDocument(d.source(), d.kind(), title != null ? title : d.title(), date != null ? date : d.date(),
				citation != null ? parseCitation(citation) : d.citation(), d.documentNumber(),
				minister != null ? minister : d.minister(), d.askers(), d.passages());
	}

	/** The names of the corrected fields, in the order title, date, citation, minister. */
	public List<String> fields() {
		List<String> fields = new ArrayList<>();
		if (title != null) {
			fields.add("title");
		}
		if (date != null) {
			fields.add("date");
		}
		if (citation != null) {
			fields.add("citation");
		}
		if (minister != null) {
			fields.add("minister");
		}
		return fields;
	}

	public boolean isEmpty() {
		return title == null && date == null && citation == null && minister == null;
	}

	private static Citation parseCitation(String text) {
		List<Citation> found = CitationParser.parse(text);
		if (found.size() != 1 || found.get(0).text().strip().length() < text.strip().length() - 1) {
			throw new IllegalArgumentException("citation / vindplaats: not one citation: \"" + text.strip()
					+ "\" (for example \"Kamerstuk 34 843, nr. 115\" or \"Aanhangsel Handelingen II 2024/25, nr. 1241\")");
		}
		return found.get(0);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
