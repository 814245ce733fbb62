package nl.vraagbaak.internal.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.DocumentKind;
import nl.vraagbaak.core.Passage;

/**
 * Passages made from the real corpus: each takes a real question and answer as its sentence shape and replaces
 * half of the words with words drawn from the real vocabulary by their real frequency. The result has the length
 * distribution, word frequencies and Dutch morphology of the corpus without repeating it. Seeded: the same seed
 * gives the same corpus.
 */
public final class SyntheticCorpus {
	private static final int PASSAGES_PER_DOCUMENT = 100;
	private static final double REPLACED = 0.5;

	private final List<String[]> questions = new ArrayList<>();
	private final List<String[]> answers = new ArrayList<>();
	private final String[] vocabulary;
	private final Random random;

	public SyntheticCorpus(List<CorpusDocument> real, long seed) {
		Map<String, Integer> frequency = new HashMap<>();
		for (CorpusDocument d : real) {
			for (Passage p : d.passages()) {
				String question = p.hasQuestion() ? p.question() : p.heading() == null ? "" : p.heading();
				if (question.isBlank() || p.answer() == null || p.answer().isBlank()) {
					continue;
				}
				questions.add(question.split("\\s+"));
				answers.add(p.answer().split("\\s+"));
				for (String word : (question + " " + p.answer()).split("\\s+")) {
					frequency.merge(word, 1, Integer::sum);
				}
			}
		}
		if (questions.isEmpty()) {
			throw new IllegalArgumentException("the corpus has no question-answer passages to take shapes from");
		}
		// a word appears in the array as often as in the corpus: uniform draws follow the real frequencies
		List<String> weighted = new ArrayList<>();
		frequency.forEach((word, count) -> {
			for (int i = 0; i < count; i++) {
				weighted.add(word);
			}
		});
		this.vocabulary = weighted.toArray(String[]::new);
		this.random = new Random(seed);
	}

	/** Synthetic document number {@code index} with the given number of passages (at most 100 is usual). */
	public CorpusDocument document(int index, int passages) {
		List<Passage> list = new ArrayList<>();
		for (int n = 1; n <= passages; n++) {
			int shape = random.nextInt(questions.size());
			list.add(new Passage(n, null, vary(questions.get(shape)), vary(answers.get(shape)), List.of(), List.of(),
					List.of()));
		}
		DocumentKind kind = DocumentKind.values()[index % DocumentKind.values().length];
		LocalDate date = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(16 * 365));
		return new CorpusDocument("synthetic-" + index + ".txt", kind, "Synthetisch document " + index, date, null, null,
				"minister van Synthese", List.of(), list);
	}

	public static int passagesPerDocument() {
		return PASSAGES_PER_DOCUMENT;
	}

	/** A draft-like question: a real question shape with some words replaced, as a user would rephrase it. */
	public String draftQuestion() {
		return vary(questions.get(random.nextInt(questions.size())));
	}

	private String vary(String[] shape) {
		StringBuilder out = new StringBuilder();
		for (String word : shape) {
			out.append(out.length() > 0 ? " " : "")
					.append(random.nextDouble() < REPLACED ? vocabulary[random.nextInt(vocabulary.length)] : word);
		}
		return out.toString();
	}
}
