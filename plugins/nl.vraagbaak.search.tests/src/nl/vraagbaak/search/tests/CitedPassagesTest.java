package nl.vraagbaak.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.vraagbaak.core.PassageRef;
import nl.vraagbaak.core.draft.Draft;
import nl.vraagbaak.core.draft.DraftFormat;
import nl.vraagbaak.search.AlreadyAsked;
import nl.vraagbaak.search.CitedPassages;
import nl.vraagbaak.search.HouseStyle;
import nl.vraagbaak.search.PassageIndex;
import nl.vraagbaak.search.PassageSearch;
import nl.vraagbaak.search.SearchHit;

/**
 * A question whose own footnote cites the earlier answer it resembles asks on knowingly: the seeds' answers cited as
 * Citeer writes them and as people write them by hand, and the already-asked check of whole drafts that cite them.
 */
class CitedPassagesTest {
	private static final String DANISH = "Heeft u de AIVD om advies gevraagd over het Deense compromisvoorstel?";
	private static final String ANSWER_8 = "004_7b21e46fa3f5df7d.txt#8";
	private static final String HEADING = "Vragen van het lid Kathmann (GroenLinks-PvdA) aan de minister van Justitie "
			+ "en Veiligheid over het advies van de AIVD.\n\n";

	@TempDir
	static Path data;
	private static SearchHit question26;
	private static SearchHit question27;
	private static SearchHit answer8;

	@BeforeAll
	static void findThem() throws Exception {
		try (PassageIndex index = SeedIndex.open(data)) {
			PassageSearch search = new PassageSearch(index);
			question26 = search.passage(PassageRef.parse("001_4a688004c2e20cff.txt#26")).orElseThrow();
			question27 = search.passage(PassageRef.parse("001_4a688004c2e20cff.txt#27")).orElseThrow();
			answer8 = search.passage(PassageRef.parse(ANSWER_8)).orElseThrow();
		}
	}

	@Test
	void whatCiteerWritesCitesThePassage() {
		assertTrue(CitedPassages.inFootnotes(List.of(HouseStyle.citation(question26))).cites(question26));
		assertFalse(CitedPassages.inFootnotes(List.of(HouseStyle.citation(question26))).cites(question27));
		// 004 states no citation: Citeer names it by its title
		assertTrue(CitedPassages.inFootnotes(List.of(HouseStyle.citation(answer8))).cites(answer8));
	}

	@Test
	void aPublicationCitedByHandInAnyFormCitesTheQuestionItNames() {
		for (String footnote : List.of("Kamerstukken II 2024/25, 34 843, nr. 114, p. 12 (antwoord op vraag 26).",
				"Kamerstuk 34843-114, vraag 26", "Zie het antwoord op vragen 25 en 26 in Kamerstuk 34 843, nr. 114.")) {
			assertTrue(CitedPassages.inFootnotes(List.of(footnote)).cites(question26), footnote);
			assertFalse(CitedPassages.inFootnotes(List.of(footnote)).cites(question27), footnote);
		}
	}

	@Test
	void aPublicationCitedWithoutAQuestionCitesEveryQuestionOfIt() {
		String footnote = "Kamerstuk 34 843, nr. 114.";
		assertTrue(CitedPassages.inFootnotes(List.of(footnote)).cites(question26));
		assertTrue(CitedPassages.inFootnotes(List.of(footnote)).cites(question27));
	}

	@Test
	void anotherPublicationOrANewspaperCitesNothing() {
		for (String footnote : List.of("Kamerstuk 34 843, nr. 113, vraag 26.",
				"NOS, 'Kabinet onthoudt zich van stemming over chatcontrole', 14 oktober 2024, vraag 26.",
				"Antwoord van minister Van Oosten, vraag 8.")) {
			assertFalse(CitedPassages.inFootnotes(List.of(footnote)).cites(question26), footnote);
			assertFalse(CitedPassages.inFootnotes(List.of(footnote)).cites(answer8), footnote);
		}
		assertFalse(CitedPassages.inFootnotes(List.of()).cites(question26));
	}

