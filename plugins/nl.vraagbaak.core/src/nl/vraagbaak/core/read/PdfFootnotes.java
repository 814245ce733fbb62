package nl.vraagbaak.core.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes footnote blocks and page furniture out of PDF-extracted text. A footnote block starts after a blank line
 * with the next footnote number ("1 Kamerstuk 26 643, nr. 1069", or "7" alone with the text on the next lines);
 * footnotes are numbered through the whole document, which tells them apart from lines inside an answer that
 * happen to start with a number ("24 uur na een melding"). A block ends at a blank line or where the page's running
 * text resumes (a line indented by a space). Lone URL and page-number lines between blank lines are page furniture.
 */
public final class PdfFootnotes {
	private static final Pattern FOOTNOTE_START = Pattern.compile("^(\\d{1,2})(?:\\s+(\\S.*))?$");
	private static final Pattern RESUMED_TEXT = Pattern.compile("^\\s+(?!https?:)\\p{L}.*");
	private static final Pattern FURNITURE = Pattern.compile("^\\s*(?:https?://\\S+|\\d{1,3})\\s*$");

	/** A footnote and where it stood: the number of body lines before it. */
	public record Found(String label, String text, int bodyIndex) {
	}

	/** The running text (with each line's original 1-based line number) and the footnotes taken out of it. */
	public record Result(List<String> body, List<Integer> lineNumbers, List<Found> footnotes) {
	}

	private PdfFootnotes() {
	}

	/**
	 * @param lines            the document's lines
	 * @param structuralStarts tells which line indexes start a question, so they are never taken as footnotes
	 */
	public static Result extract(List<String> lines, IntPredicate structuralStarts) {
		List<String> body = new ArrayList<>();
		List<Integer> numbers = new ArrayList<>();
		List<Found> footnotes = new ArrayList<>();
		int expected = 1;
		int i = 0;
		while (i < lines.size()) {
			String line = lines.get(i);
			boolean afterBlank = i > 0 && Texts.isBlank(lines.get(i - 1));
			Matcher start = FOOTNOTE_START.matcher(line.trim());
			if (afterBlank && !structuralStarts.test(i) && start.matches() && Integer.parseInt(start.group(1)) == expected) {
				dropPageBreakBlanks(body, numbers);
				i = readBlock(lines, i, expected, body.size(), footnotes);
				expected = footnotes.size() + 1;
				continue;
			}
			boolean beforeBlank = i + 1 >= lines.size() || Texts.isBlank(lines.get(i + 1));
			if (!(afterBlank && beforeBlank && FURNITURE.matcher(line).matches() && !structuralStarts.test(i))) {
				body.add(line);
				numbers.add(i + 1);
			}
			i++;
		}
		return new Result(body, numbers, footnotes);
	}

	/**
	 * A footnote block mid-sentence sits at a page break: the blank lines before it are the page's end, not a
	 * paragraph break, so they go too and the sentence joins up with the next page.
	 */
	private static void dropPageBreakBlanks(List<String> body, List<Integer> numbers) {
		int last = body.size() - 1;
		while (last >= 0 && Texts.isBlank(body.get(last))) {
			last--;
		}
		String text = last >= 0 ? body.get(last).trim() : "";
		if (text.isEmpty() || ".?!:»”\"".indexOf(text.charAt(text.length() - 1)) >= 0) {
			return;
		}
		while (body.size() > last + 1) {
			body.remove(body.size() - 1);
			numbers.remove(numbers.size() - 1);
		}
	}

	/** Reads footnotes from index {@code i} on; returns the index of the first line after the block. */
	private static int readBlock(List<String> lines, int i, int first, int bodyIndex, List<Found> footnotes) {
		int expected = first;
		String label = null;
		List<String> text = new ArrayList<>();
		while (i < lines.size()) {
			String line = lines.get(i);
			Matcher start = FOOTNOTE_START.matcher(line.trim());
			boolean next = start.matches() && Integer.parseInt(start.group(1)) == expected;
			if (next) {
				if (label != null) {
					footnotes.add(new Found(label, TextJoiner.join(text), bodyIndex));
					text.clear();
				}
				label = start.group(1);
				expected++;
				if (start.group(2) != null) {
					text.add(start.group(2));
				}
			} else if (Texts.isBlank(line) || RESUMED_TEXT.matcher(line).matches()) {
				break;
			} else {
				text.add(line);
			}
			i++;
		}
		footnotes.add(new Found(label, TextJoiner.join(text), bodyIndex));
		return i;
	}
}
