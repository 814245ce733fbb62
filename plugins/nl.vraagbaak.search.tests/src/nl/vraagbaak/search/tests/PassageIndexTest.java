package nl.vraagbaak.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.DocumentKind;
import nl.vraagbaak.core.Passage;
import nl.vraagbaak.core.store.CorpusStore;
import nl.vraagbaak.search.IndexException;
import nl.vraagbaak.search.IndexInUseException;
import nl.vraagbaak.search.PassageIndex;
import nl.vraagbaak.search.PassageSearch;
import nl.vraagbaak.search.SearchHit;
import nl.vraagbaak.search.SearchOptions;

/** The index lifecycle (rebuild on mismatch and damage, one writer) and search with filters and odd syntax. */
class PassageIndexTest {
	private static final String LETTER = "002_2940103a23c4f475.txt";
	private static final String REMOVED = "003_d79323f239d0a9a4.txt";
	private static final String EMPTIED = "004_7b21e46fa3f5df7d.txt";

	@TempDir
	Path data;

	@Test
	void rebuildsWhenTheAnalyzerOrSchemaDiffers() throws Exception {
		try (PassageIndex first = SeedIndex.open(data)) {
			assertEquals("no index yet", first.rebuildReason());
		}
		try (PassageIndex again = SeedIndex.open(data)) {
			assertNull(again.rebuildReason(), "an up-to-date index is used as it is");
		}
		Path meta = data.resolve("index.json");
		Files.writeString(meta, Files.readString(meta).replaceAll("\"analyzerId\" : \"[^\"]+\"", "\"analyzerId\" : \"old\""));
		try (PassageIndex rebuilt = SeedIndex.open(data)) {
			assertTrue(rebuilt.rebuildReason().contains("analyzerId=old"), rebuilt.rebuildReason());
			assertEquals(5, new PassageSearch(rebuilt).search("AIVD", SearchOptions.top(5)).size());
		}
	}

	@Test
	void rebuildsADamagedIndex() throws Exception {
		try (PassageIndex first = SeedIndex.open(data)) {
			assertFalse(new PassageSearch(first).search("detectiebevel", SearchOptions.top(3)).isEmpty());
		}
		try (Stream<Path> files = Files.list(data.resolve("index"))) {
			for (Path file : files.filter(p -> p.getFileName().toString().startsWith("segments")).toList()) {
				Files.write(file, new byte[] { 1, 2, 3, 4 });
			}
		}
		try (PassageIndex rebuilt = SeedIndex.open(data)) {
			assertEquals("the index is damaged", rebuilt.rebuildReason());
			assertFalse(new PassageSearch(rebuilt).search("detectiebevel", SearchOptions.top(3)).isEmpty());
		}
	}

	@Test
	void catchesUpWithTheStoreAfterAnImportThatNeverReachedTheIndex() throws Exception {
		try (PassageIndex first = SeedIndex.open(data)) {
			assertEquals("no index yet", first.rebuildReason());
		}
		// what a killed import leaves: the store has a changed letter and a new one, the index the old state; and
		// a corpus file removed by hand
		CorpusStore store = CorpusStore.open(data);
		CorpusDocument letter = store.document(LETTER).orElseThrow();
		store.put(letter.withPassages(List.of(section(1, "Stikstof", "De stikstofdepositie op Natura 2000-gebieden daalt."))));
		store.put(new CorpusDocument("zeespiegel.txt", DocumentKind.LETTER, "Brief over de zeespiegel", null, null, null,
				null, List.of(), List.of(section(1, "Kust", "De zeespiegelstijging langs de Nederlandse kust versnelt."))));
		Files.delete(store.folder().resolve(REMOVED + ".json"));
		store.put(store.document(EMPTIED).orElseThrow().withPassages(List.of()));

		try (PassageIndex reopened = SeedIndex.open(data)) {
			assertNull(reopened.rebuildReason(), "catching up is not a rebuild");
			String report = reopened.catchUpReport();
			assertTrue(report.contains("indexed again: " + LETTER + ", " + EMPTIED + ", zeespiegel.txt"), report);
			assertTrue(report.contains("no longer in the corpus: " + REMOVED), report);
			PassageSearch search = new PassageSearch(reopened);
			assertEquals("zeespiegel.txt#1", search.search("zeespiegelstijging", SearchOptions.top(1)).get(0).reference());
			assertEquals(LETTER + "#1", search.search("stikstofdepositie", SearchOptions.top(1)).get(0).reference());
			List<SearchHit> offlimits = search.search("Offlimits ATKM", SearchOptions.top(50));
			assertFalse(offlimits.isEmpty());
			assertTrue(offlimits.stream().noneMatch(h -> h.source().equals(LETTER)), "the letter's old passages are gone");
			assertTrue(search.search("encryptie opsporing", SearchOptions.top(200)).stream()
					.noneMatch(h -> h.source().equals(REMOVED)), "the removed document is gone");
			assertTrue(search.search("AIVD advies compromisvoorstel", SearchOptions.top(200)).stream()
					.noneMatch(h -> h.source().equals(EMPTIED)), "a document now without passages has none left");
		}
		try (PassageIndex again = SeedIndex.open(data)) {
			assertNull(again.catchUpReport(), "in step after catching up");
		}
	}

