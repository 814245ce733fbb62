package nl.vraagbaak.internal.docx;

import java.math.BigInteger;

import javax.xml.namespace.QName;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;

/**
 * The footnote part as Word writes it: before any footnote, the separator (the short line above the footnotes,
 * id -1) and the continuation separator (the full-width line when a footnote runs on to the next page, id 0), both
 * named in the document settings. POI writes neither, and Word then draws no line between the text and the
 * footnotes; every ministry answer document (fixtures/answer-docx) has both, with these ids.
 */
public final class WordFootnotes {
	private static final BigInteger SEPARATOR = BigInteger.valueOf(-1);
	private static final BigInteger CONTINUATION_SEPARATOR = BigInteger.ZERO;
	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private WordFootnotes() {
	}

	/** Call before the first footnote is created, so that POI numbers the ordinary footnotes after these two. */
	public static void separators(XWPFDocument document) {
		XWPFFootnotes footnotes = document.createFootnotes();
		footnotes.addFootnote(special(STFtnEdn.SEPARATOR, SEPARATOR, false));
		footnotes.addFootnote(special(STFtnEdn.CONTINUATION_SEPARATOR, CONTINUATION_SEPARATOR, true));
		nameInSettings(document, SEPARATOR, CONTINUATION_SEPARATOR);
	}

	/**
	 * {@code <w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>}, written with a cursor:
	 * POI's reduced schema classes (poi-ooxml-lite) lack the type of that element. POI's settings part is empty
	 * here, so the element is the first and only one, as the schema's order requires.
	 */
	private static void nameInSettings(XWPFDocument document, BigInteger... ids) {
		try (XmlCursor cursor = document.getSettings().getCTSettings().newCursor()) {
			cursor.toEndToken();
			cursor.beginElement(new QName(W, "footnotePr", "w"));
			for (BigInteger id : ids) {
				cursor.beginElement(new QName(W, "footnote", "w"));
				cursor.insertAttributeWithValue(new QName(W, "id", "w"), id.toString());
				cursor.toNextToken(); // past the end of this footnote, still inside footnotePr
			}
		}
	}

	private static CTFtnEdn special(STFtnEdn.Enum type, BigInteger id, boolean continuation) {
		CTFtnEdn note = CTFtnEdn.Factory.newInstance();
		note.setType(type);
		note.setId(id);
		CTP paragraph = note.addNewP();
		// no space after, single line: the line sits right above the footnote text
		paragraph.addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);
		CTR run = paragraph.addNewR();
		if (continuation) {
			run.addNewContinuationSeparator();
		} else {
			run.addNewSeparator();
		}
		return note;
	}
}
