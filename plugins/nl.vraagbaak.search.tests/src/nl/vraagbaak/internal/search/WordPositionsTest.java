package nl.vraagbaak.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Word positions of a draft: the words a multi-word synonym covers, counted without the stop words in it. */
class WordPositionsTest {

	@Test
	void aSynonymSpanEndsAtItsLastWordWhenStopWordsWereTakenOut() {
		try (DutchAnalysis analyzer = new DutchAnalysis()) {
			// "onthouden van stemming" is three words long; "van" is a stop word, so it covers two kept words
			List<WordPositions.Position> positions = WordPositions.of(analyzer, PassageFields.QUESTION,
					"onthouden van stemming over het voorstel");
			assertEquals(3, positions.size(), positions.toString());
			assertEquals(2, positions.get(0).span(), positions.toString());
			assertEquals("voorstel", positions.get(2).word());
			assertNull(positions.get(2).spanning());
		}
	}
}