	@Test
	void aQuestionNamesTheAnswerItFollowsUpByItsQuestionAndDay() {
		String followUp = "In uw antwoord op vraag 8 van 21 november 2025 stelt u dat er advies is ingewonnen. Heeft u dat "
				+ "advies ook gedeeld met de andere lidstaten?";
		assertTrue(CitedPassages.namedIn(followUp, answer8));
		// another question of that day, or the same number without the day, could be any set's
		assertFalse(CitedPassages.namedIn(followUp.replace("vraag 8", "vraag 9"), answer8));
		assertFalse(CitedPassages.namedIn("In uw antwoord op vraag 8 stelt u dat er advies is ingewonnen.", answer8));
		assertFalse(CitedPassages.namedIn(followUp, question26));
		// question 8 of an answer of 1 november 2025 is not the one of 21 november
		SearchHit first = new SearchHit("antwoorden.txt", 8, answer8.kind(), "Antwoorden", "2025-11-01", null, null,
				answer8.question(), answer8.answer(), answer8.answer(), List.of(), 1f);
		assertFalse(CitedPassages.namedIn(followUp, first));
		assertTrue(CitedPassages.namedIn(followUp.replace("21 november", "1 november"), first));
	}

	@Test
	void aDraftQuestionCitingTheAnswerItRepeatsIsNotFlaggedByIt() throws Exception {
		try (PassageIndex index = SeedIndex.open(data)) {
			AlreadyAsked detector = new AlreadyAsked(index, AlreadyAsked.DEFAULT_THRESHOLD);
			Draft uncited = DraftFormat.parse(HEADING + "1. " + DANISH + "\n").draft();
			AlreadyAsked.Verdict before = detector.checkDraft(uncited).get(0);
			assertTrue(before.alreadyAsked(), before.toString());
			assertEquals(ANSWER_8, before.matches().get(0).hit().reference());

			// the same question citing that answer in its footnote, and a second one without: only the first knows it
			Draft cited = DraftFormat.parse(HEADING + "1. " + DANISH + " [1]\n2. " + DANISH + "\n\n[1] "
					+ HouseStyle.citation(answer8) + "\n").draft();
			List<AlreadyAsked.Verdict> verdicts = detector.checkDraft(cited);
			assertTrue(verdicts.get(0).matches().stream().noneMatch(m -> m.hit().reference().equals(ANSWER_8)),
					verdicts.get(0).toString());
			assertEquals(ANSWER_8, verdicts.get(1).matches().get(0).hit().reference());
			assertTrue(verdicts.get(1).alreadyAsked());

			// a follow-up written by hand, without a footnote, that names the answer it quotes
			Draft named = DraftFormat.parse(HEADING + "1. In uw antwoord op vraag 8 van 21 november 2025 stelt u: \u201cEr "
					+ "is advies ingewonnen.\u201d " + DANISH + "\n").draft();
			assertTrue(detector.checkDraft(named).get(0).matches().stream()
					.noneMatch(m -> m.hit().reference().equals(ANSWER_8)));

			// and one that cites it in its own text
			String falsePositives = "Hoeveel vals-positieven verwacht u bij het detecteren van grooming?";
			Draft plain = DraftFormat.parse(HEADING + "1. " + falsePositives + "\n").draft();
			assertTrue(detector.checkDraft(plain).get(0).matches().stream()
					.anyMatch(m -> m.hit().reference().equals(question26.reference())));
			Draft inText = DraftFormat.parse(HEADING + "1. In uw antwoord op vraag 26 (Kamerstuk 34 843, nr. 114) noemt u "
					+ "geen aantallen. " + falsePositives + "\n").draft();
			assertTrue(detector.checkDraft(inText).get(0).matches().stream()
					.noneMatch(m -> m.hit().reference().equals(question26.reference())));
		}
	}
}
