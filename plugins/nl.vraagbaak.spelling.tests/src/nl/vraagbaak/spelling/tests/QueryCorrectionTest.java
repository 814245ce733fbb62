package nl.vraagbaak.spelling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.vraagbaak.spelling.QueryCorrection;
import nl.vraagbaak.spelling.SpellChecker;

/** "Bedoelde u ...?": a search's slips corrected to words the corpus uses. */
class QueryCorrectionTest {
	/** The corpus of this test: the words it uses, in any case (as the search index has them). */
	private static final Set<String> USED = Set.of("naleving", "detectiebevel", "detectiebevelen", "kamervragen",
			"versleuteling");
	private static final Predicate<String> CORPUS = word -> USED.contains(word.toLowerCase(Locale.ROOT));
	private static SpellChecker checker;

	@BeforeAll
	static void readWordList() throws IOException {
		checker = new SpellChecker(CORPUS);
	}

	@Test
	void slipsBecomeTheWordsTheCorpusUses() throws IOException {
		assertEquals(Optional.of(new QueryCorrection.Correction("naleving detectiebevelen", List.of("naleving"))),
				QueryCorrection.of("naleveing detectiebevelen", CORPUS, () -> checker));
		assertEquals(Optional.of(new QueryCorrection.Correction("Kamervragen over versleuteling op naleving",
				List.of("Kamervragen", "naleving"))),
				QueryCorrection.of("Kamervargen over versleuteling op naleveing", CORPUS, () -> checker));
	}

	@Test
	void aQueryWithoutSlipsOrWithoutABetterWordInTheCorpusIsLeftAlone() throws IOException {
		assertEquals(Optional.empty(), QueryCorrection.of("naleving van detectiebevelen", CORPUS, () -> checker));
		// "ondertussen" is the correction, but the corpus does not use it: correcting would find nothing either
		assertEquals(Optional.empty(), QueryCorrection.of("ondertusen", CORPUS, () -> checker));
	}

	/** The word list is read only for a word the corpus does not use (reading it takes a second). */
	@Test
	void onlyAWordTheCorpusDoesNotUseMayNeedCorrection() throws IOException {
		assertTrue(readsTheWordList("naleveing detectiebevelen"));
		assertFalse(readsTheWordList("Naleving detectiebevelen."));
		// a name inside the sentence is left as typed, and costs no look-up in the word list
		assertFalse(readsTheWordList("naleving detectiebevelen Kathmann"));
		assertEquals("naleving volgens Kathmann",
				QueryCorrection.of("naleveing volgens Kathmann", CORPUS, () -> checker).orElseThrow().query());
	}

	@Test
	void phrasesAndOperatorsStayAsTyped() throws IOException {
		assertEquals("\"naleveing van\" AND naleving",
				QueryCorrection.of("\"naleveing van\" AND naleveing", CORPUS, () -> checker).orElseThrow().query());
	}

	private static boolean readsTheWordList(String query) throws IOException {
		AtomicBoolean asked = new AtomicBoolean();
		QueryCorrection.of(query, CORPUS, () -> {
			asked.set(true);
			return checker;
		});
		return asked.get();
	}
}
