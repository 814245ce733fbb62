package nl.vraagbaak.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.vraagbaak.cli.Cli;
import nl.vraagbaak.core.store.CorpusStore;
import nl.vraagbaak.search.PassageIndex;

/** search, check, eval and bench through the command dispatcher on the seeds. */
class SearchCommandsTest {
	@TempDir
	Path data;

	private static Path cliFixture(String name) {
		return Path.of(System.getProperty("vraagbaak.cli.fixtures", "fixtures")).resolve(name);
	}

	@Test
	void searchRanksWithProvenanceAndHighlights() throws Exception {
		CliRunner.Result result = new CliRunner(data).run("search", "foutmarge bij detectie", "--limit", "3", "--json");
		assertEquals(Cli.OK, result.exit(), result.err());
		assertTrue(result.err().contains("rebuilt the search index (no index yet)"), result.err());
		JsonNode hits = new ObjectMapper().readTree(result.out());
		assertEquals(3, hits.size());
		assertEquals("001_4a688004c2e20cff.txt", hits.get(0).get("source").asText());
		assertEquals("Kamerstuk 34 843, nr. 114", hits.get(0).get("citation").asText());
		assertTrue(hits.get(0).get("highlightedAnswer").asText().contains("**"), hits.get(0).toString());
	}

	@Test
	void aSlipInTheQueryGetsADidYouMeanForAWordTheSeedsUse() throws Exception {
		CliRunner.Result slip = new CliRunner(data).run("search", "versleuteing AIVD", "--limit", "3");
		assertTrue(slip.err().contains("vraagbaak search: did you mean / bedoelde u: versleuteling AIVD"), slip.err());
		CliRunner.Result right = new CliRunner(data).run("search", "versleuteling AIVD", "--limit", "3");
		assertFalse(right.err().contains("did you mean"), right.err());
	}

	@Test
	void searchingWorksWhileAnotherVraagbaakHoldsTheIndexImportingAndSyncingDoNot() throws Exception {
		assertEquals(Cli.OK, new CliRunner(data).run("search", "AIVD").exit(), "builds the index");
		// the workbench holding the index (Lucene's lock is also held against the same JVM)
		try (PassageIndex workbench = PassageIndex.open(data, CorpusStore.open(data), new NullProgressMonitor())) {
			CliRunner.Result search = new CliRunner(data).run("search", "foutmarge bij detectie", "--limit", "3");
			assertEquals(Cli.OK, search.exit(), search.err());
			assertTrue(search.err().contains("another running Vraagbaak holds the index; searching what it last saved"),
					search.err());
			assertTrue(search.out().contains("1. Kamerstuk 34 843, nr. 114, vraag "), search.out());
			assertTrue(search.out().contains("(001_4a688004c2e20cff.txt#"), search.out());
			CliRunner.Result check = new CliRunner(data).run("check", cliFixture("aivd-advies.kv").toString());
			assertEquals(Cli.OK, check.exit(), check.err());
			assertTrue(check.out().contains("1. ALREADY ASKED"), check.out());

			CliRunner.Result imported = new CliRunner(data).run("import", CliRunner.fixture("kamervragen-sample.csv").toString());
			assertEquals(Cli.DATA, imported.exit());
			assertTrue(imported.err().contains("in use by another running Vraagbaak; close it first, or do it in that one"),
					imported.err());
			CliRunner.Result synced = new CliRunner(data).run("sync", "--service", "http://127.0.0.1:9/");
			assertEquals(Cli.DATA, synced.exit());
			assertTrue(synced.err().contains("in use by another running Vraagbaak"), synced.err());
		}
	}

	@Test
	void searchFiltersAndRejectsBadOptions() {
		CliRunner runner = new CliRunner(data);
		CliRunner.Result letters = runner.run("search", "AIVD", "--kind", "letter");
		assertEquals(Cli.OK, letters.exit(), letters.err());
		assertTrue(letters.out().contains("002_2940103a23c4f475.txt#"), letters.out());
		assertFalse(letters.out().contains("001_4a688004c2e20cff.txt#"), letters.out());
		assertEquals(Cli.USAGE, runner.run("search", "AIVD", "--kind", "memo").exit());
		assertEquals(Cli.USAGE, runner.run("search", "AIVD", "--from", "1 oktober").exit());
		assertEquals(Cli.USAGE, runner.run("search", "AIVD", "--limit", "0").exit());
		assertEquals(Cli.OK, runner.run("search", "\"end-to-end AND (").exit(), "odd syntax is answered");
	}

