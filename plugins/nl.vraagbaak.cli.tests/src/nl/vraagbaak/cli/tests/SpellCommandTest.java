package nl.vraagbaak.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.vraagbaak.cli.Cli;

/** {@code vraagbaak spell}: a draft's slips with line, column and suggestions; words taught with --add. */
class SpellCommandTest {
	private static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	Path data;
	@TempDir
	Path drafts;

	@Test
	void slipsAreReportedByLineAndColumnAndATaughtWordIsNoLonger() throws Exception {
		Path draft = drafts.resolve("chatcontrole.kv");
		Files.writeString(draft, """
				Vragen van het lid Kathmann (GroenLinks-PvdA) aan de minister van Justitie en Veiligheid over chatcontrole.

				1. Bent u bekend met de naleveing van de regels voor weglakking door tussenhandeldiensten? [1]

				[1] Consilium, "Law Enforcement Working Party", 12 november 2025.
				""");
		CliRunner runner = new CliRunner(data);
		CliRunner.Result result = runner.run("spell", draft.toString());
		assertEquals(Cli.OK, result.exit(), result.err());
		assertTrue(result.out().contains(draft + ":3:25: spelling: \"naleveing\" is not in the word list; perhaps: naleving"),
				result.out());
		// in no word list and not in the seeds ("tussenhandeldiensten" is the seeds' own word, known)
		assertTrue(result.out().contains(":3:54: spelling: \"weglakking\""), result.out());
		assertTrue(result.out().contains("2 unknown word(s)"), result.out());

		CliRunner.Result added = runner.run("spell", "--add", "weglakking");
		assertEquals(Cli.OK, added.exit(), added.err());
		assertTrue(Files.readString(data.resolve("dictionary.txt")).contains("weglakking\n"));

		JsonNode json = JSON.readTree(runner.run("spell", draft.toString(), "--json").out());
		assertEquals(1, json.size(), json.toString());
		assertEquals("naleveing", json.get(0).get("word").asText());
		assertEquals(3, json.get(0).get("line").asInt());
		assertEquals("naleving", json.get(0).get("suggestions").get(0).asText());
	}

	@Test
	void moreThanOneWordIsRefusedAndAMissingDraftIsNamed() throws Exception {
		CliRunner runner = new CliRunner(data);
		CliRunner.Result refused = runner.run("spell", "--add", "twee woorden");
		assertEquals(Cli.PARTIAL, refused.exit());
		assertTrue(refused.err().contains("not one word: \"twee woorden\""), refused.err());

		CliRunner.Result missing = runner.run("spell", drafts.resolve("weg.kv").toString());
		assertEquals(Cli.PARTIAL, missing.exit());
		assertTrue(missing.err().contains("weg.kv"), missing.err());
	}
}