	@Test
	void aDamagedCorpusFileDoesNotKeepTheIndexFromOpening() throws Exception {
		try (PassageIndex first = SeedIndex.open(data)) {
			assertNotNull(first.rebuildReason());
		}
		Path file = data.resolve("corpus").resolve(LETTER + ".json");
		Files.writeString(file, "{ \"source\": ");
		try (PassageIndex reopened = SeedIndex.open(data)) {
			String report = reopened.catchUpReport();
			assertTrue(report.startsWith("not compared with the corpus") && report.contains(file.toString()), report);
			assertFalse(new PassageSearch(reopened).search("AIVD", SearchOptions.top(5)).isEmpty());
		}
	}

	@Test
	void aReaderSearchesTheLastCommitOfTheInstanceHoldingTheIndex() throws Exception {
		try (PassageIndex holder = SeedIndex.open(data)) {
			assertThrows(IndexInUseException.class, () -> SeedIndex.open(data));
			try (PassageIndex reader = PassageIndex.openForReading(data)) {
				assertTrue(reader.readOnly());
				assertEquals(references(holder, "detectiebevel"), references(reader, "detectiebevel"));
				CorpusDocument any = CorpusStore.open(data).documents().get(0);
				assertThrows(IllegalStateException.class, () -> reader.update(any), "reading only");
			}
			holder.update(new CorpusDocument("zeespiegel.txt", DocumentKind.LETTER, "Brief over de zeespiegel", null,
					null, null, null, List.of(), List.of(section(1, "Kust", "De zeespiegelstijging versnelt."))));
			try (PassageIndex reader = PassageIndex.openForReading(data)) {
				assertEquals(List.of("zeespiegel.txt#1"), references(reader, "zeespiegelstijging"), "an import is committed");
			}
		}
		Path meta = data.resolve("index.json");
		Files.writeString(meta, Files.readString(meta).replaceAll("\"analyzerId\" : \"[^\"]+\"", "\"analyzerId\" : \"old\""));
		IndexException outdated = assertThrows(IndexException.class, () -> PassageIndex.openForReading(data));
		assertTrue(outdated.getMessage().contains("needs to be rebuilt"), outdated.getMessage());
	}

	@Test
	void zeelandIsNotNieuwZeeland() throws Exception {
		try (PassageIndex index = SeedIndex.open(data)) {
			index.update(new CorpusDocument("brieven.txt", DocumentKind.LETTER, "Brieven", null, null, null, null,
					List.of(), List.of(section(1, "Handel", "Het handelsverdrag met Nieuw-Zeeland is getekend."),
							section(2, "Provincie", "In Zeeland worden dit jaar tweeduizend woningen gebouwd."))));
			assertEquals(List.of("brieven.txt#2"), references(index, "Zeeland"));
			assertEquals(List.of("brieven.txt#1"), references(index, "Nieuw-Zeeland"));
		}
	}

	private static List<String> references(PassageIndex index, String text) throws IndexException {
		return new PassageSearch(index).search(text, SearchOptions.top(5)).stream().map(SearchHit::reference).toList();
	}

	private static Passage section(int number, String heading, String text) {
		return new Passage(number, heading, null, text, List.of(), List.of(), List.of());
	}

	@Test
	void aSecondWriterIsRefusedWithAMessage() throws Exception {
		try (PassageIndex first = SeedIndex.open(data)) {
			IndexException e = assertThrows(IndexException.class, () -> SeedIndex.open(data));
			assertTrue(e.getMessage().contains("in use by another running Vraagbaak"), e.getMessage());
			assertFalse(new PassageSearch(first).search("AIVD", SearchOptions.top(1)).isEmpty());
		}
	}

	@Test
	void synonymsFindTheEarlierAnswerAndHighlightIt() throws Exception {
		try (PassageIndex index = SeedIndex.open(data)) {
			List<SearchHit> hits = new PassageSearch(index).search("foutmarge", SearchOptions.top(5));
			assertTrue(hits.stream().anyMatch(h -> h.reference().equals("001_4a688004c2e20cff.txt#26")), hits.toString());
			SearchHit q66 = new PassageSearch(index).search("onterechte treffers bij grooming", SearchOptions.top(5)).stream()
					.filter(h -> h.reference().equals("001_4a688004c2e20cff.txt#66")).findFirst().orElseThrow();
			assertTrue(q66.highlightedAnswer().contains("**vals-positieven**"), q66.highlightedAnswer());
		}
	}

