package nl.vraagbaak.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A PDF's text without its page furniture: the lines a word processor repeats at the top or bottom of every page (a
 * letter's "Datum / 25 juli 2024" beside the text, "Pagina 2 van 4", a Kamerstuk's running head), which would
 * otherwise land in the middle of an answer. A line is furniture when it stands among the first or last lines of
 * at least two pages and of half of them, its numbers aside, and is not in the text more often than there are pages
 * ("Vraag 4" at the top of one page and "Vraag 7" at the top of the next are the text's own); "Pagina 1 van 1" of a
 * single page is furniture too.
 */
record PageText(List<String> body, List<String> furniture) {
	/** How many of a page's first and last non-blank lines may be furniture. */
	private static final int ZONE = 3;
	private static final Pattern NUMBERS = Pattern.compile("\\d+");
	private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)^pagina # van #$");

	static PageText of(List<List<String>> pages) {
		List<Set<Integer>> zones = pages.stream().map(PageText::zone).toList();
		Map<String, Integer> pagesWith = new HashMap<>();
		Map<String, Integer> everywhere = new HashMap<>();
		for (int p = 0; p < pages.size(); p++) {
			List<String> page = pages.get(p);
			zones.get(p).stream().map(i -> key(page.get(i))).distinct().forEach(key -> pagesWith.merge(key, 1, Integer::sum));
			page.forEach(line -> everywhere.merge(key(line), 1, Integer::sum));
		}
		// a line that is more often in the text than there are pages is the text's own ("Vraag 4", "Vraag 7")
		pagesWith.keySet().removeIf(key -> everywhere.get(key) > pages.size());
		List<String> body = new ArrayList<>();
		Set<String> furniture = new LinkedHashSet<>();
		for (int p = 0; p < pages.size(); p++) {
			List<String> page = pages.get(p);
			Set<Integer> zone = zones.get(p);
			for (int i = 0; i < page.size(); i++) {
				String line = page.get(i);
				if (zone.contains(i) && isFurniture(key(line), pagesWith, pages.size())) {
					furniture.add(line.strip());
				} else {
					body.add(line);
				}
			}
		}
		return new PageText(body, List.copyOf(furniture));
	}

	private static boolean isFurniture(String key, Map<String, Integer> pagesWith, int pages) {
		int pagesWithIt = pagesWith.getOrDefault(key, 0);
		return PAGE_NUMBER.matcher(key).matches() || (pagesWithIt >= 2 && pagesWithIt * 2 >= pages);
	}

	/** The indexes of a page's first and last non-blank lines. */
	private static Set<Integer> zone(List<String> page) {
		Set<Integer> zone = new HashSet<>();
		int found = 0;
		for (int i = 0; i < page.size() && found < ZONE; i++) {
			if (!page.get(i).isBlank()) {
				zone.add(i);
				found++;
			}
		}
		found = 0;
		for (int i = page.size() - 1; i >= 0 && found < ZONE; i--) {
			if (!page.get(i).isBlank()) {
				zone.add(i);
				found++;
			}
		}
		return zone;
	}

	/** A line as it repeats from page to page: page and issue numbers differ. */
	private static String key(String line) {
		return NUMBERS.matcher(line.strip().replaceAll("\\s+", " ")).replaceAll("#");
	}
}
