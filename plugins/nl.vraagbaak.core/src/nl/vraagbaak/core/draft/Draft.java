package nl.vraagbaak.core.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.vraagbaak.core.PassageRef;

/**
 * A set of written questions being drafted: the heading, the numbered questions, their footnotes, the earlier
 * passages the user chose to ignore as "already asked" matches for this draft, and the words its spelling check
 * accepts though no word list has them (a name, a term of this subject).
 */
public record Draft(DraftHeading heading, List<DraftQuestion> questions, List<DraftFootnote> footnotes,
		NumberingStyle numbering, List<PassageRef> ignored, List<String> words) {

	public Draft {
		questions = List.copyOf(questions);
		footnotes = List.copyOf(footnotes);
		ignored = List.copyOf(ignored);
		words = List.copyOf(words);
	}

	/** The questions' texts without footnote marks, in order: what is checked against the corpus. */
	public List<String> plainQuestions() {
		return questions.stream().map(DraftQuestion::plainText).toList();
	}

	/** What the set is about, from its heading ("het bericht dat ..."); null without a heading. */
	public String subject() {
		return heading == null ? null : heading.subject();
	}

	/** The ignored passages as the detector names them ("source#number"). */
	public Set<String> ignoredReferences() {
		return ignored.stream().map(PassageRef::toString).collect(Collectors.toSet());
	}

	/** The texts of the footnotes that question {@code number} (1-based) refers to: the sources it cites. */
	public List<String> sourcesOf(int number) {
		return questions.get(number - 1).footnoteNumbers().stream().map(this::footnote).filter(f -> f != null)
				.map(DraftFootnote::text).toList();
	}

	/** The footnote with the given number, or null. */
	public DraftFootnote footnote(int number) {
		return footnotes.stream().filter(f -> f.number() == number).findFirst().orElse(null);
	}

	/** The same draft with a passage added to the ignore list. */
	public Draft ignoring(PassageRef passage) {
		List<PassageRef> more = new ArrayList<>(ignored);
		if (!more.contains(passage)) {
			more.add(passage);
		}
		return new Draft(heading, questions, footnotes, numbering, more, words);
	}

	/** The same draft with a word its spelling check accepts. */
	public Draft acceptingWord(String word) {
		List<String> more = new ArrayList<>(words);
		if (!more.contains(word)) {
			more.add(word);
		}
		return new Draft(heading, questions, footnotes, numbering, ignored, more);
	}
}
