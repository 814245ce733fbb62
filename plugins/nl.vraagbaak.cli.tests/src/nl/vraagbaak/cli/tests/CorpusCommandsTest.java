package nl.vraagbaak.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.vraagbaak.cli.Cli;

/** import, corpus and show through the command dispatcher, on a data folder of the test's own. */
class CorpusCommandsTest {
	@TempDir
	Path data;

	@Test
	void helpListsTheCommands() {
		CliRunner.Result help = new CliRunner(data).run("--help");
		assertEquals(Cli.OK, help.exit());
		for (String command : new String[] { "import", "corpus", "show" }) {
			assertTrue(help.out().contains("  " + command + " "), help.out());
		}
		CliRunner.Result version = new CliRunner(data).run("--version");
		assertEquals(Cli.OK, version.exit());
		assertTrue(version.out().matches("vraagbaak 1\\.0\\.0\\.\\S+\\R"), version.out());
	}

	@Test
	void corpusListsTheSeedsOfAFreshDataFolder() throws Exception {
		CliRunner.Result corpus = new CliRunner(data).run("corpus", "--json");
		assertEquals(Cli.OK, corpus.exit(), corpus.err());
		JsonNode rows = new ObjectMapper().readTree(corpus.out());
		assertEquals(5, rows.size());
		// newest first, the letter that states no date last
		List<String> sources = new ArrayList<>();
		rows.forEach(row -> sources.add(row.get("source").asText()));
		assertEquals(List.of("004_7b21e46fa3f5df7d.txt", "001_4a688004c2e20cff.txt", "000_324ef9aa5f44c5fb.txt",
				"003_d79323f239d0a9a4.txt", "002_2940103a23c4f475.txt"), sources);
		assertEquals("001_4a688004c2e20cff.txt", rows.get(1).get("source").asText());
		assertEquals("QUESTION_LIST", rows.get(1).get("kind").asText());
		assertEquals("Kamerstuk 34 843, nr. 114", rows.get(1).get("citation").asText());
		assertEquals(102, rows.get(1).get("passages").asInt());
		CliRunner.Result table = new CliRunner(data).run("corpus");
		assertTrue(table.out().contains("5 documents, 134 passages"), table.out());
		assertTrue(table.out().lines().anyMatch(
				l -> l.matches("LETTER\\s+2024-10-01 Kamerstuk 34 843, nr. 113\\s+5  000_324ef9aa5f44c5fb\\.txt")), table.out());
	}

	@Test
	void importTheCsvAndShowOneOfItsRows() throws Exception {
		CliRunner runner = new CliRunner(data);
		CliRunner.Result imported = runner.run("import", CliRunner.fixture("kamervragen-sample.csv").toString());
		assertEquals(Cli.OK, imported.exit(), imported.err());
		assertTrue(imported.out().contains("2033 passages"), imported.out());
		CliRunner.Result shown = runner.run("show", "kamervragen-sample.csv", "1", "--json");
		JsonNode json = new ObjectMapper().readTree(shown.out());
		assertTrue(json.get("passage").get("question").asText().startsWith("Deelt u onze grote zorgen"));
	}

	@Test
	void showPrintsQuestionAnswerFootnotesAndProvenance() {
		CliRunner.Result shown = new CliRunner(data).run("show", "001_4a688004c2e20cff.txt", "26");
		assertEquals(Cli.OK, shown.exit(), shown.err());
		assertTrue(shown.out().contains("citation: Kamerstuk 34 843, nr. 114"), shown.out());
		assertTrue(shown.out().contains("Wat is wat u betreft een acceptabele foutmarge"), shown.out());
		assertTrue(shown.out().contains("  6  Zie CSAM Impact assessment"), shown.out());
	}

	/** search, check and eval print an earlier passage as "source#number": show takes it as printed. */
	@Test
	void showTakesAReferenceAsSearchPrintsIt() {
		CliRunner runner = new CliRunner(data);
		CliRunner.Result searched = runner.run("search", "acceptabele foutmarge", "--limit", "1");
		assertTrue(searched.out().contains("(001_4a688004c2e20cff.txt#26, score"), searched.out());
		CliRunner.Result shown = runner.run("show", "001_4a688004c2e20cff.txt#26");
		assertEquals(Cli.OK, shown.exit(), shown.err());
		assertEquals(runner.run("show", "001_4a688004c2e20cff.txt", "26").out(), shown.out());
		assertEquals(Cli.USAGE, runner.run("show", "001_4a688004c2e20cff.txt#").exit());
		assertEquals(Cli.USAGE, runner.run("show", "001_4a688004c2e20cff.txt#x").exit());
	}

	@Test
	void badInputGivesAClearMessageAndAnExitCode(@TempDir Path inbox) throws Exception {
		CliRunner runner = new CliRunner(data);
		Files.writeString(inbox.resolve("leeg.txt"), "");
		Files.copy(CliRunner.seeds().resolve("004_7b21e46fa3f5df7d.txt"), inbox.resolve("antwoorden.txt"));
		Files.copy(CliRunner.fixture("vragen-2025Z20154.txt"), inbox.resolve("vragen.txt"));
		CliRunner.Result mixed = runner.run("import", inbox.toString());
		assertEquals(Cli.PARTIAL, mixed.exit());
		assertTrue(mixed.err().contains(inbox.resolve("leeg.txt") + ": empty file"), mixed.err());
		assertTrue(mixed.out().contains("1 imported, 1 skipped, 1 failed"), mixed.out());
		// the answers of seed 004 under another name would show twice in every search
		assertTrue(mixed.out().contains("skipped " + inbox.resolve("antwoorden.txt")
				+ ": already in the corpus as 004_7b21e46fa3f5df7d.txt"), mixed.out());

		// the same as JSON, and nothing else on standard output (the summary line made it unreadable as JSON)
		CliRunner.Result json = runner.run("import", inbox.toString(), "--json");
		assertEquals(Cli.PARTIAL, json.exit());
		JsonNode report = new ObjectMapper().readTree(json.out());
		assertEquals("vragen.txt", report.get("imported").get(0).get("source").asText(), "imported again: replaced");
		assertEquals(10, report.get("imported").get(0).get("passages").asInt());
		assertEquals("004_7b21e46fa3f5df7d.txt", report.get("skipped").get(0).get("existingSource").asText());
		assertEquals(inbox.resolve("leeg.txt").toString(), report.get("failed").get(0).get("file").asText());
		assertTrue(report.get("failed").get(0).get("message").asText().contains("empty file"), json.out());
		assertEquals(Cli.USAGE, runner.run("import").exit());
		assertEquals(Cli.USAGE, runner.run("show", "x").exit());
		assertEquals(Cli.USAGE, runner.run("corpus", "--bogus").exit());
		assertEquals(Cli.USAGE, runner.run("nonsense").exit());
		CliRunner.Result missing = runner.run("show", "001_4a688004c2e20cff.txt", "500");
		assertEquals(Cli.PARTIAL, missing.exit());
		assertTrue(missing.err().contains("has no passage 500"), missing.err());
	}
}
