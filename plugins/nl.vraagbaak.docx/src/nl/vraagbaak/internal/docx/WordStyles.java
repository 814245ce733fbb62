package nl.vraagbaak.internal.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The named paragraph styles of an exported question set, all in Dutch (nl-NL) so Word checks the spelling in
 * Dutch. Users restyle the document by changing these styles in Word.
 */
public final class WordStyles {
	public static final String HEADING = "VraagbaakKop";
	public static final String QUESTION = "VraagbaakVraag";
	public static final String FOOTNOTE = "VraagbaakVoetnoot";
	public static final String FOOTNOTE_REFERENCE = "FootnoteReference";
	private static final String LANGUAGE = "nl-NL";

	private WordStyles() {
	}

	public static void install(XWPFDocument document) {
		XWPFStyles styles = document.createStyles();
		styles.setSpellingLanguage(LANGUAGE);
		add(styles, HEADING, "Vraagbaak kop", true, 24, 240);
		add(styles, QUESTION, "Vraagbaak vraag", false, 22, 160);
		add(styles, FOOTNOTE, "Vraagbaak voetnoottekst", false, 18, 0);
		addFootnoteReference(styles);
	}

	/** The character style POI gives footnote marks ("FootnoteReference"): superscript, as Word's own. */
	private static void addFootnoteReference(XWPFStyles styles) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(FOOTNOTE_REFERENCE);
		style.setType(STStyleType.CHARACTER);
		style.addNewName().setVal("footnote reference");
		style.addNewRPr().addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);
		styles.addStyle(new XWPFStyle(style, styles));
	}

	private static void add(XWPFStyles styles, String id, String name, boolean bold, int halfPoints, int spaceAfter) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		style.addNewQFormat();
		CTPPrGeneral paragraph = style.addNewPPr();
		paragraph.addNewSpacing().setAfter(BigInteger.valueOf(spaceAfter));
		CTRPr run = style.addNewRPr();
		CTFonts fonts = run.addNewRFonts();
		fonts.setAscii("Calibri");
		fonts.setHAnsi("Calibri");
		run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		if (bold) {
			run.addNewB(); // <w:b/> without a value means bold
		}
		run.addNewLang().setVal(LANGUAGE);
		styles.addStyle(new XWPFStyle(style, styles));
	}
}
