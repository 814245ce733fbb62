package nl.vraagbaak.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.vraagbaak.cli.Cli;

/**
 * {@code vraagbaak correct} on seed 002, the letter after the committee debate that states neither its date nor a
 * citation: the correction reaches the corpus listing and the search results (the index), and can be taken back.
 */
class CorrectCommandTest {
	private static final String LETTER = "002_2940103a23c4f475.txt";
	private static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	Path data;

	@Test
	void aCorrectionReachesTheListingAndTheSearchResults() throws Exception {
		CliRunner runner = new CliRunner(data);
		CliRunner.Result corrected = runner.run("correct", LETTER, "--date", "25 november 2025", "--citation",
				"Kamerstuk 32317, nr. 980", "--title", "Kabinetsinzet CSAM-verordening");
		assertEquals(Cli.OK, corrected.exit(), corrected.err());
		assertTrue(corrected.out().contains("date      2025-11-25   (corrected / gecorrigeerd)"), corrected.out());
		assertTrue(corrected.out().contains("citation  Kamerstuk 32 317, nr. 980   (corrected / gecorrigeerd)"), corrected.out());

		JsonNode corpus = JSON.readTree(runner.run("corpus", "--json").out());
		assertEquals(LETTER, corpus.get(0).get("source").asText(), "now the newest document: " + corpus);
		assertEquals("2025-11-25", corpus.get(0).get("date").asText());
		assertTrue(corpus.get(0).get("corrected").asBoolean());
		assertTrue(!corpus.get(1).get("corrected").asBoolean());
		String table = runner.run("corpus").out();
		assertTrue(table.contains("  002_2940103a23c4f475.txt *\n") && table.contains("* details corrected by hand"), table);

		String shown = runner.run("show", LETTER + "#2").out();
		assertTrue(shown.contains("date:     2025-11-25") && shown.contains("corrected by hand / gecorrigeerd: title, date, citation"),
				shown);
		CliRunner.Result search = runner.run("search", "cybersecurityrisico's van het voorstel volgens de AIVD", "--json");
		JsonNode letterHit = null;
		for (JsonNode hit : JSON.readTree(search.out())) {
			if (hit.get("source").asText().equals(LETTER)) {
				letterHit = hit;
				break;
			}
		}
		assertTrue(letterHit != null, search.out());
		assertEquals("Kamerstuk 32 317, nr. 980", letterHit.get("citation").asText());
		assertEquals("2025-11-25", letterHit.get("date").asText());
		assertEquals("Kabinetsinzet CSAM-verordening", letterHit.get("title").asText());
	}

	@Test
	void optionsNotGivenKeepTheirCorrectionAndResetTakesAllBack() throws Exception {
		CliRunner runner = new CliRunner(data);
		runner.run("correct", LETTER, "--date", "25-11-2025");
		CliRunner.Result more = runner.run("correct", LETTER, "--minister", "staatssecretaris van Justitie en Veiligheid",
				"--json");
		JsonNode json = JSON.readTree(more.out());
		assertEquals("2025-11-25", json.get("correction").get("date").asText());
		assertEquals("staatssecretaris van Justitie en Veiligheid", json.get("minister").asText());

		CliRunner.Result reset = runner.run("correct", LETTER, "--reset", "--json");
		assertEquals(Cli.OK, reset.exit(), reset.err());
		assertTrue(JSON.readTree(reset.out()).get("date").isNull(), reset.out());
		CliRunner.Result shown = runner.run("correct", LETTER);
		assertTrue(shown.out().contains("date      -"), shown.out());
		assertTrue(!shown.out().contains("corrected"), shown.out());
	}

	@Test
	void badInputIsRefusedByFieldAndChangesNothing() {
		CliRunner runner = new CliRunner(data);
		CliRunner.Result badDate = runner.run("correct", LETTER, "--date", "31-11-2025");
		assertEquals(Cli.USAGE, badDate.exit());
		assertTrue(badDate.err().contains("date / datum: not a date: 31-11-2025"), badDate.err());
		CliRunner.Result badCitation = runner.run("correct", LETTER, "--citation", "de brief van 18 november");
		assertEquals(Cli.USAGE, badCitation.exit());
		assertTrue(badCitation.err().contains("citation / vindplaats: not one citation"), badCitation.err());
		CliRunner.Result unknown = runner.run("correct", "onbekend.txt", "--title", "x");
		assertEquals(Cli.PARTIAL, unknown.exit());
		assertTrue(unknown.err().contains("no document 'onbekend.txt' in the corpus"), unknown.err());
		assertTrue(runner.run("correct", LETTER).out().contains("date      -"));
	}
}
