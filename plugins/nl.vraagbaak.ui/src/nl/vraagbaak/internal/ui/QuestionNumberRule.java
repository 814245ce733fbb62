package nl.vraagbaak.internal.ui;

import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.Token;

/** A question number at the start of a line: digits and a full stop ("12."), or "Vraag 12". */
final class QuestionNumberRule implements IRule {
	private final IToken token;

	QuestionNumberRule(IToken token) {
		this.token = token;
	}

	@Override
	public IToken evaluate(ICharacterScanner scanner) {
		if (scanner.getColumn() != 0) {
			return Token.UNDEFINED;
		}
		int read = 0;
		int c = scanner.read();
		read++;
		if (c == 'V') {
			for (char expected : "raag ".toCharArray()) {
				if (scanner.read() != expected) {
					return unread(scanner, read + 1);
				}
				read++;
			}
			c = scanner.read();
			read++;
		}
		int digits = 0;
		while (Character.isDigit(c)) {
			digits++;
			c = scanner.read();
			read++;
		}
		if (digits == 0) {
			return unread(scanner, read);
		}
		if (c != '.') {
			scanner.unread(); // "Vraag 12" ends at the last digit
		}
		return token;
	}

	private static IToken unread(ICharacterScanner scanner, int count) {
		for (int i = 0; i < count; i++) {
			scanner.unread();
		}
		return Token.UNDEFINED;
	}
}
