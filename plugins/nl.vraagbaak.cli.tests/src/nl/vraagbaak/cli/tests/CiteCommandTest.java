package nl.vraagbaak.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.vraagbaak.cli.Cli;

/** cite: the workbench's Citeer and Vervolgvraag on a draft file, on the seeds. */
class CiteCommandTest {
	private static final String DRAFT = """
			Vragen van het lid Kathmann (GroenLinks-PvdA) aan de minister van Justitie en Veiligheid over chatcontrole.

			1. Hoe groot is de foutmarge? [1]

			2. Heeft u de AIVD om advies gevraagd over het Deense compromisvoorstel?

			[1] NRC, 12 november 2025.
			""";

	@TempDir
	Path data;
	@TempDir
	Path drafts;

	@Test
	void citesAnEarlierAnswerInAFootnoteOfTheQuestion() throws Exception {
		Path draft = drafts.resolve("vragen.kv");
		Files.writeString(draft, DRAFT);
		CliRunner.Result result = new CliRunner(data).run("cite", draft.toString(), "1", "001_4a688004c2e20cff.txt#26");
		assertEquals(Cli.OK, result.exit(), result.err());
		String after = Files.readString(draft);
		assertTrue(after.contains("1. Hoe groot is de foutmarge? [1] [2]"), after);
		assertTrue(after.contains("[2] Kamerstuk 34 843, nr. 114, antwoord op vraag 26 (8 oktober 2024)."), after);
		assertTrue(result.out().contains("cited in question 1: Kamerstuk 34 843, nr. 114"), result.out());

		// a second time adds no second footnote with the same source
		CliRunner.Result again = new CliRunner(data).run("cite", draft.toString(), "1", "001_4a688004c2e20cff.txt#26");
		assertEquals(Cli.OK, again.exit(), again.err());
		assertEquals(after, Files.readString(draft));
		assertTrue(again.out().contains("question 1 cites Kamerstuk 34 843, nr. 114, antwoord op vraag 26 (8 oktober 2024)."
				+ " already"), again.out());
	}

	@Test
	void rewritesAQuestionAsAFollowUpOnTheEarlierAnswerWhichThenNoLongerMatchesIt() throws Exception {
		Path draft = drafts.resolve("vragen.kv");
		Files.writeString(draft, DRAFT);
		CliRunner.Result result = new CliRunner(data).run("cite", draft.toString(), "2", "004_7b21e46fa3f5df7d.txt#8",
				"--follow-up");
		assertEquals(Cli.OK, result.exit(), result.err());
		String after = Files.readString(draft);
		assertTrue(after.contains("2. In uw antwoord op vraag 8 van 21 november 2025 stelt u: \u201cEr is advies ingewonnen"),
				after);
		assertTrue(after.contains("inschat.\u201d Heeft u de AIVD om advies gevraagd over het Deense compromisvoorstel? [2]"),
				after);
		assertFalse(after.contains("% negeer"), after);

		// question 2 is no longer flagged: the question it asked again is the one it now follows up, and cites
		CliRunner.Result check = new CliRunner(data).run("check", draft.toString(), "--json");
		JsonNode verdict = new ObjectMapper().readTree(check.out()).get(1).get("verdict");
		assertFalse(verdict.get("alreadyAsked").asBoolean(), verdict.toString());
	}

	@Test
	void aMissingPassageOrQuestionIsNamedAndTheDraftIsLeftAsItWas() throws Exception {
		Path draft = drafts.resolve("vragen.kv");
		Files.writeString(draft, DRAFT);
		CliRunner.Result noPassage = new CliRunner(data).run("cite", draft.toString(), "1", "001_4a688004c2e20cff.txt#999");
		assertEquals(Cli.PARTIAL, noPassage.exit());
		assertTrue(noPassage.err().contains("no passage 001_4a688004c2e20cff.txt#999 in the corpus"), noPassage.err());
		CliRunner.Result noQuestion = new CliRunner(data).run("cite", draft.toString(), "7", "001_4a688004c2e20cff.txt#26");
		assertEquals(Cli.PARTIAL, noQuestion.exit());
		assertTrue(noQuestion.err().contains("has 2 questions, not a question 7"), noQuestion.err());
		CliRunner.Result badReference = new CliRunner(data).run("cite", draft.toString(), "1", "vraag-26");
		assertEquals(Cli.USAGE, badReference.exit());
		assertTrue(badReference.err().contains("not a passage reference (source#number): vraag-26"), badReference.err());
		assertEquals(DRAFT, Files.readString(draft));
	}
}
