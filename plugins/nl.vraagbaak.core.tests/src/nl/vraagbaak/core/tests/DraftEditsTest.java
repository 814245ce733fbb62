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
				"De AIVD schat de risico's van vrijwillige detectie als zeer hoog in.");
		assertEquals("In uw antwoord op vraag 8 van 21 november 2025 stelt u: \u201cDe AIVD schat de risico's van "
				+ "vrijwillige detectie als zeer hoog in.\u201d Heeft u de AIVD om advies gevraagd over het Deense "
				+ "compromisvoorstel?", after.questions().get(1).text());
	}

	/** The answer's first sentence is quoted as written: after "stelt u dat" its word order was bad Dutch. */
	@Test
	void theAnswersFirstSentenceIsQuotedAsWritten() {
		// the start of the answer to 004 question 8, as the already-asked marker holds it
		Draft er = DraftEdits.asFollowUp(before(), 2, "uw antwoord op vraag 8", null,
				"Er is advies ingewonnen en dat houdt op hoofdlijnen in dat bij vrijwillige detectie de AIVD de risico's "
						+ "voor de digitale weerbaarheid als zeer hoog inschat. Dit is in lijn met het voorstel onder Pools "
						+ "voorzitterschap.");
		assertEquals("In uw antwoord op vraag 8 stelt u: \u201cEr is advies ingewonnen en dat houdt op hoofdlijnen in dat "
				+ "bij vrijwillige detectie de AIVD de risico's voor de digitale weerbaarheid als zeer hoog inschat.\u201d "
				+ "Heeft u de AIVD om advies gevraagd over het Deense compromisvoorstel?", er.questions().get(1).text(),
				"the first sentence is the claim");
		// "nr. 113" and "jl. is" end no sentence
		Draft abbreviation = DraftEdits.asFollowUp(before(), 2, "uw brief", null,
				"Zoals aangegeven in Kamerstuk 34 843, nr. 113 van 24 november jl. is dat niet zo. Verder niets.");
		assertTrue(abbreviation.questions().get(1).text().startsWith("In uw brief stelt u: \u201cZoals aangegeven in "
				+ "Kamerstuk 34 843, nr. 113 van 24 november jl. is dat niet zo.\u201d Heeft u"),
				abbreviation.questions().get(1).text());
		// an answer start cut short by the marker keeps its ellipsis, and gets no full stop after it
		Draft cut = DraftEdits.asFollowUp(before(), 2, "uw antwoord op vraag 8", null, "Nederland zal zich onthouden …");
		assertTrue(cut.questions().get(1).text().startsWith("In uw antwoord op vraag 8 stelt u: \u201cNederland zal zich "
				+ "onthouden \u2026\u201d Heeft u"), cut.questions().get(1).text());
	}

	@Test
	void aFollowUpWithACitationCitesItInAFootnote() {
		Draft after = DraftEdits.asFollowUp(before(), 1, "uw brief van 1 oktober 2024", "Kamerstuk 34 843, nr. 113.",
				"De reikwijdte wordt beperkt.");
		assertEquals("In uw brief van 1 oktober 2024 stelt u: \u201cDe reikwijdte wordt beperkt.\u201d Bent u bekend met "
				+ "het bericht? [1] [2]", after.questions().get(0).text());
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
