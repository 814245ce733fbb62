package nl.vraagbaak.internal.cli;

import nl.vraagbaak.search.AlreadyAsked;

/** The --threshold option shared by check and eval. */
final class Thresholds {
	private Thresholds() {
	}

	static double parse(String text) throws UsageException {
		if (text == null) {
			return AlreadyAsked.DEFAULT_THRESHOLD;
		}
		try {
			double value = Double.parseDouble(text);
			if (value < 0 || value > 1) {
				throw new UsageException("--threshold must be between 0 and 1, not " + text);
			}
			return value;
		} catch (NumberFormatException e) {
			throw new UsageException("--threshold takes a number between 0 and 1, not '" + text + "'");
		}
	}
}
