package nl.vraagbaak.internal.ui;

import org.eclipse.swt.widgets.Label;

/** A view's wrapping status line. */
public final class StatusLabel {
	private StatusLabel() {
	}

	/**
	 * Shows the text and lays the view out again: a wrapping label keeps the height of its first text, so a longer
	 * one ("Vraag 1: 10 eerdere antwoorden (met het onderwerp uit de kop, ...)") lost its last line.
	 */
	public static void set(Label status, String text) {
		status.setText(text);
		status.requestLayout();
	}
}
