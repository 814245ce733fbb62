package nl.vraagbaak.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.DocumentKind;
import nl.vraagbaak.core.Passage;
import nl.vraagbaak.core.read.WrittenAnswersReader;

/** Seed 004: answers to ten written questions, "Vraag N" / "Antwoord op vraag N". */
class WrittenAnswersReaderTest {
	private static CorpusDocument answers;

	@BeforeAll
	static void read() throws Exception {
		answers = Fixtures.readSeed("004_");
	}

	@Test
	void headingGivesMinisterAndDate() {
		assertEquals(DocumentKind.WRITTEN_ANSWERS, answers.kind());
		assertEquals(10, answers.passages().size());
		assertEquals(LocalDate.of(2025, 11, 21), answers.date());
		assertTrue(answers.minister().startsWith("minister Van Oosten (Justitie en Veiligheid)"), answers.minister());
	}

	/** The text of a PDF wraps the heading: the date stands on its second line. */
	@Test
	void aHeadingWrappedOverLinesStillGivesMinisterAndDate() throws Exception {
		CorpusDocument wrapped = WrittenAnswersReader.parse(Path.of("antwoorden.pdf"), List.of(
				"Antwoord van minister Van Oosten (Justitie en Veiligheid), mede namens de",
				"staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties (ontvangen 21",
				"november 2025)", "Vraag 1", "Is dat zo?", "Antwoord op vraag 1", "Ja."));
		assertEquals(LocalDate.of(2025, 11, 21), wrapped.date());
		assertEquals(answers.minister(), wrapped.minister());
		assertEquals("Ja.", wrapped.passages().get(0).answer());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"1|Kunt u toelichten wat er vandaag|(CSAM-verordening)? 1)|Tijdens de Radenwerkgroep|(de CSAM-verordening) besproken.",
			"2|Bent u bekend met de inhoud van het compromisvoorstel? 2)|chatcontrole nooit bevolen kan worden?|Ja, ik ben bekend met de inhoud|opleggen van detectieverplichtingen aan aanbieders.",
			"3|Is in het nieuwe compromisvoorstel volledig uitgesloten|het omzeilen van end-to-end encryptie?|Als met ‘chatcontrole’ wordt gedoeld op verplichte detectie|over het feit dat de diensten dit doen.",
			"4|Welke zekerheid kunt u bieden|als dit wel het geval zou zijn?|Zoals eerder vermeld in vraag 2|tegenover enige vorm van verplichte detectie.",
			"5|Bent u het met de indiener eens|zowel nu als in de toekomst?|Naar aanleiding van de in vraag benoemde motie|een brief aan uw Kamer verzonden.[2]",
			"6|Wat is de inzet van Nederland|aan de Kamer doen toekomen?|In de Kamerbrief die het kabinet op 18 november jl.|kan ik deze niet met de Kamer delen.",
			"7|Op welk niveau is de inzet van Nederland|betrokken bij de standpuntbepaling?|Zoals hierboven in vraag 6 geschetst|Economische Zaken en Buitenlandse Zaken.",
			"8|Heeft u, net als bij het Poolse voorstel in 2024, advies ingewonnen|een definitief standpunt wordt bepaald?|Er is advies ingewonnen|in lijn met het voorstel onder Pools voorzitterschap.",
			"9|Kunt u toezeggen dat u vasthoudt|de demissionaire staat van het kabinet?|Nederland heeft in Brussel de bekende rode lijnen herhaald|met uw Kamer verder hierover zal spreken.",
			"10|Kunt u deze vragen afzonderlijk en op zeer korte termijn beantwoorden|in het kader van de CSAM-verordening?|Ja.|Ja." })
	void allTenPairs(int number, String qStart, String qEnd, String aStart, String aEnd) {
		Passage p = answers.passage(number).orElseThrow();
		assertTrue(p.question().startsWith(qStart), p.question());
		assertTrue(p.question().endsWith(qEnd), p.question());
		assertTrue(p.answer().startsWith(aStart), p.answer());
		assertTrue(p.answer().endsWith(aEnd), p.answer());
		assertFalse(p.answer().contains("[bookmark"), "conversion bookmarks are not text");
	}

	@Test
	void footnoteReferencesAreKept() {
		Passage q5 = answers.passage(5).orElseThrow();
		assertTrue(q5.question().contains("motie-Kathmann c.s. 3)"));
		assertTrue(q5.footnotes().stream().anyMatch(f -> f.label().equals("3") && f.text().equals("Kamerstuk 32317, nr. 891")));
		assertTrue(q5.citations().stream().anyMatch(c -> c.format().equals("Kamerstuk 32 317, nr. 906")));
		assertTrue(answers.passage(1).orElseThrow().footnotes().get(0).text().startsWith("Op 12 november 2025"));
	}

	/** An answer that enumerates "1) ..., 2) ..." on lines of their own keeps them, and the questions after it. */
	@Test
	void anEnumerationInAnAnswerIsNotTakenForFootnotes() throws Exception {
		CorpusDocument enumerated = WrittenAnswersReader.parse(Path.of("antwoorden.txt"), List.of(
				"Antwoord van minister Van Oosten (Justitie en Veiligheid) (ontvangen 21 november 2025)", "Vraag 1",
				"Welke stappen zet u?", "Antwoord op vraag 1", "Het kabinet zet twee stappen:",
				"1) een verkenning van de mogelijkheden;", "2) een wetsvoorstel.", "Vraag 2",
				"Wanneer ontvangt de Kamer het wetsvoorstel?", "Antwoord op vraag 2", "Voor de zomer:",
				"1) eerst de consultatie;", "2) dan de Raad van State."));
		assertEquals(2, enumerated.passages().size());
		Passage first = enumerated.passage(1).orElseThrow();
		assertTrue(first.answer().contains("1) een verkenning van de mogelijkheden; 2) een wetsvoorstel."), first.answer());
		assertTrue(first.footnotes().isEmpty(), first.footnotes().toString());
		Passage last = enumerated.passage(2).orElseThrow();
		assertTrue(last.answer().endsWith("2) dan de Raad van State."), last.answer());
		assertTrue(last.footnotes().isEmpty(), last.footnotes().toString());
	}

	/** With a question that carries the mark "1)", the last "1) ..." after the answers starts the footnotes. */
	@Test
	void footnotesAfterAnEnumerationInTheLastAnswer() throws Exception {
		CorpusDocument noted = WrittenAnswersReader.parse(Path.of("antwoorden.txt"), List.of(
				"Antwoord van minister Van Oosten (Justitie en Veiligheid) (ontvangen 21 november 2025)", "Vraag 1",
				"Kent u het bericht over de verkenning? 1)", "Antwoord op vraag 1", "Ja, in twee stappen:",
				"1) een verkenning;", "2) een wetsvoorstel.", "1) NOS, 12 november 2025"));
		Passage only = noted.passage(1).orElseThrow();
		assertTrue(only.answer().endsWith("1) een verkenning; 2) een wetsvoorstel."), only.answer());
		assertEquals(List.of("NOS, 12 november 2025"), only.footnotes().stream().map(f -> f.text()).toList());
	}

	@Test
	void referencesToOtherAnswersResolve() {
		assertEquals(2, answers.passage(4).orElseThrow().crossReferences().get(0).target().number());
		assertEquals(6, answers.passage(7).orElseThrow().crossReferences().get(0).target().number());
	}
}
