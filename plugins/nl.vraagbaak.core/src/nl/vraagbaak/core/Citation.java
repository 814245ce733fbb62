package nl.vraagbaak.core;

import java.util.List;

/**
 * A structured reference to a parliamentary publication, as recognised in running text or footnotes.
 *
 * @param type        Kamerstuk, Handelingen or Aanhangsel
 * @param year        the vergaderjaar as written ("2024/25" or "2022-2023"), or null
 * @param dossiers    the dossier numbers with spaces removed and a Roman toevoeging kept ("34843", "36410-XIII");
 *                    empty for Handelingen and Aanhangsel
 * @param numbers     the document numbers (nr. / nrs.); for Handelingen the vergadering number
 * @param item        the Handelingen item, or null
 * @param page        the page or page range, or null
 * @param text        the text the citation was recognised in, as written
 */
public record Citation(Type type, String year, List<String> dossiers, List<String> numbers, String item, String page,
		String text) {

	/** The publication series a citation points into. */
	public enum Type {
		KAMERSTUK, HANDELINGEN, AANHANGSEL
	}

	public Citation {
		dossiers = List.copyOf(dossiers);
		numbers = List.copyOf(numbers);
	}

	/**
	 * Whether both name the same publication: series, dossiers and numbers alike, and the year when both state it
	 * (a Kamerstuk is cited with and without it). The page and item are places in it, not another publication.
	 */
	public boolean samePublication(Citation other) {
		return type == other.type && dossiers.equals(other.dossiers) && numbers.equals(other.numbers)
				&& (year == null || other.year == null || year.equals(other.year));
	}

	/** The house-style form, e.g. "Kamerstuk 34 843, nr. 113" or "Aanhangsel Handelingen II 2014/15, nr. 1241". */
	public String format() {
		StringBuilder out = new StringBuilder();
		switch (type) {
		case KAMERSTUK -> {
			out.append(dossiers.size() > 1 ? "Kamerstukken " : "Kamerstuk ");
			out.append(String.join(" en ", dossiers.stream().map(Citation::spacedDossier).toList()));
			appendNumbers(out);
		}
		case HANDELINGEN -> {
			out.append("Handelingen II");
			appendYear(out);
			appendNumbers(out);
			if (item != null) {
				out.append(", item ").append(item);
			}
		}
		case AANHANGSEL -> {
			out.append("Aanhangsel Handelingen II");
			appendYear(out);
			appendNumbers(out);
		}
		}
		if (page != null) {
			out.append(", p. ").append(page);
		}
		return out.toString();
	}

	private void appendYear(StringBuilder out) {
		if (year != null) {
			out.append(' ').append(year);
		}
	}

	private void appendNumbers(StringBuilder out) {
		if (!numbers.isEmpty()) {
			out.append(numbers.size() > 1 ? ", nrs. " : ", nr. ").append(String.join(" en ", numbers));
		}
	}

	/** "34843" becomes "34 843", "36410-XIII" becomes "36 410 XIII": the form the Kamer prints. */
	static String spacedDossier(String dossier) {
		String[] parts = dossier.split("-", 2);
		String digits = parts[0];
		String spaced = digits.length() > 3 ? digits.substring(0, digits.length() - 3) + " " + digits.substring(digits.length() - 3)
				: digits;
		return parts.length > 1 ? spaced + " " + parts[1] : spaced;
	}
}
