package nl.vraagbaak.search.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.vraagbaak.search.AlreadyAsked;
import nl.vraagbaak.search.PassageIndex;

/** Already-asked detection on the seeds, with its explanation. */
class AlreadyAskedTest {
	@TempDir
	Path data;

	@Test
	void theAivdAdviceOnTheDanishProposalWasAlreadyAsked() throws Exception {
		try (PassageIndex index = SeedIndex.open(data)) {
			AlreadyAsked.Verdict verdict = new AlreadyAsked(index, AlreadyAsked.DEFAULT_THRESHOLD)
					.check("Heeft u de AIVD om advies gevraagd over het Deense compromisvoorstel?", Set.of());
			assertTrue(verdict.alreadyAsked(), verdict.toString());
			assertTrue(verdict.confidence() > 0 && verdict.confidence() <= 1);
			AlreadyAsked.Match q8 = verdict.matches().stream()
					.filter(m -> m.hit().reference().equals("004_7b21e46fa3f5df7d.txt#8")).findFirst().orElseThrow();
			assertTrue(q8.sharedWords().contains("AIVD"), q8.sharedWords().toString());
			assertTrue(q8.sharedWords().contains("Deense"), q8.sharedWords().toString());
			assertTrue(q8.earlierQuestion().startsWith("Heeft u, net als bij het Poolse voorstel"));
			assertTrue(q8.answerStart().startsWith("Er is advies ingewonnen"));
			assertTrue(q8.hit().date().equals("2025-11-21"));
		}
	}

	@Test
	void aQuestionAboutHousingConstructionIsNotFlagged() throws Exception {
		try (PassageIndex index = SeedIndex.open(data)) {
			AlreadyAsked.Verdict verdict = new AlreadyAsked(index, AlreadyAsked.DEFAULT_THRESHOLD).check(
					"Hoeveel nieuwe woningen worden er dit jaar gebouwd en hoe staat het met de woningbouwopgave?", Set.of());
			assertFalse(verdict.alreadyAsked(), verdict.toString());
		}
	}

	@Test
	void anIgnoredMatchIsLeftOut() throws Exception {
		try (PassageIndex index = SeedIndex.open(data)) {
			String question = "Heeft u de AIVD om advies gevraagd over het Deense compromisvoorstel?";
			AlreadyAsked.Verdict verdict = new AlreadyAsked(index, AlreadyAsked.DEFAULT_THRESHOLD).check(question,
					Set.of("004_7b21e46fa3f5df7d.txt#8"));
			assertTrue(verdict.matches().stream().noneMatch(m -> m.hit().reference().equals("004_7b21e46fa3f5df7d.txt#8")));
		}
	}
}
