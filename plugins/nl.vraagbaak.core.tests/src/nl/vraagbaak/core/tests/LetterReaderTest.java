package nl.vraagbaak.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.vraagbaak.core.Citation;
import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.DocumentKind;
import nl.vraagbaak.core.Passage;

/** Seeds 000, 002 and 003: letters as a saved web page, as typed text and as PDF extraction. */
class LetterReaderTest {

	@Test
	void webPageLetterKeepsProvenanceButNotTheSiteAroundIt() throws Exception {
		CorpusDocument letter = Fixtures.readSeed("000_");
		assertEquals(DocumentKind.LETTER, letter.kind());
		assertEquals("2024D35954", letter.documentNumber());
		assertEquals(LocalDate.of(2024, 10, 1), letter.date());
		assertEquals("Kamerstuk 34 843, nr. 113", letter.citation().format());
		assertEquals("Positie Nederland ten aanzien van de CSAM-Verordening", letter.title());
		assertEquals("minister van Justitie en Veiligheid (D.M. van Weel)", letter.minister());
		String all = text(letter);
		for (String site : List.of("[overzicht]", "Nummer: 2024D35954", "Preview document", "Onderdeel van",
				"Aan de Voorzitter", "Den Haag, 1 oktober", "D.M. van Weel", "↩")) {
			assertFalse(all.contains(site), site);
		}
		assertTrue(letter.passages().get(0).answer().startsWith("Op 16 september jl. heb ik"));
		assertEquals(List.of("Context en inhoud Verordening", "Historie van de Nederlandse positie",
				"Compromisvoorstel 9 september 2024", "Kabinetsstandpunt"),
				letter.passages().stream().skip(1).map(Passage::heading).toList());
	}

	@Test
	void citationsFoundIn000() throws Exception {
		CorpusDocument letter = Fixtures.readSeed("000_");
		List<String> found = letter.passages().stream().flatMap(p -> p.citations().stream()).map(Citation::format)
				.distinct().sorted().toList();
		assertEquals(List.of("Kamerstuk 22 112, nr. 3455", "Kamerstuk 26 643, nr. 1043", "Kamerstuk 26 643, nr. 885",
				"Kamerstuk 34 843, nr. 112"), found);
	}

	@Test
	void sectionHeadingsOf002() throws Exception {
		CorpusDocument letter = Fixtures.readSeed("002_");
		assertEquals(Arrays.asList(null, "Kabinetsstandpunt", "Advies AIVD",
				"Visie Offlimits en Autoriteit online Kinderpornografisch Materiaal", "Tot slot"),
				letter.passages().stream().map(Passage::heading).toList());
		Passage aivd = letter.passages().get(2);
		assertTrue(aivd.answer().startsWith("Voor de standpuntbepaling van het kabinet voor de CSAM-verordening"));
		assertEquals("Kamerstukken 32 317 en 34 843 en 31 015, nr. 977",
				letter.passages().get(1).footnotes().get(0).citations().get(0).format());
	}

	@Test
	void pdfLetterIsJoinedAcrossLinesAndPages() throws Exception {
		CorpusDocument letter = Fixtures.readSeed("003_");
		assertEquals(LocalDate.of(2023, 5, 8), letter.date());
		assertEquals("minister van Justitie en Veiligheid (D. Yesilgoz-Zegerius)", letter.minister());
		String all = text(letter);
		assertTrue(all.contains("In opsporingsonderzoeken blijkt"), "hyphenated line break joined");
		assertTrue(all.contains("Europese Verordening ter bestrijding en voorkoming van seksueel kindermisbruik"),
				"sentence joined across the page break and its footnote");
		assertFalse(all.contains("kabinetstandpunt encryptie 2016"), "footnote text left the running text");
		assertTrue(letter.passages().stream().flatMap(p -> p.citations().stream())
				.anyMatch(c -> c.format().equals("Handelingen II 2021/22, nr. 100, item 28")));
	}

	private static String text(CorpusDocument document) {
		StringBuilder all = new StringBuilder();
		document.passages().forEach(p -> all.append(p.heading()).append('\n').append(p.answer()).append('\n'));
		return all.toString();
	}
}
