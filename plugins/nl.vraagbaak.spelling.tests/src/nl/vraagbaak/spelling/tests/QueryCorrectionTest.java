package nl.vraagbaak.spelling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
	void slipsBecomeTheWordsTheCorpusUses() {
		assertEquals(Optional.of(new QueryCorrection.Correction("naleving detectiebevelen", List.of("naleving"))),
				QueryCorrection.of("naleveing detectiebevelen", checker, CORPUS));
		assertEquals(Optional.of(new QueryCorrection.Correction("Kamervragen over versleuteling op naleving",
				List.of("Kamervragen", "naleving"))),
				QueryCorrection.of("Kamervargen over versleuteling op naleveing", checker, CORPUS));
	}

	@Test
	void aQueryWithoutSlipsOrWithoutABetterWordInTheCorpusIsLeftAlone() {
		assertEquals(Optional.empty(), QueryCorrection.of("naleving van detectiebevelen", checker, CORPUS));
		// "ondertussen" is the correction, but the corpus does not use it: correcting would find nothing either
		assertEquals(Optional.empty(), QueryCorrection.of("ondertusen", checker, CORPUS));
	}

	@Test
	void onlyAWordTheCorpusDoesNotUseMayNeedCorrection() {
		assertTrue(QueryCorrection.mayNeedCorrection("naleveing detectiebevelen", CORPUS));
		assertFalse(QueryCorrection.mayNeedCorrection("Naleving detectiebevelen.", CORPUS));
		// a name inside the sentence is left as typed, and costs no look-up in the word list
		assertFalse(QueryCorrection.mayNeedCorrection("naleving detectiebevelen Kathmann", CORPUS));
		assertEquals("naleving volgens Kathmann",
				QueryCorrection.of("naleveing volgens Kathmann", checker, CORPUS).orElseThrow().query());
	}

	@Test
	void phrasesAndOperatorsStayAsTyped() {
		assertEquals("\"naleveing van\" AND naleving",
				QueryCorrection.of("\"naleveing van\" AND naleveing", checker, CORPUS).orElseThrow().query());
	}
}
