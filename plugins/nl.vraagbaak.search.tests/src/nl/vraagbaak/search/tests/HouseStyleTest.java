package nl.vraagbaak.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.vraagbaak.core.DocumentKind;
import nl.vraagbaak.core.draft.Draft;
import nl.vraagbaak.core.draft.DraftFormat;
import nl.vraagbaak.search.CitedPassages;
import nl.vraagbaak.search.HouseStyle;
import nl.vraagbaak.search.PassageIndex;
import nl.vraagbaak.search.PassageSearch;
import nl.vraagbaak.search.SearchHit;
import nl.vraagbaak.search.SearchOptions;

/** How drafts and views name earlier answers of the seeds: citations, dates in Dutch, never the file names. */
class HouseStyleTest {
	@TempDir
	static Path data;
	private static SearchHit question26;
	private static SearchHit letterSection;
	private static SearchHit undatedLetter;
	private static SearchHit uncitedAnswer;

	@BeforeAll
	static void findThem() throws Exception {
		try (PassageIndex index = SeedIndex.open(data)) {
			PassageSearch search = new PassageSearch(index);
			question26 = hit(search, "onterechte treffers grooming foutmarge", "001_4a688004c2e20cff.txt#26");
			letterSection = hit(search, "Compromisvoorstel 9 september Hongaarse voorzitterschap", "000_324ef9aa5f44c5fb.txt#4");
			undatedLetter = hit(search, "Advies AIVD cybersecurity", "002_2940103a23c4f475.txt#3");
			uncitedAnswer = hit(search, "advies ingewonnen AIVD Deense compromisvoorstel", "004_7b21e46fa3f5df7d.txt#8");
		}
	}

	private static SearchHit hit(PassageSearch search, String text, String reference) throws Exception {
		return search.search(text, SearchOptions.top(20)).stream().filter(h -> h.reference().equals(reference))
				.findFirst().orElseThrow(() -> new AssertionError(reference + " not found for " + text));
	}

	@Test
	void provenanceNamesCitationAndQuestionOrSection() {
		assertEquals("Kamerstuk 34 843, nr. 114, vraag 26", question26.provenance());
		assertEquals("Kamerstuk 34 843, nr. 113, \u00a7 4", letterSection.provenance());
		assertEquals("Antwoord van minister Van Oosten (Justitie en V\u2026, vraag 8", uncitedAnswer.provenance());
	}

	@Test
	void theFootnoteCitesWithTheDateWrittenOut() {
		assertEquals("Kamerstuk 34 843, nr. 114, antwoord op vraag 26 (8 oktober 2024).", HouseStyle.citation(question26));
		assertEquals("Kamerstuk 34 843, nr. 113, Compromisvoorstel 9 september 2024 (1 oktober 2024).",
				HouseStyle.citation(letterSection));
		assertEquals("Antwoord van minister Van Oosten (Justitie en Veiligheid), mede namens de staatssecretaris van "
				+ "Binnenlandse Zaken en Koninkrijksrelaties (ontvangen 21 november 2025), antwoord op vraag 8.",
				HouseStyle.citation(uncitedAnswer), "a title that states the date is not dated again");
	}

	@Test
	void aFollowUpNamesTheAnswerOrLetterWithItsDate() {
		assertEquals("uw antwoord op vraag 26 van 8 oktober 2024", HouseStyle.earlierAnswer(question26));
		assertEquals("uw brief van 1 oktober 2024", HouseStyle.earlierAnswer(letterSection));
		assertEquals("uw brief", HouseStyle.earlierAnswer(undatedLetter), "letter 002 states no date");
		assertEquals("uw antwoord op vraag 8 van 21 november 2025", HouseStyle.earlierAnswer(uncitedAnswer));
	}

	private static final String DRAFT = """
			Vragen van het lid Kathmann (GroenLinks-PvdA) aan de minister van Justitie en Veiligheid over chatcontrole.

			1. Welke onterechte treffers verwacht u bij het detecteren van grooming?
			""";

	@Test
	void aQuestionRewrittenAsAFollowUpOnAnAnswerQuotesItCitesItAndNoLongerMatchesIt() {
		Draft draft = HouseStyle.followUp(DraftFormat.parse(DRAFT).draft(), 1, question26);
		String printed = DraftFormat.print(draft);
		assertTrue(printed.contains("1. In uw antwoord op vraag 26 van 8 oktober 2024 stelt u: \u201c"), printed);
		assertTrue(printed.contains(".\u201d Welke onterechte treffers verwacht u bij het detecteren van grooming? [1]"), printed);
		assertTrue(printed.contains("[1] Kamerstuk 34 843, nr. 114, antwoord op vraag 26 (8 oktober 2024)."), printed);
		// its footnote, not a "% negeer" line, keeps the answer it follows up from making it "already asked"
		assertTrue(draft.ignored().isEmpty(), draft.ignored().toString());
		assertTrue(CitedPassages.inFootnotes(draft.sourcesOf(1)).cites(question26));
	}

	@Test
	void aFollowUpOnALetterNamesTheLetterAndIgnoresNothing() {
		Draft draft = HouseStyle.followUp(DraftFormat.parse(DRAFT).draft(), 1, letterSection);
		String question = draft.questions().get(0).text();
		assertTrue(question.startsWith("In uw brief van 1 oktober 2024 stelt u: \u201c"), question);
		assertTrue(draft.ignored().isEmpty(), "a letter is never an already-asked match: " + draft.ignored());
	}

	@Test
	void aQuestionNotYetAnsweredHasNothingToFollowUpOn() {
		SearchHit unanswered = new SearchHit("tk-2025Z21000.docx", 1, DocumentKind.QUESTIONS.name(), "chatcontrole",
				"2025-11-13", null, null, "Heeft u de AIVD om advies gevraagd?", "", "", List.of(), 1f);
		assertFalse(HouseStyle.canFollowUp(unanswered));
		assertTrue(HouseStyle.canFollowUp(question26));
		Draft draft = DraftFormat.parse(DRAFT).draft();
		assertThrows(IllegalArgumentException.class, () -> HouseStyle.followUp(draft, 1, unanswered));
	}
}
