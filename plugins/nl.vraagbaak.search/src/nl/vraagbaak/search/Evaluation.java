package nl.vraagbaak.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Measures suggestions and detection on a query set: recall@5 (the share of relevant items found in the top 5,
 * averaged over queries), MRR@5, the share of positives flagged as already asked, and the negatives flagged.
 */
public final class Evaluation {
	private static final int K = 5;

	/** Per-query detail, for seeing what went wrong. */
	/**
	 * @param context the question before it, read with it when it points back; null when the set gives none
	 * @param flaggedAs the earlier passage the query was flagged as already asking, or null
	 */
	public record QueryResult(String query, String context, double recall, double reciprocalRank, Boolean flagged,
			double confidence, String flaggedAs, List<String> top5, List<String> missed) {
	}

	/**
	 * The figures of one method over the set.
	 *
	 * @param positivesFlaggedAsRelevant the share of positives flagged as already asking one of their relevant items:
	 *                                   the marker names the earlier question the draft repeats, not another
	 */
	public record Figures(String method, double recallAt5, double mrrAt5, Double positivesFlagged,
			Double positivesFlaggedAsRelevant, Integer negativesFlagged, List<QueryResult> positives,
			List<QueryResult> negatives) {
	}

	/** Something that ranks passages for a query: the Dutch chain or the baseline. */
	public interface Ranker {
		List<SearchHit> top(String query, int k) throws IndexException;
	}

	private Evaluation() {
	}

	/** The full method: ranking and already-asked detection. */
	public static Figures run(QuerySet set, PassageSearch search, AlreadyAsked detector) throws IndexException {
		return run("vraagbaak", set, (q, k) -> search.search(q, SearchOptions.top(k)), detector);
	}

	/** Ranking only (detector null): the baseline has no already-asked decision of its own. */
	public static Figures run(String method, QuerySet set, Ranker ranker, AlreadyAsked detector) throws IndexException {
		List<QueryResult> positives = new ArrayList<>();
		double recall = 0;
		double mrr = 0;
		int flagged = 0;
		int flaggedAsRelevant = 0;
		for (QuerySet.Positive p : set.positives()) {
			// a follow-up is searched with the question it points back to, as the Earlier Answers view searches it
			String searched = QuestionsInSet.searched(p.query(), QuestionsInSet.readWith(p.query(), p.context()));
			List<SearchHit> top = ranker.top(searched, K);
			List<String> missed = new ArrayList<>();
			int found = 0;
			for (QuerySet.Item item : p.relevant()) {
				if (top.stream().anyMatch(item::matches)) {
					found++;
				} else {
					missed.add(item.source() + (item.number() != null ? "#" + item.number() : ""));
				}
			}
			double rr = 0;
			for (int i = 0; i < top.size(); i++) {
				SearchHit hit = top.get(i);
				if (p.relevant().stream().anyMatch(item -> item.matches(hit))) {
					rr = 1.0 / (i + 1);
					break;
				}
			}
			double r = p.relevant().isEmpty() ? 1 : (double) found / p.relevant().size();
			recall += r;
			mrr += rr;
			AlreadyAsked.Verdict verdict = detector == null ? null : detector.check(p.query(), p.context(), Set.of());
			if (verdict != null && verdict.alreadyAsked()) {
				flagged++;
				SearchHit named = verdict.matches().get(0).hit();
				flaggedAsRelevant += p.relevant().stream().anyMatch(item -> item.matches(named)) ? 1 : 0;
			}
			positives.add(new QueryResult(p.query(), p.context(), r, rr, verdict == null ? null : verdict.alreadyAsked(),
					verdict == null ? 0 : verdict.confidence(), flaggedAs(verdict), top.stream().map(SearchHit::reference).toList(),
					missed));
		}
		List<QueryResult> negatives = new ArrayList<>();
		int negativesFlagged = 0;
		if (detector != null) {
			for (QuerySet.Negative negative : set.negatives()) {
				AlreadyAsked.Verdict verdict = detector.check(negative.query(), negative.context(), Set.of());
				negativesFlagged += verdict.alreadyAsked() ? 1 : 0;
				negatives.add(new QueryResult(negative.query(), negative.context(), 0, 0, verdict.alreadyAsked(),
						verdict.confidence(), flaggedAs(verdict), verdict.matches().stream().map(m -> m.hit().reference()).toList(),
						List.of()));
			}
		}
		int n = Math.max(1, set.positives().size());
		return new Figures(method, recall / n, mrr / n, detector == null ? null : (double) flagged / n,
				detector == null ? null : (double) flaggedAsRelevant / n, detector == null ? null : negativesFlagged,
				positives, negatives);
	}

	private static String flaggedAs(AlreadyAsked.Verdict verdict) {
		return verdict == null || !verdict.alreadyAsked() || verdict.matches().isEmpty() ? null
				: verdict.matches().get(0).hit().reference();
	}
}
