package nl.vraagbaak.core.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.DocumentKind;

/**
 * The written questions in the corpus that wait for their answers (kind {@link DocumentKind#QUESTIONS}), found again
 * when answers come: by the case number both carry, or, for a text that names no case, by the first question, which
 * answers repeat. Once answered they would show "nog niet beantwoord" beside their own answers.
 */
public final class WaitingQuestions {
	private final Map<String, Set<String>> byCase = new HashMap<>();
	private final Map<String, Set<String>> byFirstQuestion = new HashMap<>();

	public WaitingQuestions(Iterable<CorpusDocument> documents) {
		documents.forEach(this::add);
	}

	/** Remembers a document stored later, when it holds questions waiting for answers. */
	public void add(CorpusDocument document) {
		if (document.kind() != DocumentKind.QUESTIONS) {
			return;
		}
		if (document.documentNumber() != null) {
			byCase.computeIfAbsent(document.documentNumber(), k -> new LinkedHashSet<>()).add(document.source());
		}
		DocumentOpenings.firstQuestion(document).ifPresent(q -> byFirstQuestion.computeIfAbsent(q, k -> new LinkedHashSet<>())
				.add(document.source()));
	}

	/**
	 * The sources of the waiting questions these answers answer, now forgotten here; none when {@code answers} holds
	 * questions itself.
	 */
	public List<String> answeredBy(CorpusDocument answers) {
		if (answers.kind() == DocumentKind.QUESTIONS) {
			return List.of();
		}
		Set<String> found = new LinkedHashSet<>();
		if (answers.documentNumber() != null) {
			found.addAll(byCase.getOrDefault(answers.documentNumber(), Set.of()));
		}
		DocumentOpenings.firstQuestion(answers).ifPresent(q -> found.addAll(byFirstQuestion.getOrDefault(q, Set.of())));
		found.remove(answers.source());
		byCase.values().forEach(sources -> sources.removeAll(found));
		byFirstQuestion.values().forEach(sources -> sources.removeAll(found));
		return new ArrayList<>(found);
	}
}
