package nl.vraagbaak.docx;

import java.time.LocalDate;

import nl.vraagbaak.core.draft.NumberingStyle;

/**
 * How a draft is exported: the numbering style and the submission date ("ingezonden"), or null for none.
 */
public record ExportOptions(NumberingStyle numbering, LocalDate submitted) {
	public static ExportOptions defaults() {
		return new ExportOptions(NumberingStyle.PLAIN, null);
	}
}
