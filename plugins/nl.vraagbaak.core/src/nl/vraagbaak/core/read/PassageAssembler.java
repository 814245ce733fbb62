package nl.vraagbaak.core.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.vraagbaak.core.Citation;
import nl.vraagbaak.core.Footnote;
import nl.vraagbaak.core.Passage;

/**
 * Collects the passages of one document and gives each its footnotes, citations and cross references. A footnote
 * goes to the passage whose text carries its reference mark ("af.2", "[footnoteRef:1]", "2)"), else to the passage
 * in which its block was printed.
 */
final class PassageAssembler {
	private final String source;
	private final int maxQuestion;
	private final int year;
	private final Map<Integer, Draft> drafts = new LinkedHashMap<>();

	PassageAssembler(String source, int maxQuestion, int year) {
		this.source = source;
		this.maxQuestion = maxQuestion;
		this.year = year;
	}

	/**
	 * Adds a passage; {@code firstLine} says where it starts, in whatever line numbering the caller uses for
	 * footnote positions.
	 */
	void add(int number, String heading, String question, String answer, int firstLine) {
		List<Footnote> inline = new ArrayList<>();
		drafts.put(number, new Draft(number, heading, InlineFootnotes.take(question, inline),
				InlineFootnotes.take(answer, inline), firstLine, inline));
	}

	/** Adds a footnote found at the given position in the caller's line numbering. */
	void addFootnote(PdfFootnotes.Found found) {
		addFootnote(found.label(), found.text(), found.bodyIndex());
	}

	void addFootnote(String label, String text, int position) {
		Footnote footnote = new Footnote(label, text, CitationParser.parse(text));
		Draft owner = drafts.values().stream().filter(d -> d.refersTo(label)).findFirst()
				.orElseGet(() -> byPosition(position));
		if (owner != null) {
			owner.footnotes().add(footnote);
		}
	}

	private Draft byPosition(int position) {
		Draft owner = null;
		for (Draft d : drafts.values()) {
			if (d.firstLine() < position) {
				owner = d;
			}
		}
		return owner != null ? owner : drafts.values().stream().findFirst().orElse(null);
	}

	List<Passage> passages() {
		return drafts.values().stream().map(this::toPassage).toList();
	}

	private Passage toPassage(Draft d) {
		List<Citation> citations = Stream.concat(
				Stream.of(d.question(), d.answer()).filter(t -> t != null).flatMap(t -> CitationParser.parse(t).stream()),
				d.footnotes().stream().flatMap(f -> f.citations().stream())).toList();
		return new Passage(d.number(), d.heading(), d.question(), d.answer(), d.footnotes(), citations,
				CrossReferences.find(d.answer(), source, d.number(), maxQuestion, year));
	}

	private record Draft(int number, String heading, String question, String answer, int firstLine,
			List<Footnote> footnotes) {

		boolean refersTo(String label) {
			Pattern mark = Pattern.compile("(?:\\[footnoteRef:" + label + "\\]|\\[" + label + "\\]|(?<=[\\p{L}.,;:)”’\"])" + label
					+ "(?![\\d\\p{L}])|(?<=\\s)" + label + "\\)(?![\\p{L}\\d]))");
			return Stream.of(question, answer).filter(t -> t != null).anyMatch(t -> mark.matcher(t).find());
		}
	}
}
