package nl.vraagbaak.internal.docx;

import java.util.Locale;

/**
 * A list number written the way Word writes it in a level's number format: "3", "03", "c", "C", "iii", "III".
 * Word's other formats (ordinals and numbers in words, in the document's language, and scripts other than Latin)
 * are written as digits: question sets do not use them, and the digits still say which question it is.
 */
final class WordNumberFormats {
	private static final int[] ROMAN_VALUES = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
	private static final String[] ROMAN_DIGITS = { "m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i" };

	private WordNumberFormats() {
	}

	/** @param format the value of a level's w:numFmt, "decimal" when it has none */
	static String write(int number, String format) {
		return switch (format) {
		case "decimalZero" -> number >= 0 && number < 10 ? "0" + number : Integer.toString(number);
		case "lowerLetter" -> letters(number);
		case "upperLetter" -> letters(number).toUpperCase(Locale.ROOT);
		case "lowerRoman" -> roman(number);
		case "upperRoman" -> roman(number).toUpperCase(Locale.ROOT);
		default -> Integer.toString(number);
		};
	}

	/** a..z, then Word repeats the letter: 27 is "aa", 53 "aaa". */
	private static String letters(int number) {
		if (number < 1) {
			return Integer.toString(number);
		}
		char letter = (char) ('a' + (number - 1) % 26);
		return Character.toString(letter).repeat((number - 1) / 26 + 1);
	}

	/** Roman numerals as Word writes them up to 3999; beyond that, and for 0 or less, digits. */
	private static String roman(int number) {
		if (number < 1 || number > 3999) {
			return Integer.toString(number);
		}
		StringBuilder written = new StringBuilder();
		int rest = number;
		for (int i = 0; i < ROMAN_VALUES.length; i++) {
			while (rest >= ROMAN_VALUES[i]) {
				written.append(ROMAN_DIGITS[i]);
				rest -= ROMAN_VALUES[i];
			}
		}
		return written.toString();
	}
}
