package nl.vraagbaak.internal.ui;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.PatternRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;

/**
 * Colours a draft: the heading sentence bold, question numbers ("1." and "Vraag 1") blue, footnote marks and
 * footnote lines grey, directives ("% negeer: ...") italic.
 */
public final class DraftScanner extends RuleBasedScanner {

	public DraftScanner(Display display) {
		IToken heading = new Token(new TextAttribute(null, null, SWT.BOLD));
		IToken number = new Token(new TextAttribute(new Color(display, 0, 70, 160), null, SWT.BOLD));
		IToken footnote = new Token(new TextAttribute(new Color(display, 110, 110, 110)));
		IToken directive = new Token(new TextAttribute(new Color(display, 110, 110, 110), null, SWT.ITALIC));
		setRules(new IRule[] { new EndOfLineRule("Vragen van ", heading), new QuestionNumberRule(number),
				new PatternRule("[", "]", footnote, (char) 0, true), new EndOfLineRule("%", directive) });
	}
}
