package nl.vraagbaak.search;

import java.time.LocalDate;
import java.util.Set;

import nl.vraagbaak.core.DocumentKind;

/**
 * Filters and size of a search.
 *
 * @param limit    how many hits at most (1 or more)
 * @param kinds    the document kinds to search; empty for all
 * @param from     the earliest document date, or null
 * @param to       the latest document date, or null
 * @param minister words that must occur in the minister field, or null
 */
public record SearchOptions(int limit, Set<DocumentKind> kinds, LocalDate from, LocalDate to, String minister) {
	public SearchOptions {
		if (limit < 1) {
			throw new IllegalArgumentException("limit must be at least 1, not " + limit);
		}
		kinds = Set.copyOf(kinds);
	}

	/** The top {@code limit} hits of every kind and date. */
	public static SearchOptions top(int limit) {
		return new SearchOptions(limit, Set.of(), null, null, null);
	}
}