	@Test
	void checkFlagsTheAlreadyAskedQuestionAndExplainsWhy() throws Exception {
		CliRunner.Result result = new CliRunner(data).run("check", cliFixture("aivd-advies.kv").toString(), "--json");
		assertEquals(Cli.OK, result.exit(), result.err());
		JsonNode questions = new ObjectMapper().readTree(result.out());
		JsonNode first = questions.get(0).get("verdict");
		assertTrue(first.get("alreadyAsked").asBoolean(), first.toString());
		assertTrue(first.get("matches").toString().contains("004_7b21e46fa3f5df7d.txt"), first.toString());
		assertTrue(first.get("matches").get(0).get("sharedWords").toString().contains("AIVD"));
		assertEquals(5, questions.get(0).get("earlierAnswers").size());
		assertFalse(questions.get(1).get("verdict").get("alreadyAsked").asBoolean(), questions.get(1).toString());
		CliRunner.Result text = new CliRunner(data).run("check", cliFixture("aivd-advies.kv").toString());
		assertTrue(text.out().contains("1. ALREADY ASKED"), text.out());
		assertTrue(text.out().contains("2. new"), text.out());
		assertTrue(text.out().contains("   earlier: Antwoord van minister Van Oosten (Justitie en V\u2026, vraag 8, 2025-11-21 "
				+ "(004_7b21e46fa3f5df7d.txt#8)"), text.out());
		// what the workbench's quick fixes do, as the commands that do it
		String cite = "vraagbaak cite " + cliFixture("aivd-advies.kv") + " 1 004_7b21e46fa3f5df7d.txt#8";
		assertTrue(text.out().contains("   cite it: " + cite + "   follow up on it: " + cite + " --follow-up"
				+ "   or ignore it: add \"% negeer: 004_7b21e46fa3f5df7d.txt#8\" to the draft"), text.out());
	}

	/** A first question that points back ("hierover") is read with the subject the heading gives it. */
	@Test
	void aFirstQuestionThatPointsBackIsCheckedWithTheHeadingsSubject(@TempDir Path drafts) throws Exception {
		Path draft = drafts.resolve("onderwerp.kv");
		Files.writeString(draft, "Vragen van het lid Kathmann (GroenLinks-PvdA) aan de minister van Justitie en Veiligheid "
				+ "over het advies van de AIVD over het Deense compromisvoorstel.\n\n1. Heeft u hierover advies ingewonnen?\n");
		CliRunner.Result check = new CliRunner(data).run("check", draft.toString());
		assertTrue(check.out().contains("1. ALREADY ASKED"), check.out());
		assertTrue(check.out().contains("(004_7b21e46fa3f5df7d.txt#8)"), check.out());
		assertTrue(check.out().contains("   read with the subject in the heading, to which it points back"), check.out());
	}

	@Test
	void aQuestionAskedButNotYetAnsweredIsFlaggedAndSaysItHasNoAnswerYet() throws Exception {
		CliRunner runner = new CliRunner(data);
		// the questions of seed 004 as handed in, before the answers came
		assertEquals(Cli.OK, runner.run("remove", "004_7b21e46fa3f5df7d.txt").exit());
		CliRunner.Result imported = runner.run("import", CliRunner.fixture("vragen-2025Z20154.txt").toString());
		assertTrue(imported.out().contains("vragen-2025Z20154.txt: questions, 10 passages"), imported.out());

		CliRunner.Result check = runner.run("check", cliFixture("aivd-advies.kv").toString());

		assertTrue(check.out().contains("1. ALREADY ASKED"), check.out());
		assertTrue(check.out().contains("   earlier: Europese ontwikkelingen rondom chatcontrole, vraag 8, 2025-11-13 "
				+ "(vragen-2025Z20154.txt#8)"), check.out());
		assertTrue(check.out().contains("   answer: (not yet answered / nog niet beantwoord)"), check.out());
		CliRunner.Result show = runner.run("show", "vragen-2025Z20154.txt#8");
		assertTrue(show.out().contains("Antwoord\n(not yet answered / nog niet beantwoord)"), show.out());
	}

	@Test
	void evalReportsFiguresWithTheBaseline() throws Exception {
		CliRunner.Result result = new CliRunner(data).run("eval", cliFixture("dev-queries-small.json").toString(),
				"--baseline", "--json");
		assertEquals(Cli.OK, result.exit(), result.err());
		JsonNode figures = new ObjectMapper().readTree(result.out());
		assertEquals("vraagbaak", figures.get(0).get("method").asText());
		assertEquals(1.0, figures.get(0).get("recallAt5").asDouble());
		assertEquals(0, figures.get(0).get("negativesFlagged").asInt());
		assertEquals("bm25-standard", figures.get(1).get("method").asText());
		CliRunner.Result notASet = new CliRunner(data).run("eval", cliFixture("aivd-advies.kv").toString());
		assertEquals(Cli.PARTIAL, notASet.exit(), "a file that is not a query set is reported");
		assertTrue(notASet.err().matches("(?s).*aivd-advies\\.kv: not a readable JSON query set: line 1, column \\d+: .*"),
				notASet.err());
	}

	@Test
	void benchPrintsItsFigures() throws Exception {
		CliRunner.Result result = new CliRunner(data).run("bench", "--passages", "500", "--queries", "20");
		assertEquals(Cli.OK, result.exit(), result.err());
		JsonNode json = new ObjectMapper().readTree(result.out());
		assertEquals(500, json.get("passages").asInt());
		assertTrue(json.get("indexingPassagesPerSecond").asDouble() > 0);
		assertTrue(json.get("searchP99Ms").asDouble() >= json.get("searchP50Ms").asDouble());
		assertTrue(json.get("indexSizeMb").asLong() >= 0);
	}
}
