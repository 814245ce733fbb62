package nl.vraagbaak.internal.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** An A4 page with 2.5 cm margins (sizes in twentieths of a point). */
public final class WordPage {
	private static final int A4_WIDTH = 11906;
	private static final int A4_HEIGHT = 16838;
	private static final int MARGIN = 1418;

	private WordPage() {
	}

	public static void a4(XWPFDocument document) {
		CTSectPr section = document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(A4_WIDTH));
		size.setH(BigInteger.valueOf(A4_HEIGHT));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(MARGIN));
		margins.setBottom(BigInteger.valueOf(MARGIN));
		margins.setLeft(BigInteger.valueOf(MARGIN));
		margins.setRight(BigInteger.valueOf(MARGIN));
	}
}
