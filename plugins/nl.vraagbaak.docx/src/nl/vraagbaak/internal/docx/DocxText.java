package nl.vraagbaak.internal.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;

/**
 * The text of a Word document as lines: one per non-empty paragraph, table cells included, in document order, with
 * the number Word shows before a numbered paragraph ("Vraag 1 ..."). A footnote reference becomes "[n]" in its
 * paragraph, n counting the footnotes in order of reference; the footnotes'
 * texts are kept in that order. The page headers' lines, text boxes included, are kept apart: some ministries print
 * the letter's date there ("Datum 25 juli 2024" in a text box of the first page's header).
 */
public record DocxText(List<String> paragraphs, List<String> footnotes, List<String> headerLines) {
	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	public static DocxText of(XWPFDocument document) {
		Collector collector = new Collector(document);
		for (IBodyElement element : document.getBodyElements()) {
			collector.add(element);
		}
		return new DocxText(List.copyOf(collector.paragraphs), List.copyOf(collector.footnotes.values()),
				headerLines(document));
	}

	/**
	 * Every paragraph of every header as a line, read from the XML: POI's header text leaves text boxes out. A text
	 * box is a paragraph inside a paragraph; each starts a line of its own.
	 */
	private static List<String> headerLines(XWPFDocument document) {
		List<String> lines = new ArrayList<>();
		for (XWPFHeader header : document.getHeaderList()) {
			StringBuilder line = new StringBuilder();
			try (XmlCursor cursor = header._getHdrFtr().newCursor()) {
				while (cursor.hasNextToken()) {
					if (!cursor.toNextToken().isStart() || !W.equals(cursor.getName().getNamespaceURI())) {
						continue;
					}
					switch (cursor.getName().getLocalPart()) {
					case "p" -> endLine(line, lines);
					case "t" -> line.append(cursor.getTextValue());
					case "tab", "br" -> line.append(' ');
					default -> {
						// formatting and drawing elements carry no text of their own
					}
					}
				}
			}
			endLine(line, lines);
		}
		return List.copyOf(lines);
	}

	private static void endLine(StringBuilder line, List<String> lines) {
		String text = line.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
		if (!text.isEmpty()) {
			lines.add(text);
		}
		line.setLength(0);
	}

	private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\[footnoteRef:\\d+\\]");

	private static final class Collector {
		private final XWPFDocument document;
		private final List<String> paragraphs = new ArrayList<>();
		private final Map<BigInteger, String> footnotes = new LinkedHashMap<>();
		private final WordNumberLabels numbers;

		Collector(XWPFDocument document) {
			this.document = document;
			this.numbers = new WordNumberLabels(document.getNumbering());
		}

		void add(IBodyElement element) {
			if (element instanceof XWPFParagraph paragraph) {
				add(paragraph);
			} else if (element instanceof XWPFTable table) {
				for (XWPFTableRow row : table.getRows()) {
					for (XWPFTableCell cell : row.getTableCells()) {
						cell.getBodyElements().forEach(this::add);
					}
				}
			}
		}

		private void add(XWPFParagraph paragraph) {
			StringBuilder text = new StringBuilder();
			for (XWPFRun run : paragraph.getRuns()) {
				// POI renders a footnote reference as "[footnoteRef:id]"; ours numbers notes in order of reference
				text.append(FOOTNOTE_MARK.matcher(run.text()).replaceAll(""));
				for (CTFtnEdnRef ref : run.getCTR().getFootnoteReferenceList()) {
					text.append('[').append(footnoteNumber(ref.getId())).append(']');
				}
			}
			String line = text.toString().replace('\u00a0', ' ').strip();
			String number = numbers.of(paragraph);
			if (!line.isEmpty()) {
				paragraphs.add(number == null || number.isEmpty() ? line : number + " " + line);
			}
		}

		private int footnoteNumber(BigInteger id) {
			if (!footnotes.containsKey(id)) {
				XWPFAbstractFootnoteEndnote note = document.getFootnoteByID(id.intValue());
				StringBuilder text = new StringBuilder();
				if (note != null) {
					note.getParagraphs().forEach(p -> text.append(text.length() > 0 ? " " : "").append(p.getText().strip()));
				}
				footnotes.put(id, text.toString().replaceAll("\\s+", " ").strip());
			}
			return new ArrayList<>(footnotes.keySet()).indexOf(id) + 1;
		}
	}
}
