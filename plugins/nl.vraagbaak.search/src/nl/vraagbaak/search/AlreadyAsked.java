package nl.vraagbaak.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;

import nl.vraagbaak.core.draft.Draft;
import nl.vraagbaak.internal.search.FixedPhrases;
import nl.vraagbaak.internal.search.PassageFields;
import nl.vraagbaak.internal.search.ProceduralSentences;
import nl.vraagbaak.internal.search.QueryFactory;
import nl.vraagbaak.internal.search.WordPositions;

/**
 * Decides whether a draft question was already asked, and says why. The candidates are the best BM25 passages that
 * hold a question: a letter answers, it asks nothing, so it is suggested as an earlier answer but never makes a
 * question "already asked" (checked against the rest of the corpus, the 102 questions of 001, which ask about letter
 * 000, were marked 31 times, 20 of them as a letter section). Each gets a confidence: the share of the draft's content
 * words that the earlier question also has, every word weighted by its rarity. A word counts as shared when its stem, a compound part or its
 * synonym concept is there. Rarity is inverse document frequency. Being a share of the draft's own words, the
 * confidence does not grow with the corpus as a BM25 score does, so it means the same in a corpus of 200 passages or
 * of a million (the tenfold-corpus test holds it to that).
 */
public final class AlreadyAsked {
	/** The default sensitivity: flagged at or above this confidence. */
	public static final double DEFAULT_THRESHOLD = 0.385;
	/**
	 * How many of the best BM25 passages are weighed. The earlier question with the highest confidence need not be
	 * among the best-ranked few: with 30, in the seeds grown tenfold with synthetic passages, the passage that made
	 * "Hoe groot is het aantal vals-positieven ...?" already asked (0.40) fell out of the pool when the question
	 * field's k1 went from 1.2 to 1.5, and the verdict changed with the corpus size. 40 keeps every verdict of the
	 * development and held-out sets and flags 12.6 % of the CSV's questions against the rest (12.5 % with 30).
	 */
	private static final int CANDIDATES = 40;
	private static final int MATCHES = 5;
	private static final int ANSWER_START = 240;
	/**
	 * How much the share counts when the draft and the earlier question have one word in common: that is a subject
	 * in common ("Klopt het dat België deze regeling niet overneemt?" and a question on Gazprom that "overneemt"),
	 * not the same question. Of 290 real questions checked against the others, the 2 flagged on one word were both
	 * on another subject; no positive of the query sets was flagged on one word.
	 */
	private static final double ONE_WORD = 0.5;

	private final PassageIndex index;
	private final PassageSearch search;
	private final double threshold;

	/** @param threshold the sensitivity: lower flags more (0 to 1) */
	public AlreadyAsked(PassageIndex index, double threshold) {
		if (threshold < 0 || threshold > 1) {
			throw new IllegalArgumentException("the sensitivity threshold must be between 0 and 1, not " + threshold);
		}
		this.index = index;
		this.search = new PassageSearch(index);
		this.threshold = threshold;
	}

	/** One earlier passage that matches, with what a person needs to check the match. */
	public record Match(SearchHit hit, double confidence, List<String> sharedWords, List<String> missingWords,
			String earlierQuestion, String answerStart) {
	}

	/**
	 * The verdict for one draft question: flagged or not, how sure, and the matches best first.
	 *
	 * @param readWith the question before it (with the one that question points back to), when the question points
	 *                 back ("daarvoor") and was read with it; else null
	 */
	public record Verdict(String question, boolean alreadyAsked, double confidence, List<Match> matches,
			String readWith) {
	}

	/**
	 * Every question of a draft, as {@link #checkAll(String, List, Set)} checks them, with what the draft says it
	 * knows: the passages it ignores ({@code % negeer}) and, for each question, the earlier passages its own footnotes
	 * cite or its text names ({@link CitedPassages}).
	 *
	 * @throws IndexException when the index cannot be read
	 */
	public List<Verdict> checkDraft(Draft draft) throws IndexException {
		Set<String> ignored = draft.ignoredReferences();
		return checkAll(draft.subject(), draft.plainQuestions(), number -> {
			CitedPassages cited = CitedPassages.of(draft, number);
			return hit -> ignored.contains(hit.reference()) || cited.cites(hit);
		});
	}

	/**
	 * Every question of a draft in its order, a follow-up read with the question before it (see
	 * {@link #check(String, String, Set)}), and a follow-up of a follow-up with both: "Wat betekent dat daarna voor de
	 * schaatssport?" says no more than the question on Thialf before it.
	 *
	 * @param subject what the set is about (its heading's "over ..."), which a first question that points back is read
	 *                with; null when there is none
	 * @param ignored references ("source#number") the user chose to ignore for this draft
	 * @throws IndexException when the index cannot be read
	 */
	public List<Verdict> checkAll(String subject, List<String> questions, Set<String> ignored) throws IndexException {
		return checkAll(subject, questions, number -> hit -> ignored.contains(hit.reference()));
	}

