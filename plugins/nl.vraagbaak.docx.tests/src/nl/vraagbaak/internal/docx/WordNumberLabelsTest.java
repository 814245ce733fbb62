package nl.vraagbaak.internal.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * The numbers Word shows before numbered paragraphs, in the formats staff number sub-questions with: Roman numerals
 * for parts, letters for sub-questions ("II.b)"), a list that starts at 4 by its own override.
 */
class WordNumberLabelsTest {
	@Test
	void eachLevelIsWrittenInItsOwnFormatAndRestartsUnderANewParent() throws Exception {
		try (XWPFDocument document = new XWPFDocument()) {
			XWPFNumbering numbering = document.createNumbering();
			CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
			definition.setAbstractNumId(BigInteger.ZERO);
			level(definition, 0, STNumberFormat.UPPER_ROMAN, "%1.", 1);
			level(definition, 1, STNumberFormat.LOWER_LETTER, "%1.%2)", 1);
			level(definition, 2, STNumberFormat.LOWER_ROMAN, "(%3)", 1);
			BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
			BigInteger parts = numbering.addNum(abstractId);
			BigInteger fromFour = numbering.addNum(abstractId);
			CTNumLvl override = numbering.getNum(fromFour).getCTNum().addNewLvlOverride();
			override.setIlvl(BigInteger.ZERO);
			override.addNewStartOverride().setVal(BigInteger.valueOf(4));

			numbered(document, parts, 0, "Over het advies van de AIVD");
			numbered(document, parts, 1, "Heeft u de AIVD om advies gevraagd?");
			numbered(document, parts, 1, "Wanneer ontvangt de Kamer dat advies?");
			numbered(document, parts, 2, "Zo nee, waarom niet?");
			numbered(document, parts, 0, "Over de kosten");
			numbered(document, parts, 1, "Wat kost de uitvoering?");
			document.createParagraph().createRun().setText("Een alinea zonder nummer.");
			numbered(document, fromFour, 0, "Over de planning");

			assertEquals(List.of("I. Over het advies van de AIVD", "I.a) Heeft u de AIVD om advies gevraagd?",
					"I.b) Wanneer ontvangt de Kamer dat advies?", "(i) Zo nee, waarom niet?", "II. Over de kosten",
					"II.a) Wat kost de uitvoering?", "Een alinea zonder nummer.", "IV. Over de planning"),
					DocxText.of(document).paragraphs());
		}
	}

	@Test
	void numbersAreWrittenAsWordWritesThem() {
		assertEquals("27", WordNumberFormats.write(27, "decimal"));
		assertEquals("07", WordNumberFormats.write(7, "decimalZero"));
		assertEquals("z", WordNumberFormats.write(26, "lowerLetter"));
		assertEquals("AA", WordNumberFormats.write(27, "upperLetter"));
		assertEquals("xiv", WordNumberFormats.write(14, "lowerRoman"));
		assertEquals("MCMXCIX", WordNumberFormats.write(1999, "upperRoman"));
		assertEquals("3", WordNumberFormats.write(3, "ordinalText"), "a format in words: digits");
	}

	private static void level(CTAbstractNum definition, int ilvl, STNumberFormat.Enum format, String text, int start) {
		CTLvl level = definition.addNewLvl();
		level.setIlvl(BigInteger.valueOf(ilvl));
		level.addNewStart().setVal(BigInteger.valueOf(start));
		level.addNewNumFmt().setVal(format);
		level.addNewLvlText().setVal(text);
	}

	private static void numbered(XWPFDocument document, BigInteger list, int ilvl, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setNumID(list);
		paragraph.setNumILvl(BigInteger.valueOf(ilvl));
		paragraph.createRun().setText(text);
	}
}
