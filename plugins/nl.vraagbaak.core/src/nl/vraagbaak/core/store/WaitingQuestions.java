package nl.vraagbaak.core.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.DocumentKind;

/**
 * The written questions in the corpus that wait for their answers (kind {@link DocumentKind#QUESTIONS}), found again
 * when answers come: by the case number both carry, or, for a text that names no case, by the first question, which
 * answers repeat. Once answered they would show "nog niet beantwoord" beside their own answers. It also knows which
 * cases the corpus holds answers to, so that questions already answered are not stored again.
 */
public final class WaitingQuestions {
	private final Map<String, Set<String>> byCase = new HashMap<>();
	private final Map<String, Set<String>> byFirstQuestion = new HashMap<>();
	private final Map<String, String> answersByCase = new HashMap<>();

	public WaitingQuestions(Iterable<CorpusDocument> documents) {
		documents.forEach(this::add);
	}

	/** Remembers a document stored later: questions waiting for answers, or answers to a case. */
	public void add(CorpusDocument document) {
		if (document.kind() != DocumentKind.QUESTIONS) {
			if (document.documentNumber() != null) {
				answersByCase.put(document.documentNumber(), document.source());
			}
			return;
		}
		if (document.documentNumber() != null) {
			byCase.computeIfAbsent(document.documentNumber(), k -> new LinkedHashSet<>()).add(document.source());
		}
		DocumentOpenings.firstQuestion(document).ifPresent(q -> byFirstQuestion.computeIfAbsent(q, k -> new LinkedHashSet<>())
				.add(document.source()));
	}

	/** The source of answers to the questions of this case, when the corpus holds them. */
	public Optional<String> answerTo(String caseNumber) {
		return caseNumber == null ? Optional.empty() : Optional.ofNullable(answersByCase.get(caseNumber));
	}

	/** Forgets a document taken out of the corpus. */
	public void forget(String source) {
		byCase.values().forEach(sources -> sources.remove(source));
		byFirstQuestion.values().forEach(sources -> sources.remove(source));
		answersByCase.values().removeIf(source::equals);
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
		found.forEach(this::forget);
		return new ArrayList<>(found);
	}
}
