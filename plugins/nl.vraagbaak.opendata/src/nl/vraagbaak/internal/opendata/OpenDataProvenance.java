package nl.vraagbaak.internal.opendata;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.vraagbaak.core.Citation;
import nl.vraagbaak.core.CorpusDocument;

/**
 * Lays what the open data says of a document over what its file says: the registered case number, date, subject,
 * askers and Aanhangsel citation are the House's own and outrank what a reader finds in the text (a cover letter
 * cites the question's date and case, a PDF has no structured title); what the open data leaves out keeps the text's
 * reading. The minister is the one the text names as answering, else the document's signatory.
 */
public final class OpenDataProvenance {
	/** "242501244": the session 2024-2025 in four digits, then the number; also "202425-1244" and "1244". */
	private static final Pattern SUPPLEMENT = Pattern.compile("(?:(\\d{2})(\\d{2})0*(\\d{1,5})|(?:\\d{6}-)?0*(\\d{1,5}))");
	private static final Pattern SESSION_YEAR = Pattern.compile("(\\d{4})-\\d{2}(\\d{2})");

	private OpenDataProvenance() {
	}

	/** The document read from the record's file, stored under {@code source} with the record's provenance. */
	public static CorpusDocument apply(CorpusDocument read, DocumentRecord record, String source) {
		Citation citation = supplementCitation(record);
		return new CorpusDocument(source, read.kind(), record.subject() != null ? record.subject() : read.title(),
				record.date() != null ? record.date() : read.date(), citation != null ? citation : read.citation(),
				firstOf(record.caseNumber(), record.documentNumber(), read.documentNumber()),
				firstOf(read.minister(), record.signatory()), record.askers().isEmpty() ? read.askers() : record.askers(),
				read.passages());
	}

	/** "Aanhangsel Handelingen II 2024/25, nr. 1244" from the Aanhangselnummer, or null when it has none. */
	static Citation supplementCitation(DocumentRecord record) {
		if (record.supplement() == null) {
			return null;
		}
		Matcher m = SUPPLEMENT.matcher(record.supplement().replace(" ", ""));
		if (!m.matches() || m.group(1) != null && (Integer.parseInt(m.group(1)) + 1) % 100 != Integer.parseInt(m.group(2))) {
			return null;
		}
		String year = m.group(1) != null ? "20" + m.group(1) + "/" + m.group(2) : sessionYear(record.sessionYear());
		String number = m.group(3) != null ? m.group(3) : m.group(4);
		Citation bare = new Citation(Citation.Type.AANHANGSEL, year, List.of(), List.of(number), null, null, "");
		// a citation keeps the text it was found in; this one was found in no text, so its text is its own form
		return new Citation(bare.type(), year, List.of(), bare.numbers(), null, null, bare.format());
	}

	/** "2024-2025" as a citation writes it, "2024/25"; null when it is not of that form. */
	private static String sessionYear(String sessionYear) {
		Matcher m = sessionYear == null ? null : SESSION_YEAR.matcher(sessionYear);
		return m != null && m.matches() ? m.group(1) + "/" + m.group(2) : null;
	}

	private static String firstOf(String... values) {
		for (String value : values) {
			if (value != null) {
				return value;
			}
		}
		return null;
	}
}
