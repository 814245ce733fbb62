package nl.vraagbaak.internal.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.vraagbaak.opendata.OpenDataException;

/** Reading OData pages of the Document set: the fields used, the ones ignored, and what is refused and how. */
class DocumentPageTest {

	@Test
	void aPageGivesItsDocumentsWithCaseAndActorsTheLinkToTheNextPageAndTheCount() throws Exception {
		DocumentPage page = DocumentPage.parse(fixture("answers-page-1.json"), "page 1");

		assertEquals(4, page.count());
		assertEquals("https://example/Document?$filter=GewijzigdOp%20ge%202024-01-01T00:00:00Z&$skiptoken=2", page.nextLink());
		DocumentRecord wolvega = page.records().get(0);
		assertEquals("5e0c7a52-9a1f-4c8e-b0d4-2f6b1c3a9e01", wolvega.id());
		assertEquals("Antwoord schriftelijke vragen", wolvega.kind());
		assertEquals("2024D30120", wolvega.documentNumber());
		assertEquals(LocalDate.of(2024, 7, 25), wolvega.date());
		assertEquals(OffsetDateTime.parse("2024-07-26T09:12:45.563+02:00"), wolvega.changedOn());
		assertEquals(61734, wolvega.contentLength());
		assertEquals("2024Z11859", wolvega.caseNumber());
		assertTrue(wolvega.caseClosed(), "answered: Afgedaan");
		assertEquals("minister van Justitie en Veiligheid", wolvega.signatory());
		assertEquals(4, wolvega.askers().size());
		DocumentRecord deleted = page.records().get(1);
		assertTrue(deleted.deleted());
		assertNull(deleted.kind());
		assertEquals(List.of(), deleted.askers());
		assertEquals(-1, deleted.contentLength());
	}

	@Test
	void theLastPageHasNoNextLinkAndAnUncountedPageNoCount() throws Exception {
		DocumentPage page = DocumentPage.parse(fixture("answers-page-2.json"), "page 2");

		assertNull(page.nextLink());
		assertEquals(-1, page.count());
		assertNull(page.records().get(0).caseNumber(), "an empty Zaak list");
		assertNull(page.records().get(0).signatory());
		assertEquals("minister van Justitie en Veiligheid", page.records().get(1).signatory(), "the Zaak's addressee");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { //
			"not json at all|p: not JSON / geen JSON", //
			"{\"error\": {\"code\": \"x\"}}|p: no \"value\" list: not an OData answer / geen OData-antwoord", //
			"{\"value\": [3]}|p: value[0]: not an object / geen object", //
			"{\"value\": [{\"GewijzigdOp\": \"2024-01-01T00:00:00Z\"}]}|p: value[0].Id: missing / ontbreekt", //
			"{\"value\": [{\"Id\": \"a\"}]}|p: value[0].GewijzigdOp: missing / ontbreekt", //
			"{\"value\": [{\"Id\": \"a\", \"GewijzigdOp\": \"2024-01-01T00:00:00Z\", \"Datum\": \"25-07-2024\"}]}|p: value[0].Datum: \"25-07-2024\" is no date / geen datum", //
			"{\"value\": [{\"Id\": \"a\", \"GewijzigdOp\": \"2024-01-01T00:00:00Z\"}, {\"Id\": \"b\", \"GewijzigdOp\": \"2024-01-01T00:00:00Z\", \"Onderwerp\": {\"x\": 1}}]}|p: value[1].Onderwerp: not text / geen tekst: {\"x\":1}" })
	void aPageThatIsNotWhatItShouldBeIsRefusedNamingTheEntityAndField(String json, String message) {
		OpenDataException e = assertThrows(OpenDataException.class, () -> DocumentPage.parse(json, "p"));

		assertTrue(e.getMessage().startsWith(message), e.getMessage());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", value = { //
			"242501244|2024-2025|Aanhangsel Handelingen II 2024/25, nr. 1244", //
			"232402250|-|Aanhangsel Handelingen II 2023/24, nr. 2250", //
			"202425-1241|2024-2025|Aanhangsel Handelingen II 2024/25, nr. 1241", //
			"1241|2024-2025|Aanhangsel Handelingen II 2024/25, nr. 1241", //
			"1241|-|Aanhangsel Handelingen II, nr. 1241", //
			"249901244|-|-", //
			"nr. 12|-|-", //
			"-|2024-2025|-" })
	void theAanhangselnummerBecomesTheCitationOfTheAnswers(String supplement, String sessionYear, String citation) {
		DocumentRecord record = new DocumentRecord("id", "Antwoord schriftelijke vragen", null, null, null, sessionYear,
				supplement, null, -1, OffsetDateTime.parse("2024-01-01T00:00:00Z"), false, null, false, List.of(), null);

		var found = OpenDataProvenance.supplementCitation(record);

		assertEquals(citation, found == null ? null : found.format());
	}

	private static String fixture(String name) throws Exception {
		return Files.readString(Path.of(System.getProperty("vraagbaak.opendata.fixtures"), name)).replace("{base}",
				"https://example/");
	}
}
