package nl.vraagbaak.internal.docx;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The numbers Word shows before numbered paragraphs ("1", "Vraag 2", "3."), which are not in their text: a question
 * set numbered by Word (Vraagbaak's own export, a colleague's) would otherwise have no numbers to read. Counted per
 * list and level in document order from 1; bullets have no number. Numbers are written as digits whatever the list's
 * format (letters and Roman numerals are rare in question sets).
 */
final class WordNumberLabels {
	private static final int LEVELS = 9;
	private final Map<BigInteger, int[]> counts = new HashMap<>();

	/** The label Word shows before this paragraph, or null when it has none (not numbered, a bullet). */
	String of(XWPFParagraph paragraph) {
		BigInteger list = paragraph.getNumID();
		String format = paragraph.getNumFmt();
		String text = paragraph.getNumLevelText();
		if (list == null || text == null || format == null || "bullet".equals(format) || "none".equals(format)) {
			return null;
		}
		int level = paragraph.getNumIlvl() == null ? 0 : Math.min(LEVELS - 1, paragraph.getNumIlvl().intValue());
		int[] count = counts.computeIfAbsent(list, k -> new int[LEVELS]);
		count[level]++;
		for (int deeper = level + 1; deeper < LEVELS; deeper++) {
			count[deeper] = 0;
		}
		String label = text;
		for (int l = 0; l <= level; l++) {
			label = label.replace("%" + (l + 1), Integer.toString(Math.max(1, count[l])));
		}
		return label.strip();
	}
}