	/** @param known for question number n (1-based), the earlier passages that are no match for it */
	private List<Verdict> checkAll(String subject, List<String> questions, IntFunction<Predicate<SearchHit>> known)
			throws IndexException {
		List<String> readWith = QuestionsInSet.readWith(subject, questions);
		List<Verdict> verdicts = new ArrayList<>(questions.size());
		for (int i = 0; i < questions.size(); i++) {
			verdicts.add(check(questions.get(i), readWith.get(i), known.apply(i + 1)));
		}
		return verdicts;
	}

	/**
	 * @param ignored references ("source#number") the user chose to ignore for this draft
	 * @throws IndexException when the index cannot be read
	 */
	public Verdict check(String question, Set<String> ignored) throws IndexException {
		return check(question, null, ignored);
	}

	/**
	 * A question in its set. One that points back to the question before it ("Welke termijn geldt daarvoor?",
	 * "Hoeveel woningen zijn hiermee gemoeid?") is checked together with that question: its own words are those of
	 * follow-ups on any subject, and alone they were "already asked" by the CSV's follow-ups on other subjects at
	 * confidence 1.00 (7 of the 9 negatives of the follow-up set).
	 *
	 * @param before the question before it in the draft (with what that one was read with), or null
	 * @param ignored references ("source#number") the user chose to ignore for this draft
	 * @throws IndexException when the index cannot be read
	 */
	public Verdict check(String question, String before, Set<String> ignored) throws IndexException {
		return check(question, before, hit -> ignored.contains(hit.reference()));
	}

	private Verdict check(String question, String before, Predicate<SearchHit> known) throws IndexException {
		// "Kunt u deze vragen afzonderlijk beantwoorden?" closes nearly every set of questions: never a repeat
		String substantive = ProceduralSentences.without(question);
		String readWith = substantive.isBlank() || before == null ? null
				: QuestionsInSet.readWith(substantive, ProceduralSentences.without(before));
		String asked = QuestionsInSet.searched(substantive, readWith);
		List<WordPositions.Position> draft = WordPositions.of(index.analyzer(), PassageFields.QUESTION, asked);
		if (draft.isEmpty()) {
			return new Verdict(question, false, 0, List.of(), null);
		}
		List<SearchHit> candidates = search.unhighlighted(new QueryFactory(index.analyzer()).words(asked),
				SearchOptions.top(CANDIDATES));
		double[] weights = weights(draft);
		boolean[] fixed = fixedPhrases(draft, asked);
		List<Match> matches = new ArrayList<>();
		for (SearchHit hit : candidates) {
			if (!known.test(hit) && hit.question() != null) {
				matches.add(match(draft, weights, fixed, hit));
			}
		}
		matches.sort(Comparator.comparingDouble(Match::confidence).reversed());
		// only the matches shown are highlighted: analysing every candidate's answer would be wasted work
		List<Match> top = matches.subList(0, Math.min(MATCHES, matches.size())).stream()
				.map(m -> new Match(search.highlighted(m.hit(), asked), m.confidence(), m.sharedWords(),
						m.missingWords(), m.earlierQuestion(), m.answerStart()))
				.toList();
		double best = top.isEmpty() ? 0 : top.get(0).confidence();
		return new Verdict(question, best >= threshold, best, top, asked.equals(substantive) ? null : before);
	}

	/**
	 * The rarity of each of the draft's word positions: it depends on the draft alone, not on the candidate. A word
	 * said again counts once (weight 0 after its first position): "Is Den Helder ...? Is Den Helder ...?" was already
	 * asked by any question about Den Helder, the name weighing twice. Among 310 questions of the CSV checked against
	 * the others, 37 were flagged, many only through a word their question repeats.
	 */
	private double[] weights(List<WordPositions.Position> draft) throws IndexException {
		try {
			IndexSearcher searcher = index.acquire();
			try {
				Rarity rarity = new Rarity(searcher.getIndexReader());
				double[] weights = new double[draft.size()];
				Set<Set<String>> seen = new HashSet<>();
				for (int i = 0; i < draft.size(); i++) {
					weights[i] = seen.add(draft.get(i).terms()) ? rarity.of(draft.get(i).terms()) : 0;
				}
				return weights;
			} finally {
				index.release(searcher);
			}
		} catch (IOException e) {
			throw new IndexException("cannot read term statistics: " + e.getMessage(), e);
		}
	}

