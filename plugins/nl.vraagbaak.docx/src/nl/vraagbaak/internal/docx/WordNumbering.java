package nl.vraagbaak.internal.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import nl.vraagbaak.core.draft.NumberingStyle;

/** The numbering definition of the question list: Word numbers the questions, nobody types the numbers. */
public final class WordNumbering {
	private WordNumbering() {
	}

	/** Adds the definition to numbering.xml and returns the numId the question paragraphs use. */
	public static BigInteger questions(XWPFDocument document, NumberingStyle style) {
		CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
		definition.setAbstractNumId(BigInteger.ZERO);
		CTLvl level = definition.addNewLvl();
		level.setIlvl(BigInteger.ZERO);
		level.addNewStart().setVal(BigInteger.ONE);
		level.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
		level.addNewLvlText().setVal(style == NumberingStyle.PLAIN ? "%1" : "Vraag %1");
		level.addNewLvlJc().setVal(STJc.LEFT);
		CTInd indent = level.addNewPPr().addNewInd();
		int hanging = style == NumberingStyle.PLAIN ? 425 : 1134;
		indent.setLeft(BigInteger.valueOf(hanging));
		indent.setHanging(BigInteger.valueOf(hanging));
		XWPFNumbering numbering = document.createNumbering();
		BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
		return numbering.addNum(abstractId);
	}
}
