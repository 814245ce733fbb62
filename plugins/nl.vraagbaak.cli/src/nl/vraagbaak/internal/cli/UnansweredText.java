package nl.vraagbaak.internal.cli;

/** How the commands show an answer: a question published but not yet answered says so instead of nothing. */
final class UnansweredText {
	static final String NOT_YET_ANSWERED = "(not yet answered / nog niet beantwoord)";

	private UnansweredText() {
	}

	static String or(String answer) {
		return answer == null || answer.isBlank() ? NOT_YET_ANSWERED : answer;
	}
}
