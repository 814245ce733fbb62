package nl.vraagbaak.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.vraagbaak.core.CrossReference;
import nl.vraagbaak.core.PassageRef;
import nl.vraagbaak.core.read.CrossReferences;

/** The question numbers an answer or a footnote names, a range in full. */
class CrossReferencesTest {
	@Test
	void numbersListsAndRanges() {
		assertEquals(List.of(12), CrossReferences.questionNumbers("Zie het antwoord op vraag 12."));
		assertEquals(List.of(2, 3), CrossReferences.questionNumbers("Antwoord op vragen 2 en 3"));
		assertEquals(List.of(7, 8, 9), CrossReferences.questionNumbers("zie de antwoorden op vragen 7 t/m 9"));
		assertEquals(List.of(4, 5, 6, 7), CrossReferences.questionNumbers("vragen 4, 5 tot en met 7"));
		// a range backwards is a slip: its ends only
		assertEquals(List.of(9, 7), CrossReferences.questionNumbers("vragen 9 t/m 7"));
	}

	@Test
	void anAnswerReferringToARangeRefersToEachQuestionInIt() {
		List<CrossReference> found = CrossReferences.find("Voor het overige verwijs ik naar de antwoorden op vragen 3 t/m 5.",
				"antwoorden.txt", 9, 20, 2025);
		assertEquals(List.of(new PassageRef("antwoorden.txt", 3), new PassageRef("antwoorden.txt", 4),
				new PassageRef("antwoorden.txt", 5)), found.stream().map(CrossReference::target).toList());
	}
}
