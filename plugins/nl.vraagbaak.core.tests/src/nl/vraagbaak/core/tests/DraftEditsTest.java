package nl.vraagbaak.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nl.vraagbaak.core.PassageRef;
import nl.vraagbaak.core.draft.Draft;
import nl.vraagbaak.core.draft.DraftEdits;
import nl.vraagbaak.core.draft.DraftFormat;

/** The edits behind quick fixes, before and after, in the draft's own text format. */
class DraftEditsTest {
	private static final String BEFORE = """
			Vragen van het lid Kathmann (GroenLinks-PvdA) aan de minister van Justitie en Veiligheid over chatcontrole.

			1. Bent u bekend met het bericht? [1]

			2. Heeft u de AIVD om advies gevraagd over het Deense compromisvoorstel?

			[1] NRC, 12 november 2025.
			""";

	private static Draft before() {
		return DraftFormat.parse(BEFORE).draft();
	}

	@Test
	void citeAddsAFootnoteToTheQuestion() {
		String after = DraftFormat.print(DraftEdits.addFootnote(before(), 2, "Kamerstuk 34 843, nr. 114, antwoord op vraag 96."));
		assertEquals("""
				Vragen van het lid Kathmann (GroenLinks-PvdA) aan de minister van Justitie en Veiligheid over chatcontrole.

				1. Bent u bekend met het bericht? [1]

				2. Heeft u de AIVD om advies gevraagd over het Deense compromisvoorstel? [2]

				[1] NRC, 12 november 2025.
				[2] Kamerstuk 34 843, nr. 114, antwoord op vraag 96.
				""", after);
	}

	@Test
	void followUpOpensWithTheEarlierAnswerAndKeepsTheQuestion() {
		Draft after = DraftEdits.asFollowUp(before(), 2, "uw antwoord op vraag 8 van 21 november 2025", null,
				"de AIVD de risico's van vrijwillige detectie als zeer hoog inschat.");
		assertEquals("In uw antwoord op vraag 8 van 21 november 2025 stelt u dat de AIVD de risico's van vrijwillige "
				+ "detectie als zeer hoog inschat; heeft u de AIVD om advies gevraagd over het Deense compromisvoorstel?",
				after.questions().get(1).text());
	}

	@Test
	void theAnswersOpeningCapitalGoesUnlessItIsAName() {
		// the start of the answer to 004 question 8, as the already-asked marker holds it
		Draft er = DraftEdits.asFollowUp(before(), 2, "uw antwoord op vraag 8", null,
				"Er is advies ingewonnen en dat houdt op hoofdlijnen in dat bij vrijwillige detectie de AIVD de risico's "
						+ "voor de digitale weerbaarheid als zeer hoog inschat. Dit is in lijn met het voorstel onder Pools "
						+ "voorzitterschap.");
		assertEquals("In uw antwoord op vraag 8 stelt u dat er is advies ingewonnen en dat houdt op hoofdlijnen in dat bij "
				+ "vrijwillige detectie de AIVD de risico's voor de digitale weerbaarheid als zeer hoog inschat; heeft u de "
				+ "AIVD om advies gevraagd over het Deense compromisvoorstel?", er.questions().get(1).text(),
				"the first sentence is the claim");
		Draft abbreviation = DraftEdits.asFollowUp(before(), 2, "uw brief", null,
				"Zoals aangegeven in Kamerstuk 34 843, nr. 113 van 24 november jl. is dat niet zo. Verder niets.");
		assertTrue(abbreviation.questions().get(1).text().contains(
				"stelt u dat zoals aangegeven in Kamerstuk 34 843, nr. 113 van 24 november jl. is dat niet zo; "),
				abbreviation.questions().get(1).text());
		Draft name = DraftEdits.asFollowUp(before(), 2, "uw antwoord op vraag 8", null, "Nederland zal zich onthouden.");
		assertTrue(name.questions().get(1).text().startsWith("In uw antwoord op vraag 8 stelt u dat Nederland zal zich "
				+ "onthouden; heeft u"), name.questions().get(1).text());
		Draft de = DraftEdits.asFollowUp(before(), 2, "uw antwoord op vraag 8", null, "De AIVD is benaderd.");
		assertTrue(de.questions().get(1).text().contains("stelt u dat de AIVD is benaderd; "), de.questions().get(1).text());
	}

	@Test
	void aFollowUpWithACitationCitesItInAFootnote() {
		Draft after = DraftEdits.asFollowUp(before(), 1, "uw brief van 1 oktober 2024", "Kamerstuk 34 843, nr. 113.",
				"de reikwijdte beperkt wordt");
		assertEquals("In uw brief van 1 oktober 2024 stelt u dat de reikwijdte beperkt wordt; bent u bekend met het "
				+ "bericht? [1] [2]", after.questions().get(0).text());
		assertEquals("Kamerstuk 34 843, nr. 113.", after.footnote(2).text());
	}

	@Test
	void deleteRenumbersAndIgnoreIsRemembered() {
		Draft after = DraftEdits.deleteQuestion(before(), 1).ignoring(new PassageRef("004_7b21e46fa3f5df7d.txt", 8));
		String printed = DraftFormat.print(after);
		assertEquals(1, after.questions().size());
		assertEquals(true, printed.contains("\n1. Heeft u de AIVD om advies gevraagd"));
		assertEquals(true, printed.endsWith("% negeer: 004_7b21e46fa3f5df7d.txt#8\n"));
		assertThrows(IllegalArgumentException.class, () -> DraftEdits.addFootnote(before(), 3, "x"));
	}
}
