package nl.vraagbaak.internal.docx;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

/**
 * The numbers Word shows before numbered paragraphs ("1", "Vraag 2", "3.", "b)", "IV."), which are not in their text:
 * a question set numbered by Word (Vraagbaak's own export, a colleague's) would otherwise have no numbers to read.
 * Counted per list and level in document order from the level's start (a list's own start overrides its
 * definition's), a level restarting when a higher one counts on; each level written in its own format. Bullets have
 * no number.
 */
final class WordNumberLabels {
	private static final int LEVELS = 9;

	private final XWPFNumbering numbering;
	private final Map<BigInteger, ListLevels> lists = new HashMap<>();

	/** @param numbering the document's numbering part, null when it has none */
	WordNumberLabels(XWPFNumbering numbering) {
		this.numbering = numbering;
	}

	/** The label Word shows before this paragraph, or null when it has none (not numbered, a bullet). */
	String of(XWPFParagraph paragraph) {
		BigInteger list = paragraph.getNumID();
		if (numbering == null || list == null) {
			return null;
		}
		ListLevels levels = lists.computeIfAbsent(list, this::levelsOf);
		int level = paragraph.getNumIlvl() == null ? 0 : Math.min(LEVELS - 1, paragraph.getNumIlvl().intValue());
		return levels.next(level);
	}

	private ListLevels levelsOf(BigInteger list) {
		Level[] levels = new Level[LEVELS];
		BigInteger abstractId = numbering.getAbstractNumID(list);
		XWPFAbstractNum definition = abstractId == null ? null : numbering.getAbstractNum(abstractId);
		if (definition != null) {
			for (CTLvl lvl : definition.getCTAbstractNum().getLvlList()) {
				put(levels, lvl);
			}
		}
		XWPFNum num = numbering.getNum(list);
		if (num != null) {
			for (CTNumLvl override : num.getCTNum().getLvlOverrideList()) {
				if (override.isSetLvl()) {
					put(levels, override.getLvl());
				}
				if (override.isSetStartOverride() && override.getIlvl() != null) {
					int at = override.getIlvl().intValue();
					if (at >= 0 && at < LEVELS && levels[at] != null) {
						levels[at] = levels[at].startingAt(override.getStartOverride().getVal().intValue());
					}
				}
			}
		}
		return new ListLevels(levels);
	}

	private static void put(Level[] levels, CTLvl lvl) {
		int at = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
		if (at < 0 || at >= LEVELS) {
			return;
		}
		String format = lvl.getNumFmt() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
		String text = lvl.getLvlText() == null ? null : lvl.getLvlText().getVal();
		int first = lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue();
		levels[at] = new Level(format, text, first);
	}

	/** One level of a list's definition: how its number is written, the label around it, the first number. */
	private record Level(String format, String text, int start) {
		Level startingAt(int first) {
			return new Level(format, text, first);
		}

		boolean numbered() {
			return text != null && !"bullet".equals(format) && !"none".equals(format);
		}
	}

	/** The counts of one list, level by level. */
	private static final class ListLevels {
		private final Level[] levels;
		private final Integer[] counts = new Integer[LEVELS];

		ListLevels(Level[] levels) {
			this.levels = levels;
		}

		String next(int level) {
			Level own = levels[level];
			if (own == null || !own.numbered()) {
				return null;
			}
			counts[level] = counts[level] == null ? own.start() : counts[level] + 1;
			for (int deeper = level + 1; deeper < LEVELS; deeper++) {
				counts[deeper] = null;
			}
			String label = own.text();
			for (int l = 0; l < LEVELS; l++) {
				String placeholder = "%" + (l + 1);
				if (label.contains(placeholder)) {
					Level shown = levels[l] == null ? own : levels[l];
					int count = counts[l] == null ? shown.start() : counts[l];
					label = label.replace(placeholder, WordNumberFormats.write(count, shown.format()));
				}
			}
			return label.strip();
		}
	}
}