	@Test
	void aMultiWordSynonymCountsAsMuchAsTheDraftsOwnSpelling() throws Exception {
		try (PassageIndex index = SeedIndex.open(data)) {
			// the draft spells the authority out; letter 002 says "Autoriteit online ... (ATKM)"
			List<SearchHit> hits = new PassageSearch(index).search(
					"Is de Autoriteit Terroristisch en Kinderpornografisch Materiaal betrokken bij het standpunt?",
					SearchOptions.top(5));
			assertEquals("001_4a688004c2e20cff.txt#7", hits.get(0).reference(), hits.toString());
			assertTrue(hits.stream().anyMatch(h -> h.source().startsWith("002_")), hits.toString());
		}
	}

	@Test
	void verbFormsFindEachOther() throws Exception {
		try (PassageIndex index = SeedIndex.open(data)) {
			// question 39 of 001 says "tegen het voorstel te stemmen"; the draft says "stemt tegen"
			List<SearchHit> hits = new PassageSearch(index).search("stemt tegen", SearchOptions.top(10));
			assertTrue(hits.stream().anyMatch(h -> h.reference().equals("001_4a688004c2e20cff.txt#39")), hits.toString());
		}
	}

	@Test
	void filtersOnKindAndDate() throws Exception {
		try (PassageIndex index = SeedIndex.open(data)) {
			PassageSearch search = new PassageSearch(index);
			List<SearchHit> letters = search.search("AIVD advies",
					new SearchOptions(10, Set.of(DocumentKind.LETTER), null, null, null));
			assertFalse(letters.isEmpty());
			assertTrue(letters.stream().allMatch(h -> h.kind().equals("LETTER")));
			List<SearchHit> recent = search.search("AIVD", new SearchOptions(20, Set.of(), LocalDate.of(2025, 1, 1), null, null));
			assertTrue(recent.stream().allMatch(h -> h.date() != null && h.date().startsWith("2025")), recent.toString());
			assertTrue(search.search("AIVD", new SearchOptions(5, Set.of(), null, null, "Van Oosten")).stream()
					.allMatch(h -> h.source().startsWith("004_")));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"end-to-end encryptie", "AND", "OR OR", "(", "AIVD AND", "-", "\"", "*", "?",
			"foutmarge NOT", "title:", "[1 TO", "~", "\\", "" })
	void oddSyntaxIsAnsweredNotThrown(String query) throws Exception {
		try (PassageIndex index = SeedIndex.open(data)) {
			List<SearchHit> hits = new PassageSearch(index).search(query, SearchOptions.top(5));
			assertTrue(hits.size() <= 5);
		}
	}

	@Test
	void aPastedPageIsSearchedNotRefused() throws Exception {
		try (PassageIndex index = SeedIndex.open(data)) {
			PassageSearch search = new PassageSearch(index);
			// all 100+ answers of 001 as one search text: thousands of words, far over Lucene's 1,024 clauses
			String page = search.search("CSAM", SearchOptions.top(100)).stream().map(SearchHit::answer)
					.reduce("", (a, b) -> a + " " + b);
			assertTrue(page.length() > 20_000, "length " + page.length());
			assertEquals(5, search.search(page, SearchOptions.top(5)).size());
			// query syntax too long to parse is searched as words; syntax that parses (400 words, each over four
			// fields) but is too big to run gets a message to act on
			String[] words = page.trim().split("\\s+");
			assertFalse(search.search(String.join(" OR ", words), SearchOptions.top(5)).isEmpty());
			String manyOrs = String.join(" OR ", java.util.Arrays.stream(words).filter(w -> w.matches("[a-z]{6,}"))
					.distinct().limit(400).toList());
			IndexException refused = assertThrows(IndexException.class, () -> search.search(manyOrs, SearchOptions.top(5)));
			assertTrue(refused.getMessage().contains("too many terms"), refused.getMessage());
		}
	}

	@Test
	void quotesAndOperatorsWork() throws Exception {
		try (PassageIndex index = SeedIndex.open(data)) {
			PassageSearch search = new PassageSearch(index);
			List<SearchHit> phrase = search.search("\"Law Enforcement Working Party\"", SearchOptions.top(5));
			assertEquals("004_7b21e46fa3f5df7d.txt#1", phrase.get(0).reference());
			List<SearchHit> both = search.search("Offlimits AND ATKM", SearchOptions.top(10));
			assertFalse(both.isEmpty());
		}
	}
}