	/**
	 * Which of the draft's words belong to a fixed phrase ({@link FixedPhrases}: an opening formula, a preposition
	 * made of words): they count in the draft's length but never as shared. Leaving them out altogether flagged more,
	 * not fewer: a question that is little but a formula and a short title ("Kent u het artikel «Woningbouw naar
	 * nul»?") was then covered by one or two words.
	 */
	private static boolean[] fixedPhrases(List<WordPositions.Position> draft, String text) {
		BitSet chars = FixedPhrases.in(text);
		boolean[] fixed = new boolean[draft.size()];
		for (int i = 0; i < draft.size(); i++) {
			fixed[i] = chars.get(draft.get(i).start());
		}
		return fixed;
	}

	private Match match(List<WordPositions.Position> draft, double[] weights, boolean[] fixed, SearchHit hit) {
		// an earlier request to answer quickly asked nothing itself, whatever debate it names
		String earlier = ProceduralSentences.without(hit.question());
		boolean[] shared = shared(draft, WordPositions.termSet(index.analyzer(), PassageFields.QUESTION, earlier));
		double total = 0;
		double covered = 0;
		int sharedPositions = 0;
		List<String> sharedWords = new ArrayList<>();
		List<String> missingWords = new ArrayList<>();
		for (int i = 0; i < draft.size(); i++) {
			double weight = weights[i];
			if (weight == 0) {
				continue; // said before: counted, and listed, once
			}
			total += weight;
			if (fixed[i]) {
				continue; // "bekend", "bericht", "grond": in the length, never in common
			}
			covered += shared[i] ? weight : 0;
			sharedPositions += shared[i] ? 1 : 0;
			if (!partOfWordBefore(draft, i)) {
				(shared[i] ? sharedWords : missingWords).add(draft.get(i).word());
			}
		}
		String answer = hit.answer() == null ? "" : hit.answer();
		String start = answer.length() <= ANSWER_START ? answer : answer.substring(0, ANSWER_START).trim() + " …";
		double share = total == 0 ? 0 : covered / total;
		// by positions, not listed words: counting "vals-positieven" as one word here lowered the development set's
		// positives flagged from 91 % to 82 %
		return new Match(hit, sharedPositions == 1 ? share * ONE_WORD : share, sharedWords, missingWords,
				hit.question(), start);
	}

	/**
	 * Whether position {@code i} lies inside the word of the position before it: "positieven" of "vals-positieven",
	 * weighed as a word position of its own (weighing the word once lowered the development set's positives flagged
	 * as a relevant item from 82 % to 64 %), but one word to the reader, and listed once.
	 */
	private static boolean partOfWordBefore(List<WordPositions.Position> draft, int i) {
		if (i == 0) {
			return false;
		}
		WordPositions.Position before = draft.get(i - 1);
		WordPositions.Position p = draft.get(i);
		return p.start() >= before.start() && p.start() + p.word().length() <= before.start() + before.word().length();
	}

	/**
	 * Which draft positions the earlier text shares: one of the position's terms occurs there; a synonym concept
	 * covers every position of the spelling it starts.
	 */
	private static boolean[] shared(List<WordPositions.Position> draft, Set<String> earlierTerms) {
		boolean[] shared = new boolean[draft.size()];
		for (int i = 0; i < draft.size(); i++) {
			WordPositions.Position p = draft.get(i);
			for (String term : p.terms()) {
				if (earlierTerms.contains(term)) {
					int span = term.equals(p.spanning()) ? p.span() : 1;
					for (int j = i; j < Math.min(draft.size(), i + span); j++) {
						shared[j] = true;
					}
				}
			}
		}
		return shared;
	}

	/**
	 * Inverse document frequency. Any scale would do, since only a word's weight beside the draft's other words
	 * counts: dividing by log(N) to bring it between 0 and 1 changed no confidence (measured on the held-out set in
	 * a corpus of 134 passages and of 2,167), and is not done.
	 */
	private static final class Rarity {
		private final IndexReader reader;

		Rarity(IndexReader reader) {
			this.reader = reader;
		}

		/** The rarity of a word position: its rarest term, since any of them may be what matches. */
		double of(Set<String> terms) {
			double best = 0;
			for (String term : terms) {
				best = Math.max(best, idf(docFreq(term), reader.numDocs()));
			}
			return best;
		}

		private int docFreq(String term) {
			try {
				int df = 0;
				for (String field : PassageFields.TEXT_FIELDS) {
					df = Math.max(df, reader.docFreq(new Term(field, term)));
				}
				return df;
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		private static double idf(int docFreq, int docs) {
			return Math.log(1 + (docs - docFreq + 0.5) / (docFreq + 0.5));
		}
	}
}
