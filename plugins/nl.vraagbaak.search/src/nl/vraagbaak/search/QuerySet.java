package nl.vraagbaak.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import nl.vraagbaak.core.store.CorpusStore;
import nl.vraagbaak.core.store.JsonProblems;

/**
 * An evaluation set in the format of the development set: positives (a query and the earlier items that should
 * rank in the top 5) and negatives (queries on topics the corpus never touches). A query may have a "context": the
 * question before it in its draft, which a follow-up points back to.
 */
public record QuerySet(List<Positive> positives, List<Negative> negatives) {

	/** An earlier item: a source plus a question number, or plus the first 80 characters of the question, or alone. */
	public record Item(String source, Integer number, String questionPrefix) {

		/** True when the hit is this item. */
		public boolean matches(SearchHit hit) {
			if (!source.equals(hit.source())) {
				return false;
			}
			if (number != null) {
				return number == hit.number();
			}
			if (questionPrefix != null) {
				String question = hit.question() == null ? "" : hit.question().replaceAll("\\s+", " ").trim();
				return question.startsWith(questionPrefix.replaceAll("\\s+", " ").trim());
			}
			return true;
		}
	}

	/** @param context the question before it, or null */
	public record Positive(String query, List<Item> relevant, String context) {
	}

	/** @param context the question before it, or null */
	public record Negative(String query, String context) {
	}

	/**
	 * Reads a query set.
	 *
	 * @throws IOException naming the file and the entry when it is not JSON or lacks a field
	 */
	public static QuerySet read(Path file) throws IOException {
		JsonNode root;
		try {
			root = CorpusStore.JSON.readTree(file.toFile());
		} catch (IOException e) {
			throw new IOException(file + ": not a readable JSON query set: " + JsonProblems.describe(e), e);
		}
		List<Positive> positives = new ArrayList<>();
		int i = 0;
		for (JsonNode p : root.path("positives")) {
			String where = file + ": positives[" + i++ + "]";
			if (!p.hasNonNull("query") || !p.path("relevant").isArray()) {
				throw new IOException(where + ": needs \"query\" and a \"relevant\" list");
			}
			List<Item> items = new ArrayList<>();
			for (JsonNode r : p.path("relevant")) {
				if (!r.hasNonNull("source")) {
					throw new IOException(where + ": a relevant item has no \"source\"");
				}
				items.add(new Item(r.get("source").asText(), r.hasNonNull("number") ? r.get("number").asInt() : null,
						r.hasNonNull("questionPrefix") ? r.get("questionPrefix").asText() : null));
			}
			positives.add(new Positive(p.get("query").asText(), items, context(p)));
		}
		List<Negative> negatives = new ArrayList<>();
		for (JsonNode n : root.path("negatives")) {
			negatives.add(n.isTextual() ? new Negative(n.asText(), null) : new Negative(n.path("query").asText(), context(n)));
		}
		if (positives.isEmpty() && negatives.isEmpty()) {
			throw new IOException(file + ": no \"positives\" or \"negatives\" in the query set");
		}
		return new QuerySet(positives, negatives);
	}

	private static String context(JsonNode entry) {
		return entry.hasNonNull("context") ? entry.get("context").asText() : null;
	}
}
